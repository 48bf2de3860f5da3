"""Messages: master (see tbkl_xl.messages)."""
