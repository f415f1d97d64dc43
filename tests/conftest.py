"""Shared fixtures: every test gets its own user data folder and no display."""

from __future__ import annotations

import os

# Set before anything imports Qt: the tests run without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def user_home(tmp_path, monkeypatch):
    """Point all user paths at a temporary folder so no test touches a real one."""
    home = tmp_path / "handout-home"
    home.mkdir()
    monkeypatch.setenv("HANDOUT_HOME", str(home))
    monkeypatch.delenv("HANDOUT_CLINIC_DIR", raising=False)
    return home
