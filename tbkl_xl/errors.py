"""One exception tree.  Messages quote the bad value and say what to do."""


class TbklError(Exception):
    """Base of every error tbkl_xl raises on purpose."""


class NoticeReadError(TbklError):
    """A notice file could not be read into text (empty, binary, scanned, wrong encoding …)."""

    def __init__(self, source, message):
        self.source = str(source)
        self.reason = message
        super().__init__(f"{self.source}: {message}")


class NoticeLimitError(NoticeReadError):
    """A notice file goes beyond a per-file limit (size, expanded .docx size, parse time); it is
    skipped, the other files of a batch go on (see ``tbkl_xl.read.limits``)."""


class WorkbookError(TbklError):
    """The master workbook cannot be read or written safely."""


class WorkbookLockedError(WorkbookError):
    """Excel has the workbook open (a ~$ lock file is beside it)."""


class DataFileError(TbklError):
    """A data file shipped with the package (agencies, units, cue phrases) is inconsistent."""


class UsageError(TbklError):
    """A bad argument or option value."""
