"""Shared set-up: every test gets its own user data folder, no clinic folder, no display.

- Markers by directory: tests under `tests/core`, `tests/pdf` and `tests/gui`
  are marked `core`, `pdf` and `gui` (`pytest -m "not gui"` runs without
  widgets); fuzzing and process-level runs are marked `slow` by hand.
- Isolation in two layers. At start-up (before any fixture of any scope,
  module-scoped ones included) the shell's `HANDOUT_CLINIC_DIR` is removed and
  `HANDOUT_HOME` points at a fresh folder for the whole session; then every
  test gets a folder of its own (`user_home`).
- Hypothesis runs derandomised by default (profile "ci": the same examples
  every run); `HYPOTHESIS_PROFILE=deep` runs random examples, ten times as
  many (see `tests/fuzzing.py` and README).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

# Set before anything imports Qt: the tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("ci", derandomize=True, database=None, deadline=None,
                          print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.data_too_large])
settings.register_profile("deep", derandomize=False, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow,
                                                 HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

TESTS = Path(__file__).resolve().parent
_SESSION_HOME: str | None = None


def pytest_configure(config):
    global _SESSION_HOME
    # Before any fixture exists, whatever its scope: nothing from the shell leaks in.
    os.environ.pop("HANDOUT_CLINIC_DIR", None)
    _SESSION_HOME = tempfile.mkdtemp(prefix="handout-session-home-")
    os.environ["HANDOUT_HOME"] = _SESSION_HOME


def pytest_unconfigure(config):
    if _SESSION_HOME:
        shutil.rmtree(_SESSION_HOME, ignore_errors=True)


def pytest_collection_modifyitems(items):
    for item in items:
        try:
            part = Path(str(item.fspath)).resolve().relative_to(TESTS).parts[0]
        except (ValueError, IndexError):
            continue
        if part in ("core", "pdf", "gui"):
            item.add_marker(getattr(pytest.mark, part))


@pytest.fixture(autouse=True)
def user_home(tmp_path, monkeypatch):
    """Point all user paths at a temporary folder so no test touches a real one."""
    home = tmp_path / "handout-home"
    home.mkdir()
    monkeypatch.setenv("HANDOUT_HOME", str(home))
    monkeypatch.delenv("HANDOUT_CLINIC_DIR", raising=False)
    return home


@pytest.fixture
def clinic_folder(tmp_path):
    """An empty clinic library folder (templates/ and exercises/)."""
    from tests.factories import make_clinic_folder
    return make_clinic_folder(tmp_path / "clinic")


@pytest.fixture
def collection(user_home):
    """The owner of the libraries, with no clinic folder."""
    from handout.collection import Collection
    return Collection(clinic=None)


@pytest.fixture
def clinic_collection(user_home, clinic_folder):
    """The owner of the libraries, with an (empty) clinic folder."""
    from handout.collection import Collection
    return Collection(clinic=clinic_folder)
