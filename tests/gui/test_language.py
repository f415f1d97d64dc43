"""The handout language in the editor: chosen per handout, one undo step, printed by the
preview, and an on-screen mark when our texts in that language are drafts or missing."""

from __future__ import annotations

import pytest

from handout import i18n, pdf

from .conftest import wait_preview

pytestmark = pytest.mark.gui


def _choose(window, code):
    combo = window.editor.language
    combo.setCurrentIndex(combo.findData(code))


def test_every_language_is_offered_by_its_own_name(window):
    combo = window.editor.language
    assert [combo.itemData(i) for i in range(combo.count())] == list(i18n.LANGUAGES)
    assert "العربية" in combo.itemText(combo.findData("ar"))
    assert "(Polish)" in combo.itemText(combo.findData("pl"))


def test_choosing_a_language_is_one_undo_step_and_the_preview_prints_it(qtbot, window,
                                                                         libraries):
    _, templates = libraries
    window.start_from_template(templates.get("gluteus-medius-pain"))
    wait_preview(qtbot, window)
    _choose(window, "es")
    assert window.document.handout.language == "es"
    qtbot.waitUntil(lambda: not window.preview.busy and window.preview.pdf_bytes ==
                    pdf.render(window.document.handout, window.clinic,
                               window.collection.resources(window.document.handout)),
                    timeout=15000)
    from pypdf import PdfReader
    import io
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(
        window.preview.pdf_bytes)).pages)
    assert i18n.catalog("es").text("Your exercises") in text
    window.document.undo_stack.undo()
    assert window.document.handout.language == "en"
    assert window.editor.language.currentData() == "en"


def test_a_draft_or_missing_translation_is_marked_on_screen(window, libraries):
    _, templates = libraries
    window.start_from_template(templates.get("gluteus-medius-pain"))
    mark = window.editor.translation_mark
    assert mark.isHidden()
    _choose(window, "pl")  # the worked example: our drafts, not yet reviewed
    assert not mark.isHidden() and "Draft" in mark.text()
    # The therapist's own exercise (a copy under a new id): no Polish text for it.
    from handout.gui.commands import InsertItem
    own = window.exercises.new_item("walking")
    own.exercise.id = "my-own-walk"
    window.document.undo_stack.push(InsertItem(window.document, own))
    assert "1 exercise not yet translated" in mark.text()


def test_characters_that_cannot_be_printed_are_named_before_export(qtbot, window):
    window.add_exercise("clamshell")
    mark = window.editor.unprintable_mark
    assert mark.isHidden()
    # Through the undo stack (as typing does): QTest cannot type a character
    # outside the Basic Multilingual Plane.
    from handout.gui.commands import SetHandoutField
    window.document.undo_stack.push(SetHandoutField(window.document, "patient_name",
                                                    "Zoë 李 👍"))
    assert not mark.isHidden() and "👍" in mark.text() and "李" not in mark.text()
    window.document.undo_stack.undo()
    assert mark.isHidden()
