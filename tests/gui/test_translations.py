"""The Translations dialog: the clinic edits and reviews our translations; the preview
prints the edit, the editor's draft mark turns into "reviewed by", two colleagues saving
at once lose nothing, a read-only folder is said in the dialog."""

from __future__ import annotations

import json
import os

import pytest

from handout.collection import Collection
from handout.gui.main_window import MainWindow
from handout.gui.translation_dialog import TranslationDialog
from handout.model import Clinic
from tests.helpers import pdf_text

from .conftest import wait_preview

pytestmark = pytest.mark.gui


@pytest.fixture
def clinic_window(qtbot, clinic_folder, messages):
    collection = Collection(clinic=clinic_folder)
    window = MainWindow(collection, clinic=Clinic(therapist="Anna Nowak", language="pl"),
                        startup_problems=[])
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_saved())
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.preview.generation >= 1, timeout=15000)
    window.start_from_template(collection.templates.get("gluteus-medius-pain"))
    yield window
    window.preview.renderer.wait(10000)


def _open(qtbot, window, **kwargs):
    dialog = TranslationDialog(window.collection, window.document.handout, window.clinic,
                               parent=window, **kwargs)
    dialog.saved.connect(window._translations_saved)
    qtbot.addWidget(dialog)
    return dialog


def _row(dialog, field, english=None):
    return next(i for i, (unit, _e, _w) in enumerate(dialog.editors)
                if unit.field == field and (english is None or unit.english == english))


def test_the_dialog_lists_the_handouts_exercises_and_template_first(qtbot, clinic_window):
    dialog = _open(qtbot, clinic_window)
    assert dialog.language.currentData() == "pl"  # the handout's language
    labels = [dialog.item.itemText(i) for i in range(dialog.item.count())]
    names = [item.exercise.name for item in clinic_window.document.handout.items]
    assert labels[0] == "— In this handout —"
    assert labels[1:1 + len(names)] == names
    assert labels[1 + len(names)].startswith("Template: ")
    assert dialog.item.currentData() == ("exercise", clinic_window.document.handout.items[0]
                                         .exercise.id)
    assert dialog.reviewer.text() == "Anna Nowak"  # from the clinic profile
    # English beside the translation, for the name, every step and the cautions.
    fields = [unit.field for unit, _e, _w in dialog.editors]
    assert fields[0] == "name" and "steps" in fields and "precautions" in fields
    # The template: its education and advice too.
    dialog.item.setCurrentIndex(1 + len(names))
    assert {"education", "advice"} <= {unit.field for unit, _e, _w in dialog.editors}


def test_save_then_the_preview_prints_the_edited_translation(qtbot, clinic_window):
    window = clinic_window
    first = window.document.handout.items[0].exercise
    dialog = _open(qtbot, window)
    dialog.set_translation(_row(dialog, "name"), "Nazwa od kliniki")
    assert dialog.draft_button.isEnabled()
    assert dialog.save_draft()
    assert "Saved as a draft" in dialog.notice.text()
    wait_preview(qtbot, window)
    assert "Nazwa od kliniki" in pdf_text(window.preview.pdf_bytes)
    saved = json.loads(dialog.edit_state.path.read_text(encoding="utf-8"))
    assert saved["strings"]["name"] == {"en": first.name, "text": "Nazwa od kliniki"}
    assert "Draft" in window.editor.translation_mark.text()


def test_marking_every_exercise_reviewed_clears_the_draft_mark(qtbot, clinic_window):
    window = clinic_window
    mark = window.editor.translation_mark
    assert not mark.isHidden() and "Draft" in mark.text()
    dialog = _open(qtbot, window)
    dialog.reviewer.setText("Dr Anna Nowak")
    for row in range(1, 1 + len(window.document.handout.items)):
        dialog.item.setCurrentIndex(row)
        assert dialog.mark_reviewed(), dialog.notice.text()
        assert "Reviewed by Dr Anna Nowak on" in dialog.status_label.text()
    assert "Draft" not in mark.text() and not mark.isHidden()
    assert "Reviewed by Dr Anna Nowak on" in mark.text() and "(Not printed.)" in mark.text()
    wait_preview(qtbot, window)
    text = pdf_text(window.preview.pdf_bytes)
    assert "Dr Anna" not in text and "Not printed" not in text and "Draft" not in text
    # The next start (a colleague's computer) shows the same.
    again = Collection(clinic=window.collection.folders.clinic)
    from handout.i18n import content
    first = window.document.handout.items[0].exercise
    assert content.report(first, "pl", again.translations()).reviewed_by == "Dr Anna Nowak"


def test_two_colleagues_saving_one_saved_one_told_nothing_lost(qtbot, clinic_window):
    window = clinic_window
    anna = _open(qtbot, window)
    ben_collection = Collection(clinic=window.collection.folders.clinic)
    ben = TranslationDialog(ben_collection, window.document.handout, Clinic(), parent=None)
    qtbot.addWidget(ben)
    anna.set_translation(_row(anna, "name"), "Wersja Anny")
    ben.set_translation(_row(ben, "name"), "Wersja Bena")
    step = _row(ben, "steps")
    ben.set_translation(step, "Krok Bena {prawym|lewym}.")
    assert anna.save_draft()
    assert not ben.save_draft()
    assert "saved by someone else" in ben.notice.text() and not ben.notice.isHidden()
    # Anna's save stands; Ben still sees his own text (on top of Anna's version).
    saved = json.loads(anna.edit_state.path.read_text(encoding="utf-8"))
    assert saved["strings"]["name"]["text"] == "Wersja Anny"
    assert ben.editors[_row(ben, "name")][1].text() == "Wersja Bena"
    assert ben.editors[step][1].toPlainText() == "Krok Bena {prawym|lewym}."
    assert ben.has_changes()
    assert ben.save_draft()
    saved = json.loads(anna.edit_state.path.read_text(encoding="utf-8"))
    assert saved["strings"]["name"]["text"] == "Wersja Bena"


def test_a_read_only_folder_is_said_in_the_dialog_and_the_text_kept(qtbot, clinic_window,
                                                                    monkeypatch):
    from tests.core.test_i18n_review import _read_only
    dialog = _open(qtbot, clinic_window)
    dialog.set_translation(_row(dialog, "name"), "Moja nazwa")
    restore = _read_only(clinic_window.collection.folders.clinic, monkeypatch)
    try:
        assert not dialog.save_draft()
    finally:
        restore()
    assert "permission denied" in dialog.notice.text().lower()
    assert "not saved" in dialog.notice.text()
    assert dialog.editors[_row(dialog, "name")][1].text() == "Moja nazwa"
    assert dialog.save_draft()


def test_a_stale_string_is_shown(qtbot, clinic_window):
    window = clinic_window
    first = window.document.handout.items[0].exercise
    path = window.collection.folders.clinic / "translations" / "pl" / "exercises" / \
        f"{first.id}.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({
        "format": "handout-translation", "version": 1, "language": "pl",
        "kind": "exercise", "id": first.id, "status": "draft",
        "strings": {"name": {"en": "An older English name", "text": "Stara nazwa"}}}),
        encoding="utf-8")
    window.collection.reload_translations()
    dialog = _open(qtbot, window)
    stale = dialog.findChild(type(dialog.status_label), "staleStrings")
    assert stale is not None and "An older English name" in stale.text()
    assert "Stara nazwa" in stale.text()


def test_the_menu_and_the_mark_open_the_dialog(qtbot, clinic_window, monkeypatch):
    opened = []
    monkeypatch.setattr(TranslationDialog, "edit", classmethod(
        lambda cls, parent, collection, handout=None, clinic=None, language=None,
        item=None, on_saved=None: opened.append((handout.language, item.id)) or False))
    window = clinic_window
    window.translations_action.trigger()
    window.editor.translation_mark.linkActivated.emit("translations")
    first = window.document.handout.items[0].exercise.id
    assert opened == [("pl", first), ("pl", first)]
    assert window.translations_action in window.menuBar().actions()[1].menu().actions()


def test_switching_item_with_changes_asks_first(qtbot, clinic_window, monkeypatch):
    from handout.gui import dialogs
    asked = []
    monkeypatch.setattr(dialogs.Ask, "discard_changes", classmethod(
        lambda cls, parent, what: asked.append(what) or False))
    dialog = _open(qtbot, clinic_window)
    dialog.set_translation(_row(dialog, "name"), "Zmiana")
    before = dialog.item.currentIndex()
    dialog.item.setCurrentIndex(before + 1)
    assert asked and dialog.item.currentIndex() == before
    assert dialog.editors[_row(dialog, "name")][1].text() == "Zmiana"


def test_a_hostile_clinic_translation_does_not_crash_the_dialog(qtbot, clinic_window):
    window = clinic_window
    first = window.document.handout.items[0].exercise
    path = window.collection.folders.clinic / "translations" / "pl" / "exercises" / \
        f"{first.id}.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(json.dumps({
        "format": "handout-translation", "version": 1, "language": "pl", "kind": "exercise",
        "id": first.id, "status": "reviewed", "reviewed_by": "<b>x</b>",
        "strings": {"name": {"en": first.name, "text": "\u202e" + "W" * 5000},
                    "steps": [{"en": first.steps[0], "text": "{|}"}]}}).encode())
    window.collection.reload_translations()
    window.editor.refresh()
    dialog = _open(qtbot, window)
    assert any(w.text() for _u, _e, w in dialog.editors)  # the side-word problem is said
    dialog.reviewer.setText("Anna")
    assert not dialog.mark_reviewed()
    assert "side" in dialog.notice.text() or "left and a right" in dialog.notice.text()
    assert os.path.exists(path)


def test_a_colleague_saving_right_now_is_said_and_nothing_changes(qtbot, clinic_window):
    from handout import safe_io
    from handout.errors import ConflictError
    dialog = _open(qtbot, clinic_window)
    dialog.set_translation(_row(dialog, "name"), "Moja nazwa")

    def busy(self):
        raise ConflictError("\"Clamshell\" is being saved by ben on pc2 right now; try "
                            "again in a moment")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(safe_io.FolderLock, "acquire", busy)
        assert not dialog.save_draft()
    assert "try again in a moment" in dialog.notice.text()
    assert "Their version" not in dialog.notice.text()
    assert dialog.editors[_row(dialog, "name")][1].text() == "Moja nazwa"
    assert dialog.save_draft()
