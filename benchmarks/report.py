"""The machine description, the printed table and BENCHMARKS.md."""

from __future__ import annotations

import datetime as _dt
import os
import platform
import sys
from pathlib import Path

from .common import Figure

FINDINGS = Path(__file__).with_name("findings.md")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _version(module: str, attribute: str = "__version__") -> str:
    try:
        imported = __import__(module, fromlist=["_"])
        return str(getattr(imported, attribute))
    except Exception:  # a missing package must not stop the report
        return "not installed"


def machine() -> list[tuple[str, str]]:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 0
    return [
        ("CPU", _cpu_model()),
        ("Cores available", str(cores)),
        ("RAM", _ram()),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", platform.python_version()),
        ("Qt", _qt_versions()),
        ("ReportLab", _version("reportlab", "Version")),
        ("Pillow", _version("PIL")),
        ("Load average (1 min) at the start", load_average()),
    ]


def load_average() -> str:
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "unknown"


def _qt_versions() -> str:
    # Asked of a child process: the benchmark process itself never loads Qt.
    import subprocess
    code = ("import PySide6; from PySide6 import QtCore; "
            "print(QtCore.qVersion(), PySide6.__version__)")
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=30, check=True).stdout.split()
        return f"Qt {out[0]}, PySide6 {out[1]}"
    except Exception as error:  # a missing package must not stop the report
        return f"not available ({type(error).__name__})"


def table_rows(figures: list[Figure]) -> list[tuple[str, str, str, str]]:
    return [(f.label, f.target, f.shown_value(), f.status) for f in figures]


def text_table(figures: list[Figure]) -> str:
    rows = [("figure", "target", "measured", "status")] + table_rows(figures)
    widths = [min(60, max(len(r[i]) for r in rows)) for i in range(4)]
    lines = []
    for number, row in enumerate(rows):
        cells = [row[i][:widths[i]].ljust(widths[i]) if i < 3 else row[i] for i in range(4)]
        lines.append("  ".join(cells))
        if number == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def markdown(figures: list[Figure], command: str, elapsed: float, quick: bool,
             when: _dt.datetime | None = None,
             machine_info: list[tuple[str, str]] | None = None, tiny: bool = False) -> str:
    when = when or _dt.datetime.now(_dt.timezone.utc)
    mode = ("tiny sizes for the smoke test: these numbers measure nothing" if tiny
            else "quick mode: fewer repeats" if quick else "full run")
    out = ["# Benchmarks", "",
           f"Measured {when:%Y-%m-%d %H:%M} UTC with `{command}` ({mode}; "
           f"{elapsed:.0f} s in all). Every input is generated at run time in a temporary "
           "folder (`HANDOUT_HOME` points there). Each time is the median of several runs.",
           "", "## Machine", "", "| | |", "| --- | --- |"]
    out += [f"| {name} | {_cell(value)} |" for name, value in (machine_info or machine())]
    out.append(f"| Load average (1 min) at the end | {load_average()} |")
    out += ["", "Other work on the machine slows the timings down: compare the load average "
            "above with the number of cores before reading much into a small miss."]
    out += ["", "## Figures", "", "| figure | target | measured | status |",
            "| --- | --- | --- | --- |"]
    out += [f"| {' | '.join(_cell(c) for c in row)} |" for row in table_rows(figures)]
    out += ["", "## Details", ""]
    for figure in figures:
        detail = figure.detail if figure.value is not None else (figure.na or figure.detail)
        out.append(f"- **{figure.label}**: {detail or '-'}")
    missed = [f for f in figures if f.status == "MISSED"]
    unavailable = [f for f in figures if f.status == "n/a"]
    out += ["", f"{len(figures) - len(missed) - len(unavailable)} of {len(figures)} targets "
            f"met, {len(missed)} missed, {len(unavailable)} not measured.", ""]
    if FINDINGS.exists():  # the hand-written profiling notes, kept with the code
        out += [FINDINGS.read_text(encoding="utf-8").strip(), ""]
    return "\n".join(out)


def write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def python_command() -> str:
    return f"{Path(sys.executable).name} -m benchmarks"
