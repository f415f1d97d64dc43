"""The main window: three panes (library, handout editor, live preview) and every action.

File operations, printing and the clinic profile are here because they are
what the menus and toolbar do; each shows a `HandoutError` in plain words and
leaves the window usable. Everything that lives in a folder (libraries,
usage, clinic profile, photos for the preview) comes from the window's
`Collection`. Dialogs are opened only through the classmethods in
`dialogs`, `template_picker`, `clinic_dialog` and `printing`, so tests can
replace them.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (QAction, QActionGroup, QCloseEvent, QDesktopServices, QIcon,
                           QKeySequence, QShowEvent)
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QToolBar, QWidget

from .. import paths, storage
from ..collection import Collection
from ..errors import HandoutError, StorageError, ValidationError
from ..library import ExerciseLibrary, TemplateLibrary
from ..model import Clinic, Handout, LayoutOptions, Template
from . import autosave, clinic_profile, interface_language
from .commands import InsertItem, MoveItem, RemoveItem
from .dialogs import Ask, FileDialogs, Message
from .document import HandoutDocument
from .editor_pane import EditorPane
from .library_pane import LibraryPane
from .preview import PreviewPane
from .settings import GuiSettings
from .shortcuts import ShortcutGuard, ShortcutSheet
from .thumbnails import ThumbnailCache

APP_NAME = "Handout Builder"
DEFAULT_SIZE = QSize(1400, 900)
STATUS_MS = 6000
LANGUAGE_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Interface language")
LANGUAGE_NEXT_START = QT_TRANSLATE_NOOP(
    "MainWindow", "Handout Builder will be in {language} the next time you start it. "
    "Handouts still print in each handout's own language.")


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        path = paths.ICONS / f"handout-builder-{size}.png"
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    return icon


def shows_errors(what: str):
    """Decorate an action: a HandoutError becomes a message box titled `what`.

    `what` is marked with `QT_TRANSLATE_NOOP("MainWindow", ...)` and translated
    when it is shown (the interface language is not known when classes are made).
    """
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except HandoutError as error:
                self.show_error(QCoreApplication.translate("MainWindow", what), error)
                return None
        return wrapper
    return decorate


def safe_file_name(text: str) -> str:
    """`text` without characters that file systems refuse, for suggested file names."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    return re.sub(r"\s+", " ", cleaned).strip(" .")


def slug(text: str) -> str:
    value = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return value[:80].strip("-") or "my-template"


class MainWindow(QMainWindow):
    """Library | handout editor | preview, with menus, toolbar and status bar."""

    #: Emitted once, the first time the window is shown (startup measurement).
    first_shown = Signal()

    def __init__(self, exercises: Collection | ExerciseLibrary,
                 templates: TemplateLibrary | None = None, clinic: Clinic | None = None,
                 startup_problems: list[HandoutError] | None = None) -> None:
        super().__init__()
        interface_language.ensure_installed()  # app.main installed the chosen one already
        # The app passes its Collection; older callers pass the two libraries.
        self.collection = exercises if isinstance(exercises, Collection) else \
            templates.collection  # type: ignore[union-attr]
        self.exercises = exercises = self.collection.exercises
        self.templates = self.collection.templates
        self.clinic = clinic if clinic is not None else clinic_profile.default_clinic()
        self.startup_problems = list(startup_problems or [])
        self.settings = GuiSettings()
        self.last_export: Path | None = None
        # Whose PDF it is: "Open Exported PDF" never opens another patient's file.
        self._export_owner: tuple[int, str] | None = None
        self._page_map: tuple[bytes | None, list[int]] = (None, [])
        self._shown = False

        self.document = HandoutDocument(self.blank_handout(), self)
        self.thumbnails = ThumbnailCache(accent=self.clinic.accent_color, parent=self,
                                         photo_path=self.collection.photo_path)
        self.usage = self.collection.usage
        self.library_pane = LibraryPane(exercises, self.thumbnails, usage=self.usage)
        self.editor = EditorPane(self.document, exercises, self.thumbnails)
        self.preview = PreviewPane(self.preview_source)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for pane in (self.library_pane, self.editor, self.preview):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.library_pane.setMinimumWidth(180)
        self.preview.setMinimumWidth(200)
        self._auto_panes = False  # set once the saved layout is known (below)
        self.splitter.setSizes(self.pane_sizes(self.default_size().width()))
        self.splitter.splitterMoved.connect(self._panes_moved)
        self.setCentralWidget(self.splitter)

        self.autosave = autosave.Autosave(self.document, parent=self)
        self.pages_label = QLabel()
        self.statusBar().addPermanentWidget(self.pages_label)
        self.setWindowIcon(app_icon())
        self._make_actions()
        self._make_menus()
        self._make_toolbar()

        self.shortcut_guard = ShortcutGuard(self, on_question_mark=self.show_shortcuts)
        self._set_tab_order()
        self.library_pane.add_requested.connect(self.add_exercise)
        self.editor.selection_changed.connect(self._selection_changed)
        self.document.changed.connect(self.preview.schedule)
        self.document.changed.connect(
            lambda: self.library_pane.set_language(self.document.handout.language))
        self.document.replaced.connect(self.preview.start_over)
        self.document.changed.connect(self._update_title)
        self.document.items_changed.connect(self._selection_changed)
        self.document.undo_stack.cleanChanged.connect(self._clean_changed)
        self.document.path_changed.connect(self._update_title)
        self.document.replaced.connect(self._forget_export)
        self.document.changed.connect(self._update_export_action)
        self.preview.refreshed.connect(self._preview_refreshed)
        self.preview.render_failed.connect(self._render_failed)
        self.preview.render_crashed.connect(self._render_crashed)
        self.autosave.failed.connect(self._autosave_failed)

        self.editor.template_hint.setVisible(not self.settings.text("hints/templates_seen"))
        self.editor.template_hint_requested.connect(self.new_handout)
        self.editor.template_hint_closed.connect(self._hide_template_hint)
        self.editor.translations_requested.connect(self.edit_translations)
        self.resize(self.default_size())
        self._restore_layout()
        self._auto_panes = self.settings.bytes("main/splitter") is None
        self._update_title()
        self._update_item_actions()

    # ------------------------------------------------------------- building

    def _action(self, text: str, slot, shortcut=None, tip: str = "",
                icon: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip + (f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                                     if shortcut is not None else ""))
        if icon:
            action.setIcon(QIcon.fromTheme(icon))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("&New…"), self.new_handout, K.New,
            self.tr("Start a handout from a template or from scratch"), "document-new")
        self.templates_action = self._action(
            self.tr("&Templates…"), self.browse_templates, "Ctrl+Shift+N",
            self.tr("Find, preview, share and manage templates; start a handout from one"))
        self.open_action = self._action(self.tr("&Open…"), self.open_handout, K.Open,
                                        self.tr("Open a saved handout"), "document-open")
        self.save_action = self._action(self.tr("&Save"), self.save, K.Save,
                                        self.tr("Save this handout to reopen next visit"),
                                        "document-save")
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, K.SaveAs,
                                           self.tr("Save this handout under a new name"),
                                           "document-save-as")
        self.template_action = self._action(
            self.tr("Save as &Template…"), self.save_as_template, None,
            self.tr("Save the exercises and advice as a template (patient details are left "
                    "out)"))
        self.export_action = self._action(
            self.tr("&Export PDF…"), self.export_pdf, "Ctrl+E",
            self.tr("Save the handout as a PDF file"), "document-export")
        self.print_action = self._action(self.tr("&Print…"), self.print_handout, K.Print,
                                         self.tr("Print the handout"), "document-print")
        self.open_pdf_action = self._action(
            self.tr("Open Exported P&DF"), self.open_exported_pdf, None,
            self.tr("Open the last exported PDF in your PDF viewer"))
        self.open_pdf_action.setEnabled(False)
        self.clinic_action = self._action(
            self.tr("&Clinic Profile…"), self.edit_clinic, None,
            self.tr("Your clinic's name, logo and contact details"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, K.Quit,
                                        self.tr("Close Handout Builder"))
        self.undo_action = self.document.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(K.Undo))
        self.undo_action.setIcon(QIcon.fromTheme("edit-undo"))
        self.undo_action.setIconText(self.tr("Undo"))  # the toolbar keeps a steady width
        self.undo_action.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        self.redo_action = self.document.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Both the Windows and the Linux/Mac habit, once each: a key listed twice is
        # "ambiguous" to Qt, and then neither works.
        redo_keys: list[QKeySequence] = []
        for key in [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"),
                    *QKeySequence.keyBindings(K.Redo)]:
            if key not in redo_keys:
                redo_keys.append(key)
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.setIcon(QIcon.fromTheme("edit-redo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.redo_action.setToolTip(self.tr("Redo what was undone (Ctrl+Y or Ctrl+Shift+Z)"))
        self.undo_action.setProperty("sheet_text", self.tr("Undo the last change"))
        self.redo_action.setProperty("sheet_text", self.tr("Redo what was undone"))
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.find_action = self._action(
            self.tr("&Find Exercise"), self.library_pane.focus_search, K.Find,
            self.tr("Search the exercise library"))
        self.add_action = self._action(
            self.tr("&Add to Handout"), self.add_selected_exercise, None,
            self.tr("Add the exercise selected in the library (or press Enter in the library)"))
        self.favourite_action = self._action(
            self.tr("Add to or Remove from &Favourites"), self.toggle_favourite, "Ctrl+D",
            self.tr("Star the selected library exercise; the region filter lists your "
                    "favourites"))
        # Only while the library has focus: Ctrl+D in the Patient field is not a star.
        self.removeAction(self.favourite_action)
        self.favourite_action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.library_pane.addAction(self.favourite_action)
        self.easier_action = self._action(
            self.tr("Make &Easier"), lambda: self.progress_selected("easier"), "Ctrl+[",
            self.tr("Swap the selected exercise for its easier version, keeping dose and notes"))
        self.harder_action = self._action(
            self.tr("Make &Harder"), lambda: self.progress_selected("harder"), "Ctrl+]",
            self.tr("Swap the selected exercise for its harder version, keeping dose and notes"))
        self.summary_action = self._action(
            self.tr("Copy &Summary"), self.copy_summary, "Ctrl+Shift+C",
            self.tr("Copy the programme as plain text, for the patient's notes"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "F1",
            self.tr("Every keyboard shortcut (F1, or ? where you are not typing)"))
        # The therapist's own exercises (handout.gui.exercise_editor).
        self.new_exercise_action = self._action(
            self.tr("New E&xercise…"), self.new_exercise, None,
            self.tr("Create your own exercise, with your own photos"))
        self.edit_exercise_action = self._action(
            self.tr("Edit or Duplicate E&xercise…"), self.edit_exercise, None,
            self.tr("Edit your own exercise, or duplicate a library exercise as your own"))
        self.translations_action = self._action(
            self.tr("T&ranslations…"), self.edit_translations, None,
            self.tr("Edit our translations of the exercises and templates, and mark them "
                    "reviewed by a clinician"))
        self.up_action = self._action(self.tr("Move &Up"), lambda: self.move_selected(-1),
                                      "Alt+Up", self.tr("Move the selected exercise up"))
        self.down_action = self._action(self.tr("Move Do&wn"), lambda: self.move_selected(1),
                                        "Alt+Down", self.tr("Move the selected exercise down"))
        self.remove_action = QAction(self.tr("&Remove from Handout"), self)
        self.remove_action.setShortcut(QKeySequence(K.Delete))
        self.remove_action.setStatusTip(self.tr("Take the selected exercise out of the handout"))
        # Only while the exercise list has focus, so Delete still edits text elsewhere.
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(lambda _c=False: self.remove_selected())
        self.editor.items.addAction(self.remove_action)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.templates_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action, self.template_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_action, self.open_pdf_action, self.print_action])
        file_menu.addSeparator()
        file_menu.addAction(self.clinic_action)
        self.language_menu = file_menu.addMenu(self.tr("Interface &Language"))
        self._fill_language_menu()
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.add_action])
        edit_menu.addActions([self.new_exercise_action, self.edit_exercise_action,
                              self.translations_action])
        self.library_pane.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        edit_menu.addAction(self.favourite_action)
        self.library_pane.list.addActions([self.add_action, self.favourite_action,
                                           self.new_exercise_action,
                                           self.edit_exercise_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.up_action, self.down_action, self.remove_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.easier_action, self.harder_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.summary_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        about = QAction(self.tr("&About Handout Builder"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new_action, self.open_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.export_action, self.print_action])
        self.addToolBar(toolbar)

    # -------------------------------------------------------------- helpers

    def preview_source(self) -> tuple:
        """What the preview renders: the handout, the clinic, and their photos and logo."""
        handout = self.document.handout
        return handout, self.clinic, self.collection.resources(handout, self.clinic)

    def blank_handout(self) -> Handout:
        return Handout(date=_dt.date.today(), therapist=self.clinic.therapist,
                       options=LayoutOptions(page_size=self.clinic.page_size))

    @staticmethod
    def pane_sizes(width: int) -> list[int]:
        """Library, editor and preview widths for a window `width` wide: on a 1024-pixel
        screen the editor keeps room for the patient's name and the dose fields."""
        library = max(190, min(320, round(width * 0.21)))
        editor = max(400, min(640, round(width * 0.36)))
        return [library, editor, max(200, width - library - editor)]

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Until the therapist drags a divider, the panes keep their proportions.
        if self._auto_panes:
            self.splitter.setSizes(self.pane_sizes(self.splitter.width() or self.width()))

    def default_size(self) -> QSize:
        """About 1400 x 900, but never larger than the screen."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return DEFAULT_SIZE
        available = screen.availableGeometry().size()
        return DEFAULT_SIZE.boundedTo(QSize(int(available.width() * 0.95),
                                            int(available.height() * 0.95)))

    def show_error(self, what: str, error: HandoutError) -> None:
        self.statusBar().showMessage(self.tr("{what}: {problem}").format(
            what=what, problem=error.message), STATUS_MS)
        Message.error(self, what, str(error))

    def status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MS)

    def _update_title(self) -> None:
        # Ending with the app's name stops Qt adding it again (Windows, Linux).
        self.setWindowTitle(f"{self.document.display_name()}[*] — {APP_NAME}")
        self.setWindowModified(self.document.modified)

    def _clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _selection_changed(self, _row: int) -> None:
        self._update_item_actions()
        self.show_selected_page()

    def show_selected_page(self) -> int:
        """Scroll the preview to the page the selected exercise starts on (from 1; 0: none).

        The pages come from the previewed PDF itself (its outline), so they are
        right for exactly what is shown.
        """
        row = self.editor.current_row()
        data = getattr(self.preview, "pdf_bytes", None)
        go = getattr(self.preview, "go_to_page", None)
        if row < 0 or not data or go is None:
            return 0
        if self._page_map[0] is not data:
            from ..pdf.outline import exercise_pages
            self._page_map = (data, exercise_pages(data))
        pages = self._page_map[1]
        if row >= len(pages):
            return 0
        if self.preview.current_page() != pages[row] - 1:
            go(pages[row] - 1)
        return pages[row]

    def _update_item_actions(self) -> None:
        row = self.editor.current_row()
        count = len(self.document.handout.items)
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < count - 1)
        self.remove_action.setEnabled(0 <= row < count)
        editor = self.editor.item_editor
        self.easier_action.setEnabled(bool(editor.variants("easier")))
        self.harder_action.setEnabled(bool(editor.variants("harder")))

    def _panes_moved(self, _position: int, _index: int) -> None:
        self._auto_panes = False  # the therapist's own widths, kept from now on

    def _hide_template_hint(self) -> None:
        """The first-run hint has done its job once templates were seen (or it was closed)."""
        self.editor.template_hint.hide()
        self.settings.set_text("hints/templates_seen", "yes")

    def _set_tab_order(self) -> None:
        """Tab from the search box goes straight to the dose of the exercise just added."""
        item = self.editor.item_editor
        dose = item.dose
        editor = self.editor
        library = self.library_pane
        chain = [library.search, dose.sets, dose.work, dose.hold, dose.rest, dose.frequency,
                 dose.side, dose.load, item.notes, item.easier, item.harder, item.steps,
                 item.reset_steps, editor.items, editor.patient, editor.date, editor.therapist,
                 editor.page_size, editor.title, editor.layout_choice, editor.tabs,
                 library.list, library.region, library.equipment]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _preview_refreshed(self, _generation: int) -> None:
        # Follow the selected exercise after an edit to an exercise or to the layout
        # (its page moves); an edit to the advice or the name leaves the page alone.
        change, self.document.last_change = self.document.last_change, None
        if change is not None and (change.structure or change.item is not None
                                   or change.field.startswith("options.")):
            self.show_selected_page()
        pages = self.preview.page_count()
        items = len(self.document.handout.items)
        self.pages_label.setText(self.tr("%n exercise(s)", "", items) + " · "
                                 + self.tr("%n page(s)", "", pages))

    def _render_failed(self, message: str) -> None:
        self.status(self.tr("Preview not updated: {problem}").format(problem=message))

    def _autosave_failed(self, message: str) -> None:
        self.status(self.tr("Could not keep a recovery copy: {problem}").format(problem=message))

    def _render_crashed(self, details: str) -> None:
        from .crash import write_log
        path = write_log("Preview rendering failed:\n" + details)
        self.status(self.tr("The preview could not be drawn; details in {path}").format(path=path))

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        keys = [("Ctrl+N", self.tr("new handout from a template")),
                ("Ctrl+F", self.tr("find an exercise")),
                ("Enter", self.tr("add the highlighted exercise")),
                ("Alt+Up / Alt+Down", self.tr("move the selected exercise")),
                ("Delete", self.tr("remove it (in the exercise list)")),
                ("Ctrl+Z / Ctrl+Y", self.tr("undo / redo")),
                ("Ctrl+S", self.tr("save")), ("Ctrl+E", self.tr("export PDF")),
                ("Ctrl+P", self.tr("print"))]
        rows = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in keys)
        QMessageBox.about(self, self.tr("About Handout Builder"),
                          "<p><b>Handout Builder</b><br>"
                          + self.tr("Illustrated exercise handouts for your patients, made "
                                    "during the consultation. Offline: nothing leaves this "
                                    "computer.")
                          + "</p><p>" + self.tr("Keyboard:") + f"</p><table>{rows}</table>")

    # ------------------------------------------------------- window state

    def _restore_layout(self) -> None:
        geometry = self.settings.bytes("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.bytes("main/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.bytes("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        items = self.settings.bytes("main/exercises_splitter")
        if items is not None:
            self.editor.exercises_splitter.restoreState(items)

    def _save_layout(self) -> None:
        self.settings.set_bytes("main/geometry", self.saveGeometry())
        self.settings.set_bytes("main/state", self.saveState())
        self.settings.set_bytes("main/splitter", self.splitter.saveState())
        self.settings.set_bytes("main/exercises_splitter",
                                self.editor.exercises_splitter.saveState())
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            if self._auto_panes:
                self.splitter.setSizes(self.pane_sizes(self.width()))
            self.first_shown.emit()
            # The first render (and ReportLab's import) happens once the window is up.
            QTimer.singleShot(0, self.preview.render_now)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self._save_layout()
        self.autosave.discard()
        self.autosave.release()
        self.preview.shutdown()
        event.accept()

    def maybe_save(self) -> bool:
        """True when it is fine to drop the open handout (saved, discarded or unchanged)."""
        if not self.document.modified:
            return True
        answer = Ask.unsaved_changes(self, self.document.display_name())
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.autosave.discard()
            return True
        return False

    # ----------------------------------------------------------- startup

    def show_startup_problems(self) -> None:
        """Problems found while starting (clinic profile, library files), shown once."""
        problems, self.startup_problems = self.startup_problems, []
        for error in problems:
            self.show_error(self.tr("Clinic profile not loaded"), error)
        missing = getattr(self.exercises, "missing_variants", [])
        if missing:
            from .crash import write_log
            log = write_log("Easier/harder versions named but not in the library:\n"
                            + "\n".join(missing))
            self.status(self.tr("%n easier/harder version(s) are not in the library; see "
                                "{log}", "", len(missing)).format(log=log))
        unreadable = list(self.exercises.problems) + list(self.templates.problems)
        if unreadable:
            from .crash import write_log
            log = write_log("Library files that could not be read:\n" + "\n".join(
                f"{p.path}: {p.reason}" for p in unreadable))
            self.status(self.tr("%n library file(s) could not be read; see {log}", "",
                                len(unreadable)).format(log=log))

    def offer_recovery(self) -> bool:
        """If an earlier session left unsaved work behind, offer to restore it.

        Offered newest first; the first one accepted is restored (any others
        are offered at the next start). Declined ones are deleted.
        """
        for found in self.autosave.find_left_behind(self.exercises.get):
            if isinstance(found, HandoutError):
                autosave.discard_recovery(found.slot)
                self.show_error(self.tr("Could not restore your unsaved work"), found)
                continue
            name = found.handout.patient_name.strip() or self.tr("untitled handout")
            when = found.saved_at.replace("T", " ")
            description = self.tr("{name}, last changed {when}").format(
                name=name, when=when) if when else name
            if not Ask.restore_recovery(self, description):
                autosave.discard_recovery(found.slot)
                continue
            self.document.replace(found.handout, found.original_path, modified=True)
            # Ours now: kept safe in this window's slot until it is saved properly.
            self.autosave.save_now()
            if found.slot != self.autosave.slot:
                autosave.discard_recovery(found.slot)
            self.status(self.tr("Restored your unsaved work. Save it to keep it."))
            return True
        return False

    # -------------------------------------------------------- file actions

    @shows_errors(QT_TRANSLATE_NOOP("MainWindow", "Could not start a new handout"))
    def new_handout(self) -> bool:
        if not self.maybe_save():
            return False
        from .template_picker import TemplatePicker  # dialogs load when first opened
        self._hide_template_hint()
        template = TemplatePicker.get_template(self, self.templates.all(),
                                               exercises=self.exercises)
        if template is None:
            return False
        self.start_from_template(template)
        return True

    @shows_errors(QT_TRANSLATE_NOOP("MainWindow", "Could not open the templates"))
    def browse_templates(self) -> bool:
        """The template browser (issue 6); a chosen template starts a new handout."""
        from .template_browser import TemplateBrowser
        template = TemplateBrowser.choose(self, self.templates, self.clinic)
        self.library_pane.refresh()  # the clinic folder may have changed there
        if template is None or not self.maybe_save():
            return False
        self.start_from_template(template)
        return True

    def start_from_template(self, template: Template) -> None:
        handout = template.new_handout(patient_name="", date=_dt.date.today(),
                                       therapist=self.clinic.therapist,
                                       language=self.clinic.language)
        handout.options.page_size = self.clinic.page_size
        self.document.replace(handout)
        # Back from the picker: the window, not the closed dialog, takes the keys (so its
        # shortcuts work at once), ready for the patient's name.
        self.activateWindow()
        self.editor.patient.setFocus(Qt.FocusReason.OtherFocusReason)
        self.status(self.tr("New handout") if not template.handout.items
                    and template.id == "empty"
                    else self.tr("New handout from the template \"{name}\"").format(
                        name=template.name))

    @shows_errors(QT_TRANSLATE_NOOP("MainWindow", "Could not open the handout"))
    def open_handout(self) -> bool:
        if not self.maybe_save():
            return False
        path = FileDialogs.open_handout(self, self.settings.folder("handouts"))
        if path is None:
            return False
        return self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open a handout (or a template, as a new handout) file. Errors shown, not raised."""
        try:
            loaded = self.collection.load_file(path)
        except HandoutError as error:
            if isinstance(error, HandoutError) and not Path(path).exists():
                self.settings.remove_recent_file(Path(path))
            self.show_error(self.tr("Could not open the handout"), error)
            return False
        if isinstance(loaded, Template):
            self.start_from_template(loaded)
            return True
        self.document.replace(loaded, Path(path))
        self.settings.add_recent_file(Path(path))
        self.settings.set_folder("handouts", Path(path).parent)
        self.status(self.tr("Opened {path}").format(path=path))
        return True

    @shows_errors(QT_TRANSLATE_NOOP("MainWindow", "Could not save the handout"))
    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    @shows_errors(QT_TRANSLATE_NOOP("MainWindow", "Could not save the handout"))
    def save_as(self) -> bool:
        handout = self.document.handout
        name = safe_file_name(f"{handout.patient_name} {handout.date or ''}") or "Handout"
        folder = self.document.path.parent if self.document.path else \
            self.settings.folder("handouts")
        path = FileDialogs.save_handout(self, folder / f"{name}.handout.json")
        if path is None:
            return False
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        storage.save_handout(self.document.handout, path)
        self.document.set_path(path)
        self.document.mark_saved()
        self.settings.add_recent_file(path)
        self.settings.set_folder("handouts", path.parent)
        self.status(self.tr("Saved to {path}").format(path=path))
        return True

    @shows_errors(QT_TRANSLATE_NOOP("MainWindow", "Could not save the template"))
    def save_as_template(self) -> bool:
        from .save_template_dialog import save_as_template
        template = save_as_template(self, self.document.handout, self.templates)
        if template is None:
            return False
        self.status(self.tr("Saved the template \"{name}\" (no patient details) to {path}")
                    .format(name=template.name, path=self.templates.path_of(template)))
        return True

    def suggested_pdf_name(self) -> str:
        handout = self.document.handout
        date = (handout.date or _dt.date.today()).isoformat()
        return safe_file_name(f"{handout.patient_name.strip() or 'Handout'} {date}") + ".pdf"

    def render_pdf(self) -> bytes:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return self.collection.render(self.document.handout.copy(), self.clinic)
        finally:
            QApplication.restoreOverrideCursor()

    @shows_errors(QT_TRANSLATE_NOOP("MainWindow", "Could not export the PDF"))
    def export_pdf(self) -> Path | None:
        self.check_typed_doses()
        suggested = self.settings.folder("export") / self.suggested_pdf_name()
        path = FileDialogs.export_pdf(self, suggested)
        if path is None:
            return None
        data = self.render_pdf()
        storage.atomic_write(path, data)
        self.last_export = path
        self._export_owner = self._owner()
        self._update_export_action()
        self.settings.set_folder("export", path.parent)
        self.status(self.tr("Exported to {path}").format(path=path))
        return path

    @shows_errors(QT_TRANSLATE_NOOP("MainWindow", "Could not print the handout"))
    def print_handout(self) -> int:
        self.check_typed_doses()
        # QtPrintSupport loads on first use, not at startup.
        from .printing import PrintDialogs, page_count, print_pdf
        data = self.render_pdf()
        pages = page_count(data)
        printer = PrintDialogs.get_printer(self, self.document.handout.options.page_size, pages)
        if printer is None:
            return 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = print_pdf(data, printer)
        finally:
            QApplication.restoreOverrideCursor()
        self.status(self.tr("Sent %n page(s) to the printer", "", printed))
        return printed

    def check_typed_doses(self) -> None:
        """Refuse to print while a dose field holds text that was not used: the paper
        would say something else than the screen."""
        problems = self.editor.item_editor.dose.show_problems_now()
        if problems:
            item = self.document.handout.items[self.editor.current_row()]
            field, message = problems[0]
            raise ValidationError(self.tr(
                "{field} of {exercise}: {problem}. Fix it, or press Esc in the field to keep "
                "the handout's value, then try again.").format(
                    field=field, exercise=item.exercise.name, problem=message))

    def _owner(self) -> tuple[int, str]:
        handout = self.document.handout
        return id(handout), " ".join(handout.patient_name.split()).casefold()

    def _forget_export(self) -> None:
        self.last_export = None
        self._export_owner = None
        self._update_export_action()

    def _update_export_action(self) -> None:
        self.open_pdf_action.setEnabled(self.last_export is not None
                                        and self._export_owner == self._owner())

    @shows_errors(QT_TRANSLATE_NOOP("MainWindow", "Could not open the PDF"))
    def open_exported_pdf(self) -> bool:
        path = self.last_export
        if self._export_owner != self._owner():
            raise StorageError(self.tr("the last PDF was exported for another handout; "
                                       "export this one first (Ctrl+E)"))
        if path is None or not path.exists():
            raise StorageError(self.tr("there is no exported PDF to open yet; export one "
                                       "first (Ctrl+E)"), path=path)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            raise StorageError(self.tr("no PDF viewer could be started; open the file from "
                                       "your file manager"), path=path)
        return True

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for number, path in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{number}  {path.name}")
            action.setStatusTip(str(path))
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self._open_recent(p))
        if not files:
            empty = self.recent_menu.addAction(self.tr("No recent handouts"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear the list"))
            clear.triggered.connect(lambda _c=False: self.settings.clear_recent_files())

    def _fill_language_menu(self) -> None:
        """One checkable entry per shipped interface language, each in its own name."""
        group = QActionGroup(self.language_menu)
        chosen = self.collection.interface_language()
        if chosen not in interface_language.shipped_languages():
            chosen = ""
        system = interface_language.name(interface_language.system_language())
        entries = [("", self.tr("Same as the Computer ({language})").format(language=system))]
        entries += [(code, interface_language.name(code))
                    for code in interface_language.shipped_languages()]
        for code, text in entries:
            action = self.language_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, c=code: self.choose_interface_language(c))
        self.language_menu.setStatusTip(self.tr(
            "The language of menus and windows; the handout prints in its own language"))

    @shows_errors(QT_TRANSLATE_NOOP("MainWindow", "Could not change the interface language"))
    def choose_interface_language(self, code: str) -> str:
        """Remember the interface language; it applies at the next start (returns it)."""
        self.collection.set_interface_language(code)
        language = interface_language.resolve(code)
        if language == interface_language.Installed.language:
            self.status(self.tr("The interface stays in {language}.").format(
                language=interface_language.name(language)))
            return language
        # Said in the language just chosen: that is the one the therapist reads.
        title = interface_language.translate_in(language, "MainWindow", LANGUAGE_TITLE)
        text = interface_language.translate_in(language, "MainWindow", LANGUAGE_NEXT_START)
        Message.info(self, title, text.format(language=interface_language.name(language)))
        return language

    def _open_recent(self, path: Path) -> None:
        if self.maybe_save():
            self.open_path(path)

    @shows_errors(QT_TRANSLATE_NOOP("MainWindow", "Could not save the clinic profile"))
    def edit_clinic(self) -> bool:
        from .clinic_dialog import ClinicDialog
        changed = ClinicDialog.edit(self, self.clinic)
        if changed is None or changed == self.clinic:
            return False
        clinic_profile.save(changed, self.collection)
        self.clinic = changed
        if self.thumbnails.accent != changed.accent_color:
            self.thumbnails.accent = changed.accent_color
            self.thumbnails.clear()
            self.library_pane.list.viewport().update()
            self.editor.items.viewport().update()
        self.preview.schedule()
        self.status(self.tr("Clinic profile saved to {path}").format(
            path=self.collection.folders.clinic_profile_file))
        return True

    # ------------------------------------------------------ exercise list

    def add_exercise(self, exercise_id: str) -> None:
        try:
            if len(self.document.handout.items) >= storage.MAX_ITEMS:
                raise ValidationError(self.tr(
                    "a handout can hold at most {count} exercises; start a second handout "
                    "for the rest").format(count=storage.MAX_ITEMS))
            item = self.exercises.new_item(exercise_id)
        except HandoutError as error:
            self.show_error(self.tr("Could not add the exercise"), error)
            return
        self.document.undo_stack.push(InsertItem(self.document, item))
        self.usage.record_use(exercise_id)  # never interrupts: a failed save is only noted
        self.status(self.tr("Added {name}").format(name=item.exercise.name))

    def toggle_favourite(self) -> None:
        exercise_id = self.library_pane.current_exercise_id()
        try:
            starred = self.library_pane.toggle_favourite()
        except HandoutError as error:
            self.show_error(self.tr("Could not save your favourites"), error)
            return
        if starred is not None and exercise_id in self.exercises:
            name = self.exercises.get(exercise_id).name
            self.status((self.tr("{name} added to favourites") if starred else
                         self.tr("{name} removed from favourites")).format(name=name))

    def new_exercise(self) -> None:
        from .exercise_editor import ExerciseEditor
        self._exercises_changed(ExerciseEditor.edit(self, self.exercises))

    def edit_exercise(self) -> None:
        """Edit the selected exercise if it is the therapist's own, else duplicate it."""
        from .exercise_editor import ExerciseEditor
        exercise_id = self.library_pane.current_exercise_id()
        if exercise_id and exercise_id in self.exercises:
            self._exercises_changed(ExerciseEditor.edit(self, self.exercises,
                                                        self.exercises.get(exercise_id)))

    def edit_translations(self) -> bool:
        """The Translations dialog, on the selected exercise of the handout in its
        language; the preview and the draft mark follow each save."""
        from .translation_dialog import TranslationDialog
        handout = self.document.handout
        row = self.editor.current_row()
        item = handout.items[row].exercise if 0 <= row < len(handout.items) else None
        if item is not None and item.id not in self.exercises:
            item = None  # this patient's own copy: not in the library to translate
        elif item is not None:
            item = self.exercises.get(item.id)
        saved = TranslationDialog.edit(self, self.collection, handout, self.clinic,
                                       item=item, on_saved=self._translations_saved)
        return saved

    def _translations_saved(self) -> None:
        self.editor.refresh()
        self.preview.schedule()
        self.status(self.tr("Translation saved"))

    def _exercises_changed(self, saved) -> None:
        # The core reloaded the library; show it (new names, photos, deletions).
        self.thumbnails.clear()
        self.library_pane.fill_filters()
        self.library_pane.refresh()
        if saved is not None:
            self.status(self.tr("Saved {name} in your exercises").format(name=saved.name))

    def add_selected_exercise(self) -> None:
        exercise_id = self.library_pane.current_exercise_id()
        if exercise_id:
            self.add_exercise(exercise_id)

    def move_selected(self, step: int) -> None:
        row = self.editor.current_row()
        target = row + step
        if 0 <= row < len(self.document.handout.items) and \
                0 <= target < len(self.document.handout.items):
            self.document.undo_stack.push(MoveItem(self.document, row, target))

    def progress_selected(self, direction: str) -> bool:
        """Swap the selected exercise for its easier or harder version (one undo step)."""
        editor = self.editor.item_editor
        name = editor._item().exercise.name if editor._item() is not None else ""
        if not editor.progress(direction):
            self.status((self.tr("{name} has no easier version in the library")
                         if direction == "easier" else
                         self.tr("{name} has no harder version in the library")).format(
                             name=name) if name else self.tr("Select an exercise first"))
            return False
        self.status(self.document.undo_stack.undoText())
        return True

    def copy_summary(self) -> str:
        """The programme as plain text on the clipboard, for the patient's record."""
        from ..summary import summary
        text = summary(self.document.handout)
        QApplication.clipboard().setText(text)
        count = len(self.document.handout.items)
        self.status(self.tr("Copied the summary of %n exercise(s): paste it into the "
                            "patient's notes", "", count))
        return text

    def show_shortcuts(self) -> ShortcutSheet:
        sheet = self.findChild(ShortcutSheet)
        if sheet is not None:
            sheet.raise_()
            sheet.activateWindow()
            return sheet
        return ShortcutSheet.show_for(self)

    def remove_selected(self) -> None:
        row = self.editor.current_row()
        if 0 <= row < len(self.document.handout.items):
            self.document.undo_stack.push(RemoveItem(self.document, row))


