"""Messages: reports (see tbkl_xl.messages)."""
