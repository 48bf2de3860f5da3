"""Messages: cli (see tbkl_xl.messages)."""
