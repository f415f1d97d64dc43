"""Before Qt starts: a missing system library is named, with the apt-get line that fixes it.

No broken machine needed: a copy of Qt's xcb plugin in a temporary folder,
with one library name changed to one that exists nowhere, is checked by the
real dynamic loader; other cases use a stand-in loader.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from handout.gui import platform_check

pytestmark = [pytest.mark.gui,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")]

X11 = {"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}


def _missing(*names: str):
    """A loader that finds everything but `names` (and says so as glibc does)."""
    return lambda name: (f"{name}: cannot open shared object file: No such file or directory"
                         if name in names else None)


@pytest.fixture
def broken_plugin(tmp_path) -> tuple[Path, Path]:
    """(Qt's lib folder, a platforms folder whose xcb plugin needs a library nobody has)."""
    lib, plugins = platform_check.qt_folders()
    fake = tmp_path / "platforms"
    fake.mkdir()
    data = (plugins / "libqxcb.so").read_bytes()
    assert b"libxcb-cursor.so.0\0" in data
    # Same length, so the ELF file stays valid: only the name in its string table changes.
    (fake / "libqxcb.so").write_bytes(data.replace(b"libxcb-cursor.so.0\0",
                                                   b"libxcb-nothere.so\0\0"))
    return lib, fake


def test_the_elf_reader_lists_what_the_xcb_plugin_needs(tmp_path):
    _, plugins = platform_check.qt_folders()
    needed = platform_check.elf_needed(plugins / "libqxcb.so")
    assert {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libQt6XcbQpa.so.6"} <= set(needed)
    assert "libc.so.6" in platform_check.elf_needed(Path(shutil.which("ls")).resolve())
    not_elf = tmp_path / "plugin.so"
    not_elf.write_bytes(b"not a library")
    assert platform_check.elf_needed(not_elf) == []
    (tmp_path / "empty.so").write_bytes(b"")
    assert platform_check.elf_needed(tmp_path / "empty.so") == []


def test_this_machine_has_what_qt_needs():
    assert platform_check.startup_problem(X11) is None


def test_a_library_nobody_has_is_named_by_the_real_loader(broken_plugin):
    problem = platform_check.startup_problem(X11, folders=broken_plugin)
    assert problem is not None
    assert "missing: libxcb-nothere.so." in problem
    assert "apt-file search" in problem  # not a library we know the package of


def test_the_message_names_the_package_to_install(broken_plugin):
    problem = platform_check.startup_problem(X11, folders=broken_plugin,
                                             load=_missing("libxkbcommon-x11.so.0"))
    assert problem.splitlines()[0] == ("Handout Builder cannot open its window: this system "
                                       "library is missing: libxkbcommon-x11.so.0.")
    assert "    sudo apt-get install libxkbcommon-x11-0" in problem.splitlines()
    several = platform_check.startup_problem(
        X11, folders=broken_plugin, load=_missing("libxcb-icccm.so.4", "libEGL.so.1"))
    assert "sudo apt-get install libegl1 libxcb-icccm4" in several


def test_a_library_missing_behind_another_is_the_one_named(broken_plugin):
    def loader(name):  # libxcb-cursor is there, but a library it needs is not
        if name == "libxcb-image.so.0":
            return ("libxcb-render-util.so.0: cannot open shared object file: "
                    "No such file or directory")
        return None

    problem = platform_check.startup_problem(X11, folders=broken_plugin, load=loader)
    assert "missing: libxcb-render-util.so.0." in problem
    assert "sudo apt-get install libxcb-render-util0" in problem


def test_only_the_platform_qt_will_use_is_checked(broken_plugin):
    everything_missing = _missing(*platform_check.APT_PACKAGES)
    for environ in ({"QT_QPA_PLATFORM": "offscreen"},
                    {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}):
        problem = platform_check.startup_problem(environ, folders=broken_plugin,
                                                 load=_missing("libxcb-cursor.so.0"))
        assert problem is None, environ
        # Qt's GUI libraries themselves are needed whatever the platform.
        assert platform_check.startup_problem(environ, folders=broken_plugin,
                                              load=everything_missing) is not None
    assert platform_check.uses_xcb({"DISPLAY": ":0"})
    assert platform_check.uses_xcb({"QT_QPA_PLATFORM": "xcb:display=:1"})
    assert not platform_check.uses_xcb({"QT_QPA_PLATFORM": "wayland;xcb"})
    assert platform_check.startup_problem(X11, platform="win32", load=everything_missing) \
        is None


def test_the_app_prints_it_and_exits_before_starting_qt(broken_plugin, monkeypatch, capsys):
    from handout.gui import app

    monkeypatch.setattr(platform_check, "qt_folders", lambda: broken_plugin)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert app.main(["handout-builder"]) == platform_check.EXIT_CODE != 0
    printed = capsys.readouterr()
    assert "libxcb-nothere.so" in printed.err and printed.out == ""
