"""Command line: argument parsing only.  The work is done by the library; a TbklError becomes
a one-line message on stderr and exit code 2 (1 when some notice failed but the job was done;
3 for a fault of the program itself, after its traceback).

Everything it prints is Vietnamese, from the catalogue ``tbkl_xl.messages.cli`` (argparse's own
words too: ``ArgumentParser`` below runs argparse with that catalogue as its gettext).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from datetime import date
from pathlib import Path

from . import __version__
from .errors import TbklError, UsageError
from .messages import cli as M

PROG = M.PROG

__all__ = ["main", "build_parser", "ArgumentParser", "parse_date", "date_arg", "problem_lines"]


# ---------------------------------------------------------------- argparse in Vietnamese
def _gettext(message: str) -> str:
    return M.ARGPARSE.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


@contextlib.contextmanager
def _vietnamese():
    """argparse looks its words up through the module's ``_``/``ngettext`` when it needs them;
    they are ours while one of our parsers works, and argparse's own again afterwards."""
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _gettext, _ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class HelpFormatter(argparse.HelpFormatter):
    """A text written on several lines (the examples of the epilog) is kept as written; a text
    on one line (descriptions) is wrapped to the terminal's width."""

    def _fill_text(self, text, width, indent):
        if "\n" in text:
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)

    def _format_action(self, action):
        # the commands under their heading, without a line repeating LỆNH above them
        if isinstance(action, argparse._SubParsersAction):
            self._dedent()
            try:
                return "".join(self._format_action(a) for a in self._iter_indented_subactions(action))
            finally:
                self._indent()
        return super()._format_action(action)


class ArgumentParser(argparse.ArgumentParser):
    """``argparse.ArgumentParser`` speaking Vietnamese: help, usage and usage errors.  A usage
    error prints the usage and ``tbkl-xl: lỗi: …`` and exits with code 2, as argparse does."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", HelpFormatter)
        with _vietnamese():
            super().__init__(*args, **kwargs)

    def add_subparsers(self, **kwargs):
        with _vietnamese():
            return super().add_subparsers(**kwargs)

    def parse_args(self, args=None, namespace=None):
        with _vietnamese():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with _vietnamese():
            return super().parse_known_args(args, namespace)

    def format_usage(self):
        with _vietnamese():
            return super().format_usage()

    def format_help(self):
        with _vietnamese():
            return super().format_help()

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, M.ERROR.format(message=message) + "\n")


# ---------------------------------------------------------------- option values
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_VN_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_date(text: str) -> date:
    """A date as a clerk types it: ``dd/mm/yyyy`` (``9/5/2026`` too) or ``yyyy-mm-dd``.
    Anything else raises ``UsageError`` naming the value and both forms."""
    s = str(text).strip()
    m = _VN_DATE.fullmatch(s)
    if m:
        d, mo, y = (int(x) for x in m.groups())
    else:
        m = _ISO_DATE.fullmatch(s)
        if not m:
            raise UsageError(M.DATE_INVALID.format(value=text))
        y, mo, d = (int(x) for x in m.groups())
    if not 1 <= mo <= 12:
        raise UsageError(M.DATE_NOT_IN_CALENDAR.format(value=text, reason=M.DATE_NO_MONTH.format(month=mo)))
    try:
        return date(y, mo, d)
    except ValueError:
        raise UsageError(M.DATE_NOT_IN_CALENDAR.format(
            value=text, reason=M.DATE_NO_DAY.format(day=d, month=mo, year=y))) from None


def date_arg(text: str) -> date:
    """``type=`` of every date option."""
    try:
        return parse_date(text)
    except UsageError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


_date_arg = date_arg        # the name cli_master and older callers use


def days_arg(text: str) -> int:
    """``type=`` of an option counting days (0 or more)."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(M.DAYS_INVALID.format(value=text)) from None
    if n < 0:
        raise argparse.ArgumentTypeError(M.DAYS_NEGATIVE.format(value=text))
    return n


def add_today(sp) -> None:
    sp.add_argument("--today", type=date_arg, default=None, metavar=M.METAVAR_DATE, help=M.HELP_TODAY)


def add_verbose(sp) -> None:
    sp.add_argument("-v", "--verbose", action="store_true", help=M.HELP_VERBOSE)


# ---------------------------------------------------------------- warnings and errors
_DUPLICATE = re.compile(re.escape(M.DUPLICATE_NOTICE).replace(re.escape("{first}"), "(?P<first>.+)"))


def problem_lines(warnings, errors, verbose: bool = False) -> list:
    """The lines a run prints on stderr for its ``(source, message)`` warnings and errors.

    Warnings of one kind (the same message, or another file of a notice already read) are one
    line with their count; ``verbose`` lists the files under it.  A warning about a file skipped
    as another copy of a notice is not repeated for that file.  Errors are always listed one by
    one, by file."""
    skipped = {src for src, msg in warnings if _DUPLICATE.fullmatch(msg)}
    kinds: dict = {}
    for src, msg in warnings:
        if _DUPLICATE.fullmatch(msg):
            key = (M.DUPLICATE_GROUP, None)
        elif src in skipped:
            continue
        else:
            key = (M.GROUP, msg)
        kinds.setdefault(key, []).append((src, msg))
    out, hidden = [], False
    for (group, msg), items in kinds.items():
        if len(items) == 1:
            src, m = items[0]
            out.append(M.WARNING.format(message=M.ABOUT.format(source=src, message=m)))
            continue
        head = group.format(count=len(items), message=msg)
        if not verbose:
            out.append(M.WARNING.format(message=head))
            hidden = True
            continue
        out.append(M.WARNING.format(message=head + ":"))
        for src, m in items:
            out.append(M.GROUP_DETAIL.format(source=src) if msg is not None
                       else M.GROUP_DETAIL_MESSAGE.format(source=src, message=m))
    if hidden:
        out.append(M.SEE_DETAILS)
    for src, msg in errors:
        out.append(M.ERROR.format(message=M.ABOUT.format(source=src, message=msg)))
    return out


def empty_folders(paths) -> list:
    """``(folder, message)`` for each folder given that holds no notice file."""
    from .parse import iter_notice_files
    return [(str(p), M.EMPTY_FOLDER) for p in paths or ()
            if Path(p).is_dir() and not iter_notice_files([p])]


def print_problems(warnings, errors, verbose: bool = False, stream=None) -> None:
    stream = stream or sys.stderr
    for line in problem_lines(warnings, errors, verbose):
        print(line, file=stream)


# ---------------------------------------------------------------- commands
def _cmd_parse(args) -> int:
    from .parse import parse_paths, notice_to_json
    from .report_text import format_notice_table

    batch = parse_paths(args.paths, today=args.today, province=args.province)
    print_problems(empty_folders(args.paths) + list(batch.warnings), batch.errors, args.verbose)
    if args.json:
        out = {"notices": [notice_to_json(n) for n in batch.notices],
               "errors": [{"source": s, "message": m} for s, m in batch.errors]}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    else:
        for n in batch.notices:
            sys.stdout.write(format_notice_table(n) + "\n")
    return 1 if batch.errors else 0


def build_parser() -> ArgumentParser:
    p = ArgumentParser(prog=PROG, description=M.DESCRIPTION, epilog=M.EPILOG)
    p.add_argument("--version", action="version", version=M.VERSION.format(version=__version__),
                   help=M.HELP_VERSION)
    sub = p.add_subparsers(dest="command", required=True, title=M.COMMANDS_TITLE,
                           metavar=M.COMMANDS_METAVAR)

    sp = sub.add_parser("parse", help=M.HELP_PARSE, description=M.DESCRIPTION_PARSE)
    sp.add_argument("paths", nargs="+", metavar=M.METAVAR_PATHS, help=M.HELP_PATHS)
    sp.add_argument("--json", action="store_true", help=M.HELP_JSON)
    add_today(sp)
    add_verbose(sp)
    from .messages import parse as PM
    sp.add_argument("--province", default=None, metavar=PM.METAVAR_PROVINCE, help=PM.HELP_PROVINCE)
    sp.set_defaults(func=_cmd_parse)

    _add_master_commands(sub)
    from . import cli_reports
    cli_reports.add_commands(sub)
    from . import cli_panel
    cli_panel.add_command(sub, date_arg)
    return p


def _add_master_commands(sub) -> None:
    """The refresh/status subcommands (master workbook)."""
    from . import cli_master
    cli_master.add_commands(sub, date_arg)


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except TbklError as e:
        print(M.ERROR.format(message=e), file=sys.stderr)
        return 2
    except BrokenPipeError:
        # output piped into a program that stopped reading (| head): not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print(M.INTERRUPTED, file=sys.stderr)
        return 130
    except Exception as e:       # a bug: the traceback for whoever fixes it, a line for the clerk
        import traceback
        traceback.print_exc()
        print(M.INTERNAL.format(error=type(e).__name__), file=sys.stderr)
        return 3
