"""Builds the standalone app for people without Python: `python -m handout.bundle`.

    python -m handout.bundle [--dist DIR] [--work DIR]

Runs PyInstaller on `packaging/handout-builder.spec` and makes one folder,
`dist/handout-builder/`, holding two programs and everything they need:
`handout-builder` (the window; `.exe` on Windows) and `handout` (the command
line). On macOS the same spec also makes `dist/Handout Builder.app`. Copy the
folder (or the .app) to a clinic PC: nothing else needs installing.

PyInstaller builds for the system it runs on, so build on Windows for Windows
and on macOS for macOS; the spec is the same. The helpers below are used by the
spec: the Qt modules the app imports (every other one is left out, which keeps
the folder small) and the Windows and macOS icons, drawn at build time from the
PNGs in `assets/icons` so that no binary icon file is kept in the repository.

This module is a build tool: it needs a source checkout and PyInstaller (the
`bundle` extra, part of the `test` extra), and the built app does not contain it.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "handout-builder.spec"
APP_NAME = "handout-builder"     # the folder and the window program
CLI_NAME = "handout"             # the command-line program beside it
MAC_APP = "Handout Builder.app"
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def qt_modules_used(package: Path = ROOT / "handout") -> set[str]:
    """The PySide6 modules the app's source imports, e.g. {"QtCore", "QtGui", ...}."""
    used: set[str] = set()
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                    used.add(parts[1])
    return used


def qt_modules_installed() -> set[str]:
    """Every PySide6 module this Python has (the extension files in the PySide6 folder)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return set()
    found = set()
    for folder in spec.submodule_search_locations:
        for path in Path(folder).glob("Qt*"):
            if path.suffix in (".so", ".pyd"):
                found.add(path.name.split(".")[0])
    return found


def qt_modules_to_exclude() -> list[str]:
    """`PySide6.QtX` for every installed Qt module the app does not import."""
    return sorted(f"PySide6.{name}" for name in qt_modules_installed() - qt_modules_used())


def asset_datas() -> list[tuple[str, str]]:
    """(file, folder in the app) for every file of the package `handout.assets`.

    Found through importlib.resources, as the app finds them, so the data comes
    from wherever the package is: this checkout (editable install) or an installed wheel.
    In the app they land in `handout/assets/`, `__init__.py` included, so the
    package imports and `importlib.resources` finds them there too.
    """
    import importlib.resources

    assets = Path(str(importlib.resources.files("handout.assets")))
    return [(str(path), str(Path("handout", "assets", path.parent.relative_to(assets))))
            for path in sorted(assets.rglob("*"))
            if path.is_file() and "__pycache__" not in path.parts]


def qt_translations_kept() -> set[str]:
    """Qt's own translation files the app loads: `qtbase_<code>.qm` for each interface
    language we ship (its standard buttons and file dialogs). The rest of Qt's
    translations (about 7 MB) stay out."""
    from . import paths
    prefix = "handout_builder_"
    return {f"qtbase_{p.stem[len(prefix):]}.qm" for p in paths.QT_TRANSLATIONS.glob(
        f"{prefix}*.qm") if p.stem != f"{prefix}en"}


def make_icons(folder: Path) -> dict[str, Path]:
    """`handout-builder.ico` (Windows) and `.icns` (macOS) drawn from assets/icons."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    sources = {size: ROOT / "assets" / "icons" / f"{APP_NAME}-{size}.png" for size in ICON_SIZES}
    images = {size: Image.open(path).convert("RGBA") for size, path in sources.items()}
    largest = images[max(images)]
    ico = folder / f"{APP_NAME}.ico"
    # Each size from its own hand-tuned PNG, not scaled down from the largest.
    largest.save(ico, sizes=[(s, s) for s in images],
                 append_images=[images[s] for s in images if s != max(images)])
    icns = folder / f"{APP_NAME}.icns"
    largest.save(icns, append_images=[images[s] for s in images if s != max(images)])
    return {"ico": ico, "icns": icns}


def app_folder(dist: Path) -> Path:
    """The built one-folder app inside `dist`."""
    return dist / APP_NAME


def executable(dist: Path, name: str = APP_NAME) -> Path:
    """A built program: `handout-builder` (the window) or `handout` (the command line)."""
    return app_folder(dist) / (f"{name}.exe" if os.name == "nt" else name)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, quiet: bool = False) -> subprocess.CompletedProcess:
    """Run PyInstaller on the spec; raises CalledProcessError (with its log) if it fails."""
    if not SPEC.is_file():
        raise FileNotFoundError(f"{SPEC} is missing: the standalone app is built from a "
                                "source checkout of Handout Builder")
    if importlib.util.find_spec("PyInstaller") is None:
        raise ModuleNotFoundError("PyInstaller is not installed: "
                                  "pip install -e \".[bundle]\" (or \".[test]\")")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
               "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
               str(SPEC)]
    work.mkdir(parents=True, exist_ok=True)
    # Not from the checkout: a stale *.egg-info there would be taken for the metadata.
    return subprocess.run(command, cwd=work, check=True, text=True,
                          capture_output=quiet)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m handout.bundle",
                                     description="Build the standalone Handout Builder app "
                                                 "(one folder, no Python needed).")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the app folder goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's working folder (default: build/pyinstaller/)")
    args = parser.parse_args(argv)
    try:
        build(args.dist.resolve(), args.work.resolve())
    except (FileNotFoundError, ModuleNotFoundError) as error:
        print(f"handout.bundle: {error}", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as error:
        print(f"handout.bundle: PyInstaller failed (exit {error.returncode}); "
              "its messages are above", file=sys.stderr)
        return 1
    folder = app_folder(args.dist.resolve())
    print(f"Built {folder} ({folder_size(folder) / 1e6:.0f} MB): run "
          f"{executable(args.dist.resolve())} for the app, "
          f"{executable(args.dist.resolve(), CLI_NAME)} for the command line")
    mac_app = args.dist.resolve() / MAC_APP
    if mac_app.exists():
        print(f"macOS app: {mac_app}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
