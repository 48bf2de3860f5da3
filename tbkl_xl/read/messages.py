"""The readers' messages live in the one catalogue, ``tbkl_xl.messages.read``."""
from ..messages.read import *  # noqa: F401,F403
from ..messages.read import legacy  # noqa: F401
