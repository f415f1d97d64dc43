"""The test suite is isolated from the shell it runs in, module-scoped fixtures included.

A clinic folder named in `HANDOUT_CLINIC_DIR`, or a user data folder in
`HANDOUT_HOME`, holding an exercise called "Clam" would change what the search
tests see (their library is module-scoped, made before any per-test fixture);
with the session-wide isolation in tests/conftest.py they pass regardless.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import make_clinic_folder, write_exercise

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_shells_clinic_and_home_folders_never_reach_a_test(tmp_path):
    clinic = make_clinic_folder(tmp_path / "clinic")
    write_exercise(clinic / "exercises", "clam", "Clam")
    home = tmp_path / "home"
    write_exercise(home / "exercises", "clam-too", "Clam")
    env = dict(os.environ, HANDOUT_CLINIC_DIR=str(clinic), HANDOUT_HOME=str(home))
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "tests/core/test_search.py::test_clam_ranks_clamshell_first",
                           "tests/core/test_search.py::test_reload_rebuilds_the_index"],
                          cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:]
