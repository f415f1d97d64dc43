"""The crash log: where a bug of ours is written down, without anything about a patient.

A crash entry holds the time, which command ran (its name and the names of
the options given, never their values: `--patient` is recorded, the name
after it is not), and the traceback's frames and exception types. Exception
messages are left out: they can quote a patient's name, a note or a file
name. Writing the log never raises and never fails on odd text (an
undecodable command-line argument, a lone surrogate): at worst the entry is
lost, never the app. A log over 1 MB is moved aside to `<name>.1` first.
"""

from __future__ import annotations

import datetime as _dt
import traceback
from pathlib import Path
from types import TracebackType

MAX_LOG_BYTES = 1_000_000


def command_line(argv: list[str], commands: tuple[str, ...] = ()) -> str:
    """`argv` with every value left out: the command words we know, and option names."""
    shown = []
    for arg in argv:
        if arg.startswith("-") and len(arg) > 1:
            shown.append(arg.split("=", 1)[0][:40] + ("=…" if "=" in arg else ""))
        elif arg in commands:
            shown.append(arg)
        else:
            shown.append("…")
    return " ".join(shown)


def describe(kind: type[BaseException], value: BaseException | None,
             tb: TracebackType | None) -> str:
    """The traceback's frames and exception types (and those of its causes), no messages."""
    lines: list[str] = []
    seen: set[int] = set()
    chain: list[tuple[type[BaseException], TracebackType | None]] = []
    current: BaseException | None = value
    chain.append((kind, tb))
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        cause = current.__cause__ or current.__context__
        if cause is not None and id(cause) not in seen:
            chain.append((type(cause), cause.__traceback__))
        current = cause
    for index, (error_type, error_tb) in enumerate(reversed(chain)):
        if index:
            lines.append("which led to:")
        lines.append("Traceback (most recent call last; messages left out for privacy):")
        for frame in traceback.extract_tb(error_tb):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        lines.append(f"{error_type.__module__}.{error_type.__qualname__}")
    return "\n".join(lines)


def write(path: Path, header: str, text: str, max_bytes: int = MAX_LOG_BYTES) -> Path | None:
    """Append an entry to the log at `path`; the path, or None if it could not be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > max_bytes:
            path.replace(path.with_name(path.name + ".1"))
        stamp = _dt.datetime.now().isoformat(timespec="seconds")
        with open(path, "a", encoding="utf-8", errors="backslashreplace") as log:
            log.write(f"--- {stamp} {header}\n{text}\n")
        return path
    except Exception:  # the log is the last line of defence: it must not fail itself
        return None
