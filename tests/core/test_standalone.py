"""The standalone app: built with PyInstaller from the spec, then run as a clinic PC would.

Builds the one-folder app once (`handout.bundle.build`, about a minute; no
network), then runs the built programs with a clean environment from another
folder: `--version`, a headless export of the gluteus medius template (the
same bytes as an export from this checkout), the exercise list, the contact
sheet, a bad input, and the window opening offscreen
(`HANDOUT_MEASURE_STARTUP=1` shows it, prints the startup time and quits).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from handout import __version__, bundle, cli
from tests.helpers import pdf_text

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("standalone")
    try:
        bundle.build(tmp / "dist", tmp / "work", quiet=True)
    except subprocess.CalledProcessError as error:  # show PyInstaller's own messages
        pytest.fail(f"PyInstaller failed:\n{error.stdout}\n{error.stderr}")
    return tmp / "dist"


def launch(dist: Path, program: str, *args: str, cwd: Path, home: Path,
           **env: str) -> subprocess.CompletedProcess:
    """Run a built program as a user would: no Python variables, its own data folder."""
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("PYTHON", "HANDOUT_", "VIRTUAL_ENV"))}
    clean.update(HANDOUT_HOME=str(home), QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run([str(bundle.executable(dist, program)), *args], cwd=cwd, env=clean,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def elsewhere(tmp_path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


def test_both_programs_report_the_version(dist, elsewhere, tmp_path):
    for program in (bundle.CLI_NAME, bundle.APP_NAME):
        done = launch(dist, program, "--version", cwd=elsewhere, home=tmp_path / "home")
        assert done.returncode == 0, done.stderr
        assert done.stdout == f"{program} {__version__} (standalone app)\n"


def test_headless_export_gives_the_same_pdf_as_the_checkout(dist, elsewhere, tmp_path):
    args = ("export", "gluteus-medius-pain", "--patient", "Zoë Smith", "--date", "2026-11-23")
    done = launch(dist, bundle.CLI_NAME, *args, "-o", "glute", cwd=elsewhere,
                  home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    frozen = (elsewhere / "glute.pdf").read_bytes()
    text = pdf_text(frozen)
    assert "Zoë Smith" in text and "Clamshell" in text and "Step-up" in text
    # Same fonts, figures, QR code library and layout as the code in this checkout.
    assert cli.main([*args, "-o", str(tmp_path / "here.pdf")]) == 0
    assert frozen == (tmp_path / "here.pdf").read_bytes()


def test_the_whole_bundled_library_is_inside(dist, elsewhere, tmp_path):
    listed = launch(dist, bundle.CLI_NAME, "exercises", "--json", cwd=elsewhere,
                    home=tmp_path / "home")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == len(list((ROOT / "assets" / "exercises")
                                                       .glob("*.json")))
    sheet = launch(dist, bundle.CLI_NAME, "sheet", "-o", "sheet.pdf", cwd=elsewhere,
                   home=tmp_path / "home")
    assert sheet.returncode == 0, sheet.stderr
    assert "Clamshell" in pdf_text((elsewhere / "sheet.pdf").read_bytes())


def test_a_bad_input_is_one_line_without_a_traceback(dist, elsewhere, tmp_path):
    done = launch(dist, bundle.CLI_NAME, "export", "glute-med-pain", cwd=elsewhere,
                  home=tmp_path / "home")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert 'did you mean "gluteus-medius-pain"' in done.stderr


def test_the_window_opens(dist, elsewhere, tmp_path):
    home = tmp_path / "home"
    done = launch(dist, bundle.APP_NAME, cwd=elsewhere, home=home,
                  HANDOUT_MEASURE_STARTUP="1")
    assert done.returncode == 0, done.stderr
    assert [line for line in done.stdout.splitlines() if line.startswith("startup_seconds=")]
    assert "Traceback" not in done.stderr
    assert not (home / "handout-builder.log").exists()  # no crash was logged


def test_unused_qt_modules_and_translations_are_left_out(dist):
    internal = bundle.app_folder(dist) / "_internal"
    modules = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.*")
               if p.suffix in (".so", ".pyd")}
    assert modules == bundle.qt_modules_used()
    # Qt's own translations: only qtbase for the interface languages we ship.
    assert {p.name for p in internal.rglob("qt*_*.qm")} == bundle.qt_translations_kept()
    for plugin in ("qgtk3", "qvnc", "qtuiotouchplugin"):  # see packaging/hooks
        assert not list(internal.rglob(f"*{plugin}.*")), plugin
    if "QtPdf" not in bundle.qt_modules_used():  # QtPdf links to QtNetwork
        assert not list(internal.rglob("*Qt6Network*"))  # else only those plugins use it
    assert (internal / "handout" / "assets" / "templates" / "gluteus-medius-pain.json").is_file()
