"""Before Qt starts on Linux: are the system libraries its window needs installed?

When Qt's "xcb" platform plugin cannot be loaded, Qt prints that
libxcb-cursor0 is needed (whatever is really missing) and aborts the process.
`startup_problem()` finds out first, without starting Qt or running `ldd`:
it reads which shared libraries the plugin and Qt's GUI libraries need (the
DT_NEEDED entries of their ELF files), leaves out those shipped inside
PySide6, and asks the dynamic loader for each of the others (`ctypes.CDLL`,
the same search Qt's own loading makes). What is missing becomes a message
naming each library and one `apt-get install` line that fixes it.

This module must not import PySide6: importing it is what fails when Qt's
own libraries' dependencies are missing.
"""

from __future__ import annotations

import ctypes
import importlib.util
import mmap
import os
import re
import struct
import sys
from pathlib import Path
from typing import Callable, Iterable

# The Debian and Ubuntu packages of the system libraries Qt's GUI needs
# (the same names on Ubuntu 22.04 and 24.04 and Debian 12).
APT_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}
# Qt's own libraries the window needs; their dependencies are checked too.
QT_LIBRARIES = ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6",
                "libQt6XcbQpa.so.6")
# Platforms that draw on an X11 screen through the xcb plugin.
XCB = "xcb"
EXIT_CODE = 2


def elf_needed(path: Path) -> list[str]:
    """The shared libraries an ELF file asks for (DT_NEEDED), in order; [] if not ELF."""
    with open(path, "rb") as file:
        try:  # mapped, not read: Qt's libraries are megabytes, the headers a few KB
            data = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file
            return []
        with data:
            return _needed(data)


def _needed(data) -> list[str]:
    if data[:4] != b"\x7fELF" or data[4] not in (1, 2) or data[5] not in (1, 2):
        return []
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        phoff, = struct.unpack_from(order + "Q", data, 0x20)
        phentsize, phnum = struct.unpack_from(order + "HH", data, 0x36)
        header, entry = order + "IIQQQQQQ", order + "qQ"
    else:
        phoff, = struct.unpack_from(order + "I", data, 0x1C)
        phentsize, phnum = struct.unpack_from(order + "HH", data, 0x2A)
        header, entry = order + "IIIIIIII", order + "iI"
    loads, dynamic = [], None
    for index in range(phnum):
        fields = struct.unpack_from(header, data, phoff + index * phentsize)
        if wide:
            kind, _flags, offset, vaddr, _paddr, filesz, _memsz, _align = fields
        else:
            kind, offset, vaddr, _paddr, filesz, _memsz, _flags, _align = fields
        if kind == 1:  # PT_LOAD
            loads.append((vaddr, offset, filesz))
        elif kind == 2:  # PT_DYNAMIC
            dynamic = (offset, filesz)
    if dynamic is None:
        return []
    needed, strtab = [], None
    size = struct.calcsize(entry)
    for start in range(dynamic[0], dynamic[0] + dynamic[1] - size + 1, size):
        tag, value = struct.unpack_from(entry, data, start)
        if tag == 0:  # DT_NULL
            break
        if tag == 1:  # DT_NEEDED: an offset into the string table
            needed.append(value)
        elif tag == 5:  # DT_STRTAB: its address in memory
            strtab = next((offset + value - vaddr for vaddr, offset, filesz in loads
                           if vaddr <= value < vaddr + filesz), None)
    if strtab is None:
        return []
    names = []
    for offset in needed:
        end = data.find(b"\0", strtab + offset)
        names.append(data[strtab + offset:end].decode("utf-8", "replace"))
    return names


def _can_load(name: str) -> str | None:
    """None if the dynamic loader finds `name` (and what it needs); else its error."""
    try:
        ctypes.CDLL(name, mode=getattr(os, "RTLD_LAZY", 1) | ctypes.RTLD_LOCAL)
    except OSError as error:
        return str(error)
    return None


def missing_libraries(files: Iterable[Path], bundled: Path,
                      load: Callable[[str], str | None] = _can_load) -> list[str]:
    """System libraries that `files` need and the dynamic loader cannot find.

    Libraries in the `bundled` folder (Qt's own, shipped with PySide6) are not
    asked for. When a library is there but one it needs is not, the one
    really missing is reported (the loader's message names it).
    """
    missing: list[str] = []
    asked: set[str] = set()
    for path in files:
        if not path.is_file():
            continue
        for name in elf_needed(path):
            if name in asked or (bundled / name).exists():
                continue
            asked.add(name)
            error = load(name)
            if error is None:
                continue
            found = re.match(r"\s*([^:\s]+\.so[.\d]*):", error)
            really = found.group(1) if found else name
            if really not in missing:
                missing.append(really)
    return missing


def qt_folders() -> tuple[Path, Path] | None:
    """(Qt's lib folder, its platform plugins folder) inside PySide6, without importing it."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    qt = Path(list(spec.submodule_search_locations)[0]) / "Qt"
    return qt / "lib", qt / "plugins" / "platforms"


def uses_xcb(environ: dict[str, str]) -> bool:
    """Whether Qt will draw the window through its xcb plugin (X11)."""
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(":", 1)[0].split(";", 1)[0] == XCB
    # Unset: a Wayland session gets Qt's Wayland plugin, anything else xcb.
    return not (environ.get("WAYLAND_DISPLAY")
                and environ.get("XDG_SESSION_TYPE", "").lower() == "wayland")


def message(missing: list[str]) -> str:
    """What the therapist (or their IT) reads: which library, and the line that fixes it."""
    packages = sorted({APT_PACKAGES.get(name, "") for name in missing} - {""})
    lines = ["Handout Builder cannot open its window: "
             + ("this system library is missing: " if len(missing) == 1 else
                "these system libraries are missing: ") + ", ".join(missing) + "."]
    if packages:
        lines.append("On Ubuntu or Debian, install "
                     + ("it" if len(missing) == 1 else "them") + " with:")
        lines.append("    sudo apt-get install " + " ".join(packages))
    unknown = [name for name in missing if name not in APT_PACKAGES]
    if unknown:
        lines.append("Find the package that provides " + ", ".join(unknown)
                     + " with your distribution's package search (e.g. apt-file search).")
    lines.append("(Qt's own message may name libxcb-cursor0 whatever is missing.)")
    return "\n".join(lines)


def startup_problem(environ: dict[str, str] | None = None,
                    platform: str = sys.platform,
                    folders: tuple[Path, Path] | None = None,
                    load: Callable[[str], str | None] = _can_load) -> str | None:
    """The message to print instead of starting Qt, or None when Qt can start."""
    environ = dict(os.environ if environ is None else environ)
    if not platform.startswith("linux"):
        return None
    folders = folders or qt_folders()
    if folders is None:
        return None  # not a PySide6 we know the layout of: let Qt try
    lib, plugins = folders
    files = [lib / name for name in QT_LIBRARIES[:3]]
    if uses_xcb(environ):
        files += [plugins / "libqxcb.so", lib / QT_LIBRARIES[3]]
    missing = missing_libraries(files, lib, load)
    return message(missing) if missing else None
