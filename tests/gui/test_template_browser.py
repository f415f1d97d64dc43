"""The template browser and the save-as-template dialog, driven with pytest-qt."""

from __future__ import annotations

import datetime as _dt
import json

import pytest

from handout import paths, settings, storage
from handout.gui import save_template_dialog
from handout.gui.save_template_dialog import SaveTemplateDialog, TemplateDetails
from handout.gui.template_browser import BrowserDialogs, TemplateBrowser
from handout.library import ExerciseLibrary, TemplateLibrary
from handout.model import Handout

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def exercises():
    return ExerciseLibrary(clinic_folder=None)


@pytest.fixture
def clinic(tmp_path):
    folder = tmp_path / "clinic"
    (folder / "templates").mkdir(parents=True)
    return folder


@pytest.fixture
def templates(exercises, clinic):
    library = TemplateLibrary(exercises, clinic_folder=clinic)
    glute = library.get("gluteus-medius-pain")
    library.save_as_template(glute.new_handout(), "ACL week 2", "After reconstruction",
                             ["knee", "graft-rehab"])
    library.save_as_template(glute.new_handout(), "Shared hip plan", "", ["hip"],
                             origin="clinic")
    return library


class Answers:
    """Stands in for every modal question; a question nobody answered fails the test."""

    def __init__(self, monkeypatch) -> None:
        self.asked: list[str] = []
        self.errors: list[str] = []
        self.replies: dict[str, object] = {}
        for name in ("ask_name", "confirm_delete", "choose_from_trash", "export_path",
                     "import_path", "import_clash", "conflict", "clinic_folder"):
            monkeypatch.setattr(BrowserDialogs, name, classmethod(self._answer(name)))
        monkeypatch.setattr(BrowserDialogs, "error", classmethod(
            lambda cls, parent, title, text: self.errors.append(f"{title}: {text}")))

    def _answer(self, name):
        def answer(cls, parent, *args):
            self.asked.append(name)
            if name not in self.replies:
                raise AssertionError(f"unexpected dialog: {name}{args}")
            reply = self.replies[name]
            return reply(*args) if callable(reply) else reply
        return answer


@pytest.fixture
def answers(monkeypatch):
    return Answers(monkeypatch)


@pytest.fixture
def browser(qtbot, templates, answers):
    dialog = TemplateBrowser(templates, None)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog.timer.stop()
    dialog.renderer.wait()


def names(browser) -> list[str]:
    return [t.name for t in browser.rows()]


def test_grouped_by_origin_with_bundled_read_only(browser, templates):
    assert browser.group_labels() == ["My templates", "Clinic", "Bundled (read-only)"]
    assert names(browser)[:2] == ["ACL week 2", "Shared hip plan"]
    browser.select(templates.get("gluteus-medius-pain"))
    assert not browser.rename_button.isEnabled() and not browser.delete_button.isEnabled()
    assert browser.duplicate_button.isEnabled() and browser.export_button.isEnabled()
    browser.select(templates.get("acl-week-2"))
    assert browser.rename_button.isEnabled() and browser.delete_button.isEnabled()


def test_search_by_name_tag_and_exercise(browser, qtbot):
    qtbot.keyClicks(browser.search, "graft")
    assert names(browser) == ["ACL week 2"]
    browser.search.setText("clamshell")
    assert "ACL week 2" in names(browser) and "Gluteus medius pain" in names(browser)
    browser.search.setText("no such template")
    assert names(browser) == [] and browser.selected() is None
    assert not browser.open_button.isEnabled()


def test_favourites_come_first(browser, templates, qtbot):
    browser.select(templates.get("tennis-elbow"))
    qtbot.mouseClick(browser.favourite_button, qtbot_button())
    assert browser.group_labels()[0] == "★ Favourites"
    assert names(browser)[0] == "Tennis elbow" and names(browser).count("Tennis elbow") == 1
    assert browser.selected().id == "tennis-elbow" and browser.favourite_button.isChecked()
    again = TemplateLibrary(templates.exercises, clinic_folder=None)
    assert again.is_favourite(again.get("tennis-elbow"))


def qtbot_button():
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton


def test_preview_renders_the_selected_template_lazily(browser, templates, qtbot):
    shown, failed = [], []
    browser.preview_ready.connect(shown.append)
    browser.preview_failed.connect(failed.append)
    browser.select(templates.get("gluteus-medius-pain"))
    qtbot.waitUntil(lambda: bool(shown or failed), timeout=20_000)
    assert failed == [] and shown == ["bundled:gluteus-medius-pain"]
    assert browser.preview_pages() >= 1
    assert "bundled:tennis-elbow" not in browser._pdf_cache  # nothing rendered unasked


def test_open_returns_the_chosen_template(qtbot, templates, answers, monkeypatch):
    def run(dialog):
        dialog.select(templates.get("acl-week-2"))
        dialog.open_selected()

    monkeypatch.setattr(TemplateBrowser, "exec", lambda self: run(self))
    chosen = TemplateBrowser.choose(None, templates, None)
    assert chosen is templates.get("acl-week-2")


def test_rename_duplicate_delete_and_restore(browser, templates, answers):
    browser.select(templates.get("acl-week-2"))
    answers.replies["ask_name"] = "ACL week two"
    browser.rename_button.click()
    assert browser.selected().name == "ACL week two"
    assert storage.load_template(paths.user_templates() / "acl-week-2.json").name == \
        "ACL week two"

    browser.select(templates.get("gluteus-medius-pain"))
    browser.duplicate_button.click()
    assert browser.selected().origin == "user"
    assert browser.selected().name == "Gluteus medius pain (copy)"

    browser.select(templates.get("acl-week-2"))
    answers.replies["confirm_delete"] = True
    browser.delete_button.click()
    assert "ACL week two" not in names(browser)
    answers.replies["choose_from_trash"] = lambda entries: entries[0]
    browser.restore_button.click()
    assert browser.selected().name == "ACL week two" and "ACL week two" in names(browser)
    assert answers.errors == []


def test_delete_can_be_cancelled(browser, templates, answers):
    browser.select(templates.get("acl-week-2"))
    answers.replies["confirm_delete"] = False
    browser.delete_button.click()
    assert "ACL week 2" in names(browser) and "acl-week-2" in templates


def test_export_and_import(browser, templates, answers, tmp_path):
    browser.select(templates.get("acl-week-2"))
    out = tmp_path / "acl.json"
    answers.replies["export_path"] = out
    browser.export_button.click()
    assert out.read_bytes() == storage.template_bytes(templates.get("acl-week-2"))
    answers.replies["import_path"] = out
    answers.replies["import_clash"] = "copy"
    browser.import_button.click()
    assert browser.selected().id == "acl-week-2-2" and browser.selected().origin == "user"
    assert answers.asked[-1] == "import_clash" and answers.errors == []


def test_a_bad_import_is_shown_not_raised(browser, answers, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    answers.replies["import_path"] = bad
    browser.import_button.click()
    assert len(answers.errors) == 1 and "cut short" in answers.errors[0]


def test_a_colleagues_change_offers_copy_or_reload(browser, templates, answers, clinic):
    colleague = TemplateLibrary(templates.exercises, clinic_folder=clinic)
    colleague.rename(colleague.get("shared-hip-plan"), "Shared hip plan v2")
    browser.select(templates.get("clinic:shared-hip-plan"))
    answers.replies["ask_name"] = "My hip plan"
    told = []
    answers.replies["conflict"] = lambda message: told.append(message) or "copy"
    browser.rename_button.click()
    assert told == ["\"Shared hip plan\" was changed by someone else since you opened it: "
                    "keep yours as a copy, or reload it"]
    assert browser.selected().name == "My hip plan"  # the copy has the name just chosen
    assert browser.selected().origin == "clinic"
    assert storage.load_template(clinic / "templates" / "shared-hip-plan.json").name == \
        "Shared hip plan v2"  # the colleague's save survived
    browser.select(templates.get("clinic:shared-hip-plan"))
    answers.replies["conflict"] = "reload"
    browser.rename_button.click()
    assert browser.selected().name == "Shared hip plan v2"


def test_unreadable_files_and_an_offline_clinic_are_reported(qtbot, exercises, clinic,
                                                            answers, tmp_path):
    (clinic / "templates" / "corrupt.json").write_text("{")
    library = TemplateLibrary(exercises, clinic_folder=clinic)
    dialog = TemplateBrowser(library, None)
    qtbot.addWidget(dialog)
    assert not dialog.notice.isHidden() and "corrupt.json" in dialog.notice.text()
    assert "Gluteus medius pain" in names(dialog)
    offline = TemplateLibrary(exercises, clinic_folder=tmp_path / "unplugged")
    dialog2 = TemplateBrowser(offline, None)
    qtbot.addWidget(dialog2)
    assert "cannot be reached" in dialog2.notice.text()
    dialog2.select(offline.get("gluteus-medius-pain"))
    assert not dialog2.share_button.isEnabled()


def test_choosing_a_clinic_folder_shows_its_templates(qtbot, exercises, clinic, answers):
    library = TemplateLibrary(exercises, clinic_folder=None)
    dialog = TemplateBrowser(library, None)
    qtbot.addWidget(dialog)
    storage.save_template(library.get("tennis-elbow"), clinic / "templates" / "te.json")
    answers.replies["clinic_folder"] = clinic
    dialog.clinic_button.click()
    assert "Clinic" in dialog.group_labels()
    assert settings.load_settings().clinic_folder == str(clinic)


# ------------------------------------------------------------- save as template

def patient_handout(exercises) -> Handout:
    handout = Handout(title="Knee rehab", patient_name="Zoë Smith", therapist="Sam Patel",
                      date=_dt.date(2026, 11, 23), review_date=_dt.date(2026, 12, 1))
    handout.items.append(exercises.new_item("clamshell"))
    return handout


def test_save_as_template_drops_patient_details(qtbot, templates, exercises, monkeypatch):
    monkeypatch.setattr(SaveTemplateDialog, "get_details", classmethod(
        lambda cls, parent, suggested, can_share: TemplateDetails(
            suggested + " week 1", "Early phase", ("knee",), "user")))
    saved = save_template_dialog.save_as_template(None, patient_handout(exercises), templates)
    raw = (paths.user_templates() / f"{saved.id}.json").read_text(encoding="utf-8")
    assert "Knee rehab week 1" in raw
    assert "Zoë" not in raw and "Sam Patel" not in raw and "2026-11-23" not in raw


def test_saving_over_a_template_asks_first(qtbot, templates, exercises, monkeypatch):
    monkeypatch.setattr(SaveTemplateDialog, "get_details", classmethod(
        lambda cls, parent, suggested, can_share: TemplateDetails("ACL week 2")))
    asked = []
    monkeypatch.setattr(SaveTemplateDialog, "confirm_replace", classmethod(
        lambda cls, parent, message: asked.append(message) or False))
    assert save_template_dialog.save_as_template(None, patient_handout(exercises),
                                                 templates) is None
    assert "already exists" in asked[0]
    assert templates.get("acl-week-2").description == "After reconstruction"
    monkeypatch.setattr(SaveTemplateDialog, "confirm_replace",
                        classmethod(lambda cls, parent, message: True))
    saved = save_template_dialog.save_as_template(None, patient_handout(exercises), templates)
    assert saved.id == "acl-week-2" and templates.get("acl-week-2").description == ""


def test_the_dialog_itself(qtbot):
    dialog = SaveTemplateDialog("Knee rehab", can_share=True)
    qtbot.addWidget(dialog)
    dialog.tags.setText("knee, ACL ;  post-op, ")
    dialog.where.setCurrentIndex(1)
    assert dialog.details() == TemplateDetails("Knee rehab", "", ("knee", "ACL", "post-op"),
                                               "clinic")
    dialog.name.setText("  ")
    from PySide6.QtWidgets import QDialogButtonBox
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    alone = SaveTemplateDialog("x", can_share=False)
    qtbot.addWidget(alone)
    assert alone.where.count() == 1 and not alone.where.isEnabled()


def test_keyboard_rename_and_delete_from_the_list(browser, templates, answers, qtbot):
    from PySide6.QtCore import Qt
    browser.select(templates.get("acl-week-2"))
    browser.tree.setFocus()
    qtbot.waitUntil(browser.tree.hasFocus)
    answers.replies["ask_name"] = "ACL week two"
    qtbot.keyClick(browser.tree, Qt.Key.Key_F2)
    assert templates.get("acl-week-2").name == "ACL week two"
    answers.replies["confirm_delete"] = True
    qtbot.keyClick(browser.tree, Qt.Key.Key_Delete)
    assert "acl-week-2" not in templates
    browser.search.setFocus()
    qtbot.keyClicks(browser.search, "ab")
    qtbot.keyClick(browser.search, Qt.Key.Key_Delete)  # edits the text, deletes nothing
    assert answers.asked == ["ask_name", "confirm_delete"]


def test_share_to_clinic_copies_a_template_for_colleagues(browser, templates, clinic):
    browser.select(templates.get("acl-week-2"))
    assert browser.share_button.isEnabled()
    browser.share_button.click()
    shared = browser.selected()
    assert shared.origin == "clinic" and shared.name == "ACL week 2"
    colleague = TemplateLibrary(templates.exercises, clinic_folder=clinic)
    assert colleague.get(f"clinic:{shared.id}").name == "ACL week 2"
    browser.select(shared)
    assert not browser.share_button.isEnabled()  # already in the clinic library


def test_save_to_the_clinic_when_a_colleague_just_did_offers_a_copy(qtbot, templates,
                                                                  exercises, clinic,
                                                                  monkeypatch, answers):
    monkeypatch.setattr(SaveTemplateDialog, "get_details", classmethod(
        lambda cls, parent, suggested, can_share: TemplateDetails(
            "Knee plan", "mine", (), "clinic" if can_share else "user")))
    colleague = TemplateLibrary(exercises, clinic_folder=clinic)
    colleague.save_as_template(patient_handout(exercises), "Knee plan", "theirs",
                               origin="clinic")
    monkeypatch.setattr(SaveTemplateDialog, "confirm_replace",
                        classmethod(lambda cls, parent, message: True))
    answers.replies["conflict"] = "copy"
    saved = save_template_dialog.save_as_template(None, patient_handout(exercises), templates)
    assert saved.origin == "clinic" and saved.name == "Knee plan (copy)"
    folder = clinic / "templates"
    assert storage.load_template(folder / "knee-plan.json").description == "theirs"
    assert storage.load_template(folder / f"{saved.id}.json").description == "mine"
    assert "Zoë" not in (folder / f"{saved.id}.json").read_text(encoding="utf-8")


def test_choose_runs_the_real_modal_dialog(qtbot, templates, answers):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    def pick():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TemplateBrowser):
            QTimer.singleShot(10, pick)  # not shown yet
            return
        qtbot.keyClicks(dialog.search, "graft")
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    safety = QTimer()  # a broken test must fail, not hang the run
    safety.setSingleShot(True)
    safety.timeout.connect(lambda: QApplication.activeModalWidget()
                           and QApplication.activeModalWidget().reject())
    safety.start(10_000)
    QTimer.singleShot(0, pick)
    try:
        chosen = TemplateBrowser.choose(None, templates, None)
    finally:
        safety.stop()
    assert chosen is not None and chosen.id == "acl-week-2"


# ------------------------------------------------------------- the main window

def test_main_window_templates_action_starts_a_handout(qtbot, window, monkeypatch, libraries):
    _, library = libraries
    seen = []

    def choose(cls, parent, templates, clinic):
        seen.append((parent, templates))
        return templates.get("gluteus-medius-pain")

    monkeypatch.setattr(TemplateBrowser, "choose", classmethod(choose))
    assert "Templates…" in [a.text().replace("&", "") for a in
                            window.menuBar().actions()[0].menu().actions()]
    window.templates_action.trigger()
    assert seen == [(window, library)]
    assert window.document.handout.title == library.get("gluteus-medius-pain").handout.title
    assert len(window.document.handout.items) == \
        len(library.get("gluteus-medius-pain").handout.items)


def test_main_window_save_as_template_uses_the_dialog(qtbot, window, monkeypatch, libraries):
    _, library = libraries
    window.start_from_template(library.get("gluteus-medius-pain"))
    qtbot.keyClicks(window.editor.patient, "Zoe Smith")
    monkeypatch.setattr(SaveTemplateDialog, "get_details", classmethod(
        lambda cls, parent, suggested, can_share: TemplateDetails(
            "Runner's hip", "Weeks 1-3", ("hip", "running"))))
    window.template_action.trigger()
    saved = library.get("runners-hip")
    assert (saved.description, saved.tags) == ("Weeks 1-3", ["hip", "running"])
    assert "Zoe" not in (paths.user_templates() / "runners-hip.json").read_text("utf-8")
