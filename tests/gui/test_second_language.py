"""The editor's "Also print in" control (two-language handouts), its on-screen marks,
and the dose's "Prints as" line in the handout language."""

from __future__ import annotations

import pytest

from handout import i18n
from handout.phrases import dose_line, for_language
from handout import sides

pytestmark = pytest.mark.gui


def _choose(combo, code):
    combo.setCurrentIndex(combo.findData(code))


def test_the_second_language_is_offered_beside_the_language_and_is_one_undo_step(
        window, libraries):
    _, templates = libraries
    window.start_from_template(templates.get("gluteus-medius-pain"))
    combo = window.editor.second_language
    assert combo.itemData(0) == "" and combo.currentData() == ""
    assert [combo.itemData(i) for i in range(1, combo.count())] == list(i18n.LANGUAGES)
    # The handout's own language cannot be chosen again.
    assert not combo.model().item(combo.findData("en")).isEnabled()
    assert combo.model().item(combo.findData("ar")).isEnabled()
    _choose(combo, "ar")
    assert window.document.handout.second_language == "ar"
    window.document.undo_stack.undo()
    assert window.document.handout.second_language == ""
    assert combo.currentData() == ""


def test_choosing_the_second_language_as_the_handout_language_swaps_them(window, libraries):
    _, templates = libraries
    window.start_from_template(templates.get("gluteus-medius-pain"))
    _choose(window.editor.second_language, "pl")
    _choose(window.editor.language, "pl")
    handout = window.document.handout
    assert (handout.language, handout.second_language) == ("pl", "en")
    assert window.editor.second_language.currentData() == "en"
    assert not window.editor.second_language.model().item(
        window.editor.second_language.findData("pl")).isEnabled()
    window.document.undo_stack.undo()
    assert (handout.language, handout.second_language) == ("en", "pl")


def test_a_missing_second_language_text_is_marked_on_screen(window, libraries):
    _, templates = libraries
    window.start_from_template(templates.get("gluteus-medius-pain"))
    mark = window.editor.translation_mark
    assert mark.isHidden()
    _choose(window.editor.second_language, "pl")
    assert not mark.isHidden() and "Polish" in mark.text() and "draft" in mark.text()
    from handout.gui.commands import InsertItem
    own = window.exercises.new_item("walking")
    own.exercise.id = "my-own-walk"
    window.document.undo_stack.push(InsertItem(window.document, own))
    count = len(window.document.handout.items)
    assert f"not yet translated for 1 of {count} exercises" in mark.text()
    assert "nothing prints in Polish" in mark.text()


def test_prints_as_shows_the_dose_in_the_handout_language(window, libraries):
    window.add_exercise("clamshell")
    window.editor.items.select_row(0)
    preview = window.editor.item_editor.dose.preview
    item = window.document.handout.items[0]
    english = sides.dose_line(item)
    assert preview.text().endswith(english)
    _choose(window.editor.language, "pl")
    polish = sides.dose_line(item, for_language("pl"))
    assert polish != english and preview.text().endswith(polish)
    window.document.undo_stack.undo()
    assert preview.text().endswith(english)


def test_the_phrasebook_matches_the_pdfs():
    from handout.model import Dose
    from handout.pdf.styles import phrasebook
    dose = Dose(sets=3, reps=10, hold=5, frequency="twice a day", side="left")
    for language in i18n.LANGUAGES:
        assert dose_line(dose, for_language(language)) == dose_line(dose, phrasebook(language))
