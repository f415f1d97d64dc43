"""The app survives a long session despite PySide6 6.12 losing references to None/True."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

pytestmark = pytest.mark.gui

LONG_SESSION = textwrap.dedent("""
    import handout.gui  # installs the guard
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label, timer = QLabel(), QTimer()
    class Source(QObject):
        changed = Signal()
    source = Source()
    source.changed.connect(lambda: None)
    for _ in range(60000):  # far more than None's or True's own reference count
        label.setText("x")
        timer.start()
        source.changed.emit()
    print("survived")
""")


def test_a_long_session_does_not_abort_the_interpreter():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", LONG_SESSION], env=env, cwd=REPO,
                            capture_output=True, text=True, timeout=120,
                            )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
