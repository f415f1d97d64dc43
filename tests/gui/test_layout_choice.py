"""The layout control: every layout is offered by its label, choosing one changes the
handout (and undoes), the fridge sheet's limit is said before export, and a layout
this version does not know is shown, said and kept."""

from __future__ import annotations

import json

import pytest

from handout import layouts, model, storage

pytestmark = pytest.mark.gui


def test_every_layout_is_offered_by_its_label(window):
    choice = window.editor.layout_choice
    offered = [(choice.itemText(i), choice.itemData(i)) for i in range(choice.count())]
    assert offered == [(layouts.label(name), name) for name in model.LAYOUTS]


def test_the_fridge_sheet_says_its_limit_before_export(qtbot, window):
    editor = window.editor
    for exercise_id in ("bridge", "clamshell", "step-up", "squat", "calf-raise", "walking",
                        "side-plank"):
        window.add_exercise(exercise_id)
    choice = editor.layout_choice
    choice.setCurrentIndex(choice.findData("fridge-sheet"))
    assert window.document.handout.options.layout == "fridge-sheet"
    assert editor.notice.isVisible()
    assert "at most 6 exercises; this handout has 7" in editor.notice.text()
    # The preview says it too, in the same words (no traceback, no crash report).
    qtbot.waitUntil(lambda: "this handout has 7" in window.preview.message.text(),
                    timeout=20000)
    window.document.undo_stack.undo()
    assert window.document.handout.options.layout == "standard"
    assert "at most 6" not in editor.notice.text()


def test_an_unknown_layout_is_shown_said_and_kept(qtbot, window, tmp_path):
    path = tmp_path / "newer.handout.json"
    storage.save_handout(window.document.handout, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["handout"]["options"]["layout"] = "poster"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert window.open_path(path)
    editor = window.editor
    assert editor.layout_choice.currentData() == "poster"
    assert "unknown" in editor.layout_choice.currentText()
    assert '"poster"' in editor.notice.text() and editor.notice.isVisible()
    editor.layout_choice.setCurrentIndex(editor.layout_choice.findData("compact"))
    assert window.document.handout.options.layout == "compact"
    assert editor.layout_choice.findData("poster") == -1  # gone once replaced
    window.document.undo_stack.undo()
    assert window.document.handout.options.layout == "poster"
    assert editor.layout_choice.currentData() == "poster"
