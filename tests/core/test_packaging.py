"""The package carries its data: a built wheel works from any folder, without the checkout.

Builds the wheel (and the sdist, and a wheel from the sdist) with the test
environment's own setuptools, no build isolation and no network; installs the
wheel into a fresh virtual environment that borrows the test environment's
dependencies (but not its editable install of this project); then, from an
empty folder, exports a template, lists exercises and draws the contact sheet.
"""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def _build(tmp: Path, *what: str, source: Path = ROOT) -> Path:
    out = tmp / "dist"
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", *what, "--outdir",
                    str(out), str(source)], check=True, capture_output=True, cwd=tmp)
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("build")
    out = _build(tmp, "--wheel", "--sdist")
    wheel = next(out.glob("*.whl"))
    sdist = next(out.glob("*.tar.gz"))
    return wheel, sdist


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory):
    """The python of a fresh venv with only the built wheel of this project installed."""
    wheel, _ = built
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run([str(python), "-c", "import sysconfig; "
                              "print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    # Borrow the dependencies (ReportLab, Pillow...) from the test environment.
    # Paths listed in a .pth file are not scanned for .pth files themselves, so
    # the editable install's import hook does not come along.
    Path(purelib, "borrowed.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(purelib)
    return python


def _run(python: Path, *args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "HANDOUT_CLINIC_DIR")}
    env["HANDOUT_HOME"] = str(home)
    return subprocess.run([str(python), "-m", "handout", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_the_wheel_carries_the_bundled_data(built):
    wheel, _ = built
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("handout/assets/templates/gluteus-medius-pain.json",
                   "handout/assets/exercises/clamshell.json",
                   "handout/assets/fonts/NotoSans-Regular.ttf",
                   "handout/assets/icons/handout-builder-64.png"):
        assert needed in names
    assert not [n for n in names if n.startswith("tests/")]


def test_the_sdist_builds_the_same_wheel(built, tmp_path):
    wheel, sdist = built
    with tarfile.open(sdist) as archive:
        # The "data" filter is there from Python 3.11.4 (Debian 12 has 3.11.2).
        safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        archive.extractall(tmp_path, **safe)
    source = next(p for p in tmp_path.iterdir() if p.is_dir())
    again = next(_build(tmp_path, "--wheel", source=source).glob("*.whl"))
    assert sorted(zipfile.ZipFile(again).namelist()) == sorted(zipfile.ZipFile(wheel).namelist())


def test_an_installed_wheel_works_from_another_folder(installed, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    home = tmp_path / "home"
    where = subprocess.run([str(installed), "-c", "import handout.paths as p; print(p.ASSETS)"],
                           cwd=elsewhere, capture_output=True, text=True, check=True).stdout
    assert str(ROOT) not in where  # the data comes from the installed package

    done = _run(installed, "export", "gluteus-medius-pain", "-o", "x.pdf",
                cwd=elsewhere, home=home)
    assert done.returncode == 0, done.stderr
    assert (elsewhere / "x.pdf").read_bytes().startswith(b"%PDF")

    listed = _run(installed, "exercises", "--json", cwd=elsewhere, home=home)
    assert listed.returncode == 0, listed.stderr
    bundled = len(list((ROOT / "assets" / "exercises").glob("*.json")))
    assert len(json.loads(listed.stdout)) == bundled

    sheet = _run(installed, "sheet", "-o", "sheet.pdf", cwd=elsewhere, home=home)
    assert sheet.returncode == 0, sheet.stderr
    assert (elsewhere / "sheet.pdf").stat().st_size > 10_000
