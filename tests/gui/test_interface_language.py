"""The interface in other languages: Qt's translator, the .ts/.qm files, the setting.

The interface language changes menus and dialogs only; what prints follows the
handout's own language (and tests/core/test_i18n.py checks the printed date
under another process locale).
"""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from handout import paths
from handout.collection import Collection
from handout.gui import interface_language, vocabulary
from handout.model import EQUIPMENT, LEVELS, REGIONS

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import qt_translations  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%[1-9]")


@pytest.fixture
def spanish():
    interface_language.install("es")
    yield
    interface_language.uninstall()


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(context.findtext("name"), message.findtext("source"), message)
            for context in root.iter("context") for message in context.iter("message")]


def test_every_interface_language_ships_with_english_first():
    shipped = interface_language.shipped_languages()
    assert shipped[0] == "en"
    assert {"es", "pl"} <= set(shipped)
    for code in shipped:
        assert interface_language.translation_file(code).is_file()
        assert interface_language.translation_file(code).with_suffix(".ts").is_file()


def test_the_ts_files_are_current_with_the_source(tmp_path):
    """lupdate on a copy changes nothing: every tr() text is in every .ts, none left over."""
    for ts in qt_translations.ts_files():
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        qt_translations.update(copy)
        assert copy.read_text("utf-8") == ts.read_text("utf-8"), (
            f"{ts.name} is out of date with handout/gui: run "
            ".venv/bin/python tools/qt_translations.py and translate what is new")


def test_every_text_is_translated_with_the_same_placeholders():
    problems = []
    for ts in qt_translations.ts_files():
        found = messages(ts)
        assert len(found) > (10 if ts.name.endswith("_en.ts") else 300)
        for context, source, message in found:
            where = f"{ts.name} {context}: {source!r}"
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where}: {translation.get('type')}")
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] \
                if message.get("numerus") == "yes" else [translation.text or ""]
            expected = sorted(set(PLACEHOLDER.findall(source)))
            for form in forms:
                if not form.strip():
                    problems.append(f"{where}: empty")
                # Polish "1 strona" may spell out the number, but every {name} stays.
                elif sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != \
                        [p for p in expected if p != "%n"]:
                    problems.append(f"{where}: placeholders {form!r}")
                elif "&" in source and "&" not in form.replace("&apos;", ""):
                    problems.append(f"{where}: no keyboard accelerator in {form!r}")
    assert problems == []


def test_the_qm_files_are_compiled_from_the_ts(tmp_path):
    for ts in qt_translations.ts_files():
        fresh = qt_translations.release(ts, tmp_path / ts.with_suffix(".qm").name)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"{ts.with_suffix('.qm').name} is stale: run .venv/bin/python "
            "tools/qt_translations.py")


def test_the_library_vocabulary_is_listed_for_translation():
    listed = set(vocabulary.LABELS)
    assert set(REGIONS.values()) | set(EQUIPMENT.values()) | set(LEVELS) <= listed


def test_the_system_language_is_used_when_we_ship_it():
    assert interface_language.system_language(QLocale("es_MX")) == "es"
    assert interface_language.system_language(QLocale("pl_PL")) == "pl"
    assert interface_language.system_language(QLocale("de_DE")) == "en"
    assert interface_language.resolve("pl", QLocale("es_ES")) == "pl"
    assert interface_language.resolve("", QLocale("es_ES")) == "es"
    assert interface_language.resolve("xx", QLocale("de_DE")) == "en"  # a newer app's choice


def test_the_setting_round_trips_with_the_app_settings(tmp_path):
    collection = Collection()
    assert collection.interface_language() == ""
    collection.use_clinic_folder(tmp_path)
    collection.set_interface_language("pl")
    again = Collection()
    assert again.interface_language() == "pl"
    assert again.clinic_folder == tmp_path  # the clinic folder is kept beside it
    again.set_interface_language("")
    assert Collection().interface_language() == ""
    assert "interface_language" not in paths.settings_file().read_text("utf-8")


def test_a_broken_setting_falls_back_to_the_computers_language():
    paths.settings_file().write_text('{"format": "handout-settings", "version": 1, '
                                     '"settings": {"interface_language": 12}}')
    assert Collection().interface_language() == ""


def test_the_app_starts_in_the_chosen_language_with_a_translated_menu(make_window):
    collection = Collection()
    collection.set_interface_language("es")
    try:
        assert interface_language.install_chosen(collection) == "es"
        window = make_window()
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles == ["&Archivo", "&Editar", "A&yuda"]
        assert window.save_action.text() == "&Guardar"
        assert window.library_pane.region.itemText(0) == "Todas las zonas"
        assert window.editor.tabs.tabText(0).startswith("Ejercicios")
        # Qt's own words (standard buttons) come from qtbase_es.qm when PySide6 has it.
        if interface_language.qt_translation_file("es") is not None:
            assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    finally:
        interface_language.uninstall()
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_plural_forms_follow_the_interface_language(make_window):
    interface_language.install("pl")
    try:
        tr = lambda n: QCoreApplication.translate("MainWindow", "%n page(s)", "", n)  # noqa: E731
        assert [tr(n) for n in (1, 3, 5, 22)] == ["1 strona", "3 strony", "5 stron", "22 strony"]
    finally:
        interface_language.uninstall()
    interface_language.install("en")
    try:
        assert QCoreApplication.translate("MainWindow", "%n page(s)", "", 1) == "1 page"
        assert QCoreApplication.translate("MainWindow", "%n page(s)", "", 2) == "2 pages"
    finally:
        interface_language.uninstall()


def test_choosing_a_language_is_kept_and_said_in_that_language(window, monkeypatch):
    from handout.gui import dialogs
    shown = []
    monkeypatch.setattr(dialogs.Message, "info", classmethod(
        lambda cls, parent, title, text: shown.append((title, text))))
    entries = {a.data(): a for a in window.language_menu.actions()}
    assert set(entries) == {"", *interface_language.shipped_languages()}
    assert entries[""].isChecked()
    assert entries["pl"].text() == "Polski" and entries["es"].text() == "Español"
    entries["pl"].trigger()
    assert window.collection.interface_language() == "pl"
    assert shown == [("Język interfejsu", "Handout Builder będzie w języku: Polski przy "
                      "następnym uruchomieniu. Materiały nadal drukują się w języku każdego "
                      "materiału.")]
    assert window.menuBar().actions()[0].text() == "&File"  # applies at the next start
    entries["en"].trigger()
    assert window.collection.interface_language() == "en"
    assert len(shown) == 1  # English is what is showing already: only the status bar says so
    assert "English" in window.statusBar().currentMessage()


def test_the_interface_language_never_changes_what_prints(window, libraries):
    _, templates = libraries
    window.start_from_template(templates.get("gluteus-medius-pain"))
    english = window.render_pdf()
    interface_language.install("es")
    try:
        assert window.render_pdf() == english
    finally:
        interface_language.uninstall()


TEXT_SETTERS = {"setText", "setToolTip", "setStatusTip", "setPlaceholderText", "setWindowTitle",
                "addRow", "addTab", "addItem", "addButton", "addMenu", "setIconText",
                "setAccessibleName", "setSpecialValueText", "setSuffix", "setTabText",
                "setHeaderLabels", "showMessage", "status"}
TEXT_WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QAction", "QToolBar",
                "QRadioButton", "QTreeWidgetItem", "QListWidgetItem"}


def _literal(node) -> str | None:
    import ast
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.List):
        return " ".join(_literal(e) or "" for e in node.elts)
    return None


def test_no_words_reach_a_widget_without_tr():
    """A literal with words given straight to a widget would stay English."""
    import ast
    found = []
    for path in sorted((ROOT / "handout" / "gui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in TEXT_SETTERS or name in TEXT_WIDGETS:
                text = _literal(node.args[0])
                if text and re.search(r"[A-Za-z]{2}", re.sub(r"<[^>]+>|&\w+;", "", text)):
                    found.append(f"{path.name}:{node.lineno}: {name}({text!r})")
    assert found == []


def test_undo_step_names_are_said_in_the_interface_language(spanish):
    from handout import editing
    from handout.gui import undo_names
    labels = [label for label, _check in editing.HANDOUT_FIELDS.values()]
    labels += list(editing.ITEM_FIELDS.values()) + list(editing.DOSE_FIELDS.values())
    assert set(labels) <= set(undo_names.FIELDS)  # a new core field fails here
    assert undo_names.translate("Add Clamshell") == "Añadir Clamshell"
    assert undo_names.translate("Change hold of Bridge") == "Cambiar mantenimiento de Bridge"
    assert undo_names.translate("Edit patient name") == "Editar nombre del paciente"
    assert undo_names.translate("Something new") == "Something new"


def test_undo_step_names_stay_as_the_core_wrote_them_in_english():
    from handout.gui import undo_names
    for label in ("Add Clamshell", "Change hold of Bridge", "Edit patient name",
                  "Reset the dose of Bridge", 'Apply the template "Knee pain"',
                  "Swap Bridge for Single-leg bridge", "Move Clamshell"):
        assert undo_names.translate(label) == label
