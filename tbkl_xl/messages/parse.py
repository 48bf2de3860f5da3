"""Messages: parse (see tbkl_xl.messages)."""
