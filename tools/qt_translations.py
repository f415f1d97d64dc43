"""Update the interface's Qt translations: `.ts` sources from the code, then `.qm` files.

    .venv/bin/python tools/qt_translations.py          # after changing a tr() text
    .venv/bin/python tools/qt_translations.py --add ro # start a new language

1. `pyside6-lupdate` reads every `self.tr(...)`, `QCoreApplication.translate(...)`
   and `QT_TRANSLATE_NOOP(...)` in `handout/gui/` and merges them into
   `assets/qt/handout_builder_<code>.ts` (no source locations, so a change of
   line numbers changes nothing; texts no longer used are dropped). New texts
   arrive as "unfinished": translate them (Qt Linguist, `pyside6-linguist`, or
   any text editor) and run this again. English carries only plural forms.
2. `pyside6-lrelease` compiles each `.ts` to the `.qm` beside it. The `.qm`
   files are committed: the app loads them with no Qt tool at run time, and
   `tests/gui/test_interface_language.py` fails when they, or the `.ts` files,
   are not current, or a text has no translation.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "handout" / "gui"
FOLDER = ROOT / "assets" / "qt"
PREFIX = "handout_builder_"


def tool(name: str) -> str:
    """`pyside6-lupdate` or `pyside6-lrelease` from this Python's environment."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: it ships with PySide6-Essentials")
    return found


def ts_files(folder: Path = FOLDER) -> list[Path]:
    return sorted(folder.glob(f"{PREFIX}*.ts"))


def language_of(ts: Path) -> str:
    return ts.stem[len(PREFIX):]


def update(ts: Path, sources: Path = SOURCES) -> None:
    """Merge the texts of `sources` into `ts` (created when missing)."""
    files = sorted(str(p) for p in sources.glob("*.py"))
    command = [tool("pyside6-lupdate"), *files, "-locations", "none", "-no-obsolete",
               "-silent", "-target-language", language_of(ts), "-ts", str(ts)]
    if language_of(ts) == "en":
        command.insert(-2, "-pluralonly")
    subprocess.run(command, check=True, capture_output=True)


def release(ts: Path, qm: Path | None = None) -> Path:
    """Compile `ts` to `qm` (default: beside it); returns the `.qm`."""
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts),
                    "-qm", str(qm)], check=True, capture_output=True)
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", metavar="CODE", help="start a new language (e.g. ro)")
    args = parser.parse_args(argv)
    FOLDER.mkdir(parents=True, exist_ok=True)
    targets = ts_files()
    if args.add:
        targets.append(FOLDER / f"{PREFIX}{args.add}.ts")
    for ts in targets:
        update(ts)
        release(ts)
        print(f"{ts.relative_to(ROOT)} and {ts.with_suffix('.qm').name} updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
