"""The renderer is a pure function: no file and no setting is read while a PDF is made.

Two checks. The source of `handout/pdf/` is scanned for anything that reads
a file, a folder or the settings (`grep`, done properly with the syntax
tree). And a real render, with photos and a logo, is run with every way of
opening or looking at a file blocked: it must still succeed, photos and logo
included, because they came in already loaded.
"""

from __future__ import annotations

import ast
import builtins
import io
import os
import pathlib
from pathlib import Path

import pytest
from PIL import Image

from handout import model, pdf, photos
from handout.photos import prepare_logo
from handout.pdf.resources import Resources
from tests.core.test_photos import phone_jpeg
from tests.pdf.pdfread import operator_count

PDF_PACKAGE = Path(__file__).resolve().parents[2] / "handout" / "pdf"
# The bundled fonts are registered with ReportLab once per process, from the
# package's own data, before the first page is laid out; registering is the
# one file access the package has, and it never depends on the handout.
# The bundled fonts and their coverage manifest are package data, read once
# per process when a face is first used: not an input of the render.
FONT_REGISTRATION = {("fonts.py", "register_fonts"), ("fonts.py", "faces")}

READS = {"open", "read_bytes", "read_text", "stat", "lstat", "exists", "is_file", "is_dir",
         "glob", "rglob", "iterdir", "listdir", "scandir", "walk", "getmtime", "getsize",
         "load_photo", "printable_photo", "resolve_photo", "find_photo", "photo_path",
         "load_settings", "clinic_folder", "load_exercise", "load_template", "load_handout",
         "load_clinic", "read_bytes", "realpath", "fromFile"}
MODULES = {"os", "pathlib", "shutil", "glob", "settings", "paths", "safe_io", "storage",
           "collection", "library", "templates", "custom_exercises", "usage", "documents"}


def _function_of(tree: ast.AST, target: ast.AST) -> str:
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if any(child is target for child in ast.walk(node)):
                return node.name
    return ""


def test_no_file_or_settings_read_in_the_pdf_package():
    found = []
    for path in sorted(PDF_PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            name = None
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else \
                    func.id if isinstance(func, ast.Name) else None
                if name not in READS:
                    continue
            elif isinstance(node, ast.Import):
                name = next((a.name for a in node.names if a.name.split(".")[0] in MODULES),
                            None)
            elif isinstance(node, ast.ImportFrom):
                module = (node.module or "").split(".")[0]
                names = {a.name for a in node.names}
                hit = (node.level == 0 and module in MODULES) or \
                    (node.level >= 2 and (module in MODULES or names & MODULES))
                name = f"from {'.' * node.level}{node.module or ''}" if hit else None
            if name is None:
                continue
            where = (path.name, _function_of(tree, node))
            if where in FONT_REGISTRATION or (path.name == "fonts.py" and name == "from .."):
                continue
            found.append(f"{path.name}:{node.lineno} {name}")
    assert found == []


def _resources(tmp_path) -> tuple[model.Handout, model.Clinic, Resources]:
    logo = io.BytesIO()
    Image.new("RGBA", (400, 100), (10, 120, 130, 255)).save(logo, "PNG")
    picture = photos.load_photo(phone_jpeg(800, 600))
    exercise = model.Exercise(id="wall-push", name="Wall push", steps=["Push."],
                              photos=["photos/wall-push_0123456789ab.jpg"])
    handout = model.Handout(title="Knee", patient_name="Zoë Smith",
                            items=[model.Item(exercise)],
                            options=model.LayoutOptions(diary_weeks=1))
    clinic = model.Clinic(name="Riverside", logo_path=str(tmp_path / "nowhere" / "logo.png"))
    return handout, clinic, Resources(photos={exercise.photos[0]: picture},
                                      logo=prepare_logo(logo.getvalue()))


def test_a_render_reads_no_file_at_all(tmp_path, monkeypatch):
    handout, clinic, resources = _resources(tmp_path)
    warm = pdf.render(handout, clinic, resources)  # fonts registered, modules imported

    def refuse(*args, **kwargs):
        raise AssertionError(f"a file was touched while rendering: {args[:1]}")

    for owner, name in ((builtins, "open"), (io, "open"), (os, "open"), (os, "stat"),
                        (os, "lstat"), (os, "listdir"), (os, "scandir"),
                        (pathlib.Path, "open"), (pathlib.Path, "stat"),
                        (pathlib.Path, "read_bytes")):
        monkeypatch.setattr(owner, name, refuse)
    handout.items[0].notes = "Slowly."  # a new handout, not a cached result
    data = pdf.render(handout, clinic, resources)
    monkeypatch.undo()
    assert data != warm and data.startswith(b"%PDF")
    assert operator_count(data, b"Do") >= 2  # the photo and the logo, from `resources`


def test_without_resources_photos_print_as_missing_and_there_is_no_logo(tmp_path):
    from tests.helpers import pdf_text
    handout, clinic, _ = _resources(tmp_path)
    data = pdf.render(handout, clinic)
    assert "Photo missing" in pdf_text(data) and operator_count(data, b"Do") == 0
