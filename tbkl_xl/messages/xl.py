"""Messages: xl (see tbkl_xl.messages)."""
