"""House rules that keep the core usable without a display."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "handout"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_only_the_gui_package_imports_qt():
    offenders = [str(p.relative_to(PACKAGE.parent)) for p in PACKAGE.rglob("*.py")
                 if "gui" not in p.relative_to(PACKAGE).parts[:1]
                 and _imports(p) & {"PySide6", "PyQt5", "PyQt6", "shiboken6"}]
    assert offenders == []


def test_core_runs_without_loading_qt():
    code = ("import sys, handout.cli, handout.library, handout.storage, handout.pdf, "
            "handout.figures; assert not any(m.startswith('PySide6') for m in sys.modules), "
            "[m for m in sys.modules if m.startswith('PySide6')]")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parent)


def test_every_module_has_a_docstring():
    missing = [str(p.relative_to(PACKAGE.parent)) for p in PACKAGE.rglob("*.py")
               if ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) is None]
    assert missing == []


def test_only_the_figure_engine_imports_numpy():
    # The app runs without numpy: only the build-time engine may use it.
    engine = PACKAGE / "figures" / "engine"
    offenders = [str(p.relative_to(PACKAGE.parent)) for p in PACKAGE.rglob("*.py")
                 if engine not in p.parents and "numpy" in _imports(p)]
    assert offenders == []


def test_the_app_core_loads_without_numpy():
    code = ("import sys; sys.modules['numpy'] = None; "
            "import handout.cli, handout.library, handout.storage, handout.pdf, "
            "handout.figures, handout.figures.built, handout.figures.contact_sheet")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parent)
