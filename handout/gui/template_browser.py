"""The template browser: find, preview, open, rename, duplicate, delete, share templates.

Opened only through `TemplateBrowser.choose(parent, templates, clinic)`, which
returns the template to start a handout from (or None). Every question it asks
goes through a classmethod of `BrowserDialogs`, so tests replace them with
`monkeypatch` and no modal dialog ever blocks a run.

Templates are listed in groups: Favourites first, then My templates, Clinic
and Bundled. The preview is the real PDF (`pdf.render` of a fresh handout from
the template), rendered in the background when a template is selected and
kept per template while the browser is open. All the work is done by
`handout.templates.TemplateLibrary`; this module only shows it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ..errors import ConflictError, HandoutError
from ..model import Clinic, Template
from ..templates import (ORIGIN_LABELS, TemplateExistsError, TemplateLibrary, TrashEntry,
                         exercise_names, key)
from .dialogs import conflict_choice
from .page_view import PdfPageView
from .render_worker import PreviewRenderer

TemplateRole = Qt.ItemDataRole.UserRole + 1
TEMPLATE_FILTER = QT_TRANSLATE_NOOP("BrowserDialogs", "Handout template (*.json)")
PREVIEW_DELAY_MS = 120  # arrowing through the list renders only where the therapist stops
GROUPS = (("favourites", QT_TRANSLATE_NOOP("TemplateBrowser", "★ Favourites")),
          ("user", QT_TRANSLATE_NOOP("TemplateBrowser", "My templates")),
          ("clinic", QT_TRANSLATE_NOOP("TemplateBrowser", "Clinic")),
          ("bundled", QT_TRANSLATE_NOOP("TemplateBrowser", "Bundled (read-only)")))
# The core's ORIGIN_LABELS, as the interface shows them.
ORIGIN_NAMES = {"bundled": QT_TRANSLATE_NOOP("TemplateBrowser", "Bundled"),
                "user": QT_TRANSLATE_NOOP("TemplateBrowser", "My templates"),
                "clinic": QT_TRANSLATE_NOOP("TemplateBrowser", "Clinic")}


def origin_name(origin: str) -> str:
    return QCoreApplication.translate("TemplateBrowser",
                                      ORIGIN_NAMES.get(origin, ORIGIN_LABELS.get(origin, origin)))


class BrowserDialogs:
    """Every modal question the browser asks; tests patch these classmethods."""

    @classmethod
    def ask_name(cls, parent: QWidget | None, title: str, label: str,
                 text: str) -> str | None:
        name, ok = QInputDialog.getText(parent, title, label, text=text)
        return name.strip() if ok and name.strip() else None

    @classmethod
    def confirm_delete(cls, parent: QWidget | None, template: Template) -> bool:
        text = (QCoreApplication.translate(
            "BrowserDialogs", "Move \"{name}\" from the clinic library (for everyone) to the "
            "trash?\n\nYou can restore it later with Restore from trash.")
            if template.origin == "clinic" else QCoreApplication.translate(
            "BrowserDialogs", "Move \"{name}\" from My templates to the trash?\n\nYou can "
            "restore it later with Restore from trash."))
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("BrowserDialogs", "Delete template?"),
            text.format(name=template.name))
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def choose_from_trash(cls, parent: QWidget | None,
                          entries: list[TrashEntry]) -> TrashEntry | None:
        labels = [QCoreApplication.translate("BrowserDialogs",
                                             "{name}  ({origin}, deleted {when})")
                  .format(name=e.name, origin=origin_name(e.origin),
                          when=f"{e.deleted_at:%Y-%m-%d %H:%M}") for e in entries]
        label, ok = QInputDialog.getItem(
            parent, QCoreApplication.translate("BrowserDialogs", "Restore from trash"),
            QCoreApplication.translate("BrowserDialogs", "Template to restore:"), labels, 0, False)
        return entries[labels.index(label)] if ok and label in labels else None

    @classmethod
    def export_path(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate(
            "BrowserDialogs", "Export template"), str(suggested),
                                              QCoreApplication.translate("BrowserDialogs",
                                                                         TEMPLATE_FILTER))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".json" else path.with_name(path.name + ".json")

    @classmethod
    def import_path(cls, parent: QWidget | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate(
            "BrowserDialogs", "Import template"), str(Path.home()),
                                              QCoreApplication.translate("BrowserDialogs",
                                                                         TEMPLATE_FILTER))
        return Path(name) if name else None

    @classmethod
    def import_clash(cls, parent: QWidget | None, existing: Template) -> str:
        """"copy", "replace" or "cancel" when an imported template's id is taken."""
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("BrowserDialogs", "Template already there"),
                          QCoreApplication.translate(
                              "BrowserDialogs", "You already have \"{name}\" ({origin}).").format(
                              name=existing.name, origin=origin_name(existing.origin)),
                          parent=parent)
        box.setInformativeText(QCoreApplication.translate(
            "BrowserDialogs", "Import the file as a copy next to it, or replace it?"))
        copy_button = box.addButton(QCoreApplication.translate("BrowserDialogs", "Import as copy"),
                                    QMessageBox.ButtonRole.AcceptRole)
        replace_button = box.addButton(QCoreApplication.translate("BrowserDialogs", "Replace"),
                                       QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return {copy_button: "copy", replace_button: "replace"}.get(box.clickedButton(),
                                                                    "cancel")

    @classmethod
    def conflict(cls, parent: QWidget | None, message: str) -> str:
        """"copy", "reload" or "cancel" after someone else changed the file."""
        title = QCoreApplication.translate("BrowserDialogs", "Changed by someone else")
        return conflict_choice(parent, title, message,
                               QCoreApplication.translate("BrowserDialogs", "Save as copy"),
                               QCoreApplication.translate("BrowserDialogs", "Reload"))

    @classmethod
    def clinic_folder(cls, parent: QWidget | None, current: Path | None) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate(
            "BrowserDialogs", "Clinic library folder (shared)"),
                                                str(current or Path.home()))
        return Path(name) if name else None

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)


class TemplateBrowser(QDialog):
    """Templates grouped by where they come from, with a search box and a PDF preview."""

    #: The preview shows a new PDF. Argument: the template's key ("origin:id").
    preview_ready = Signal(str)
    #: The preview could not be drawn. Argument: the message (or a bug's traceback).
    preview_failed = Signal(str)

    def __init__(self, templates: TemplateLibrary, clinic: Clinic | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Templates"))
        self.resize(1040, 680)
        self.templates = templates
        self.clinic = clinic
        self.chosen: Template | None = None
        self._pdf_cache: dict[str, bytes] = {}
        self._wanted: str | None = None  # key of the template the preview should show

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, tag or exercise"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Template"), self.tr("Exercises")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Templates"))
        self.notice = QLabel()
        self.notice.setObjectName("templateNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { background: #fff4e5; color: #5c3b00; "
                                  "padding: 6px; border-radius: 4px; }")
        self.notice.hide()

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.view = PdfPageView()
        self.view.setAccessibleName(self.tr("Preview of the template's handout"))
        self.view.setMinimumWidth(380)
        self.view.document_shown.connect(self._pdf_shown)
        self.view.failed.connect(self._render_failed)
        self.preview_message = QLabel()
        self.preview_message.setWordWrap(True)
        self.preview_message.hide()

        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setDefault(True)
        self.open_button.setToolTip(self.tr("Start a new handout from this template"))
        self.favourite_button = QPushButton(self.tr("☆ Favourite"))
        self.favourite_button.setCheckable(True)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(
            self.tr("Copy into My templates, where you can change it"))
        self.share_button = QPushButton(self.tr("Share to clinic"))
        self.share_button.setToolTip(self.tr("Copy into the clinic library for your colleagues"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Move to the trash (you can restore it)"))
        self.restore_button = QPushButton(self.tr("Restore from trash…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save this template to a file to give a colleague"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Add a template file to My templates"))
        self.clinic_button = QPushButton(self.tr("Clinic folder…"))
        self.clinic_button.setToolTip(self.tr("Choose the shared folder of the clinic library"))
        self.close_button = QPushButton(self.tr("Close"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.notice)
        left_layout.addWidget(self.tree, 1)
        manage = QHBoxLayout()
        for button in (self.rename_button, self.duplicate_button, self.share_button,
                       self.delete_button):
            manage.addWidget(button)
        left_layout.addLayout(manage)
        share = QHBoxLayout()
        for button in (self.restore_button, self.export_button, self.import_button,
                       self.clinic_button):
            share.addWidget(button)
        left_layout.addLayout(share)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.favourite_button)
        right_layout.addLayout(heading)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.preview_message)
        right_layout.addWidget(self.view, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 540])
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.render_preview)
        self.renderer = PreviewRenderer(self)
        self.renderer.rendered.connect(self._rendered)
        self.renderer.failed.connect(self._render_failed)
        self._rendering: str | None = None

        self.search.textChanged.connect(lambda _text: self.refresh())
        self.search.returnPressed.connect(self.open_selected)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.tree.itemActivated.connect(lambda item, _col: self.open_selected()
                                        if item.data(0, TemplateRole) else None)
        self.open_button.clicked.connect(self.open_selected)
        self.close_button.clicked.connect(self.reject)
        self.favourite_button.clicked.connect(self.toggle_favourite)
        self.rename_button.clicked.connect(self.rename_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.share_button.clicked.connect(self.share_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button.clicked.connect(self.restore_from_trash)
        self.export_button.clicked.connect(self.export_selected)
        self.import_button.clicked.connect(self.import_file)
        self.clinic_button.clicked.connect(self.choose_clinic_folder)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        # Only while the list has focus, so F2 and Delete still edit the search text.
        for keys, slot in ((QKeySequence(Qt.Key.Key_F2), self.rename_selected),
                           (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected)):
            shortcut = QShortcut(keys, self.tree, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.search.installEventFilter(self)
        self.refresh()
        self.search.setFocus()

    # ------------------------------------------------------------ the list

    def refresh(self, select: Template | None = None) -> None:
        """Fill the list from the library (filtered by the search), keeping the selection."""
        keep = key(select) if select is not None else \
            (key(self.selected()) if self.selected() is not None else None)
        found = self.templates.search(self.search.text())
        favourites = self.templates.favourites()
        self.tree.blockSignals(True)
        self.tree.clear()
        first = current = None
        for group, label in GROUPS:
            members = [t for t in found if (key(t) in favourites) == (group == "favourites")
                       and (group == "favourites" or t.origin == group)]
            if not members:
                continue
            header = QTreeWidgetItem([f"{self.tr(label)}  ({len(members)})"])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            self.tree.addTopLevelItem(header)
            header.setFirstColumnSpanned(True)  # only takes effect once in the tree
            for template in members:
                name = template.name
                if group == "favourites":
                    name += f"  · {origin_name(template.origin)}"
                row = QTreeWidgetItem(["   " + name, str(len(exercise_names(template)))])
                row.setData(0, TemplateRole, template)
                row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight
                                     | Qt.AlignmentFlag.AlignVCenter)
                tip = template.description or template.name
                if template.tags:
                    tip += "\n" + self.tr("Tags: {tags}").format(tags=", ".join(template.tags))
                row.setToolTip(0, tip)
                self.tree.addTopLevelItem(row)
                first = first or row
                if keep is not None and key(template) == keep and current is None:
                    current = row
        self.tree.blockSignals(False)
        if self.tree.topLevelItemCount() == 0:
            header = QTreeWidgetItem(
                [self.tr("No template matches. Clear the search to see them all.")])
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(header)
        self.tree.setCurrentItem(current or first)
        self._show_notice()
        self._selection_changed()

    def _show_notice(self) -> None:
        lines = []
        if self.templates.clinic_error:
            lines.append(self.templates.clinic_error)
        if self.templates.problems:
            names = ", ".join(p.path.name for p in self.templates.problems[:3])
            more = len(self.templates.problems) - 3
            if more > 0:
                names = self.tr("{names} and %n more", "", more).format(names=names)
            lines.append(self.tr("%n template file(s) could not be read ({names}); hover here "
                                 "for the reasons.", "", len(self.templates.problems)).format(
                                     names=names))
        self.notice.setText("\n".join(lines))
        self.notice.setToolTip("\n".join(p.reason for p in self.templates.problems))
        self.notice.setVisible(bool(lines))

    def rows(self) -> list[Template]:
        """The templates in the order shown (a favourite appears once, in Favourites)."""
        return [item.data(0, TemplateRole) for item in
                (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
                if item.data(0, TemplateRole) is not None]

    def group_labels(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(0).split("  (")[0]
                for i in range(self.tree.topLevelItemCount())
                if self.tree.topLevelItem(i).data(0, TemplateRole) is None]

    def select(self, template: Template) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            found = item.data(0, TemplateRole)
            if found is not None and key(found) == key(template):
                self.tree.setCurrentItem(item)
                return

    def selected(self) -> Template | None:
        item = self.tree.currentItem()
        return item.data(0, TemplateRole) if item is not None else None

    def eventFilter(self, watched, event) -> bool:
        if watched is self.search and event.type() == event.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            rows = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
            rows = [r for r in rows if r.data(0, TemplateRole) is not None]
            current = self.tree.currentItem()
            index = rows.index(current) if current in rows else -1
            index += 1 if event.key() == Qt.Key.Key_Down else -1
            if 0 <= index < len(rows):
                self.tree.setCurrentItem(rows[index])
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ the selection

    def _selection_changed(self) -> None:
        template = self.selected()
        has = template is not None
        writable = has and not self.templates.is_read_only(template)
        for button in (self.open_button, self.duplicate_button, self.export_button,
                       self.favourite_button):
            button.setEnabled(has)
        self.rename_button.setEnabled(writable)
        self.delete_button.setEnabled(writable)
        self.share_button.setEnabled(has and self.templates.clinic_dir is not None
                                     and template.origin != "clinic"
                                     and not self.templates.clinic_error)
        why = self.tr("Bundled templates are read-only: duplicate one to change it")
        self.rename_button.setToolTip(why if has and not writable
                                      else self.tr("Give it a new name (F2)"))
        self.delete_button.setToolTip(why if has and not writable else
                                      self.tr("Move to the trash (you can restore it)"))
        if not has:
            self.title.setText("")
            self.details.setText("")
            self.favourite_button.setChecked(False)
            self.favourite_button.setText(self.tr("☆ Favourite"))
            self._wanted = None
            self.view.clear()
            self.preview_message.setText(self.tr("Choose a template to see its printout."))
            self.preview_message.show()
            return
        favourite = self.templates.is_favourite(template)
        self.favourite_button.setChecked(favourite)
        self.favourite_button.setText(
            self.tr("★ Favourite") if favourite else self.tr("☆ Favourite"))
        self.title.setText(f"<b style='font-size:14pt'>{_escape(template.name)}</b>"
                           f"<br><span style='color:#555'>"
                           f"{origin_name(template.origin)}"
                           + (" · " + self.tr("read-only") if template.origin == "bundled"
                              else "")
                           + "</span>")
        lines = []
        if template.description:
            lines.append(template.description)
        if template.tags:
            lines.append(self.tr("Tags: {tags}").format(tags=", ".join(template.tags)))
        names = exercise_names(template)
        lines.append(self.tr("%n exercise(s)", "", len(names))
                     + (": " + ", ".join(names) if names else ""))
        self.details.setText("\n".join(lines))
        self._wanted = key(template)
        cached = self._pdf_cache.get(self._wanted)
        if cached is not None:
            self._load_pdf(cached)
        else:
            self.view.clear()  # never show one template's printout under another's name
            self.preview_message.setText(self.tr("Drawing the preview…"))
            self.preview_message.show()
            self.timer.start()

    # ------------------------------------------------------------ the preview

    def render_preview(self) -> None:
        """Render the selected template's handout (in the background)."""
        template = self.selected()
        if template is None:
            return
        try:
            handout = template.new_handout()  # a lazy template's file is fully read here
        except HandoutError as error:
            self._render_failed(str(error), False)
            self._show_notice()
            return
        self._rendering = key(template)
        self.renderer.request(handout, self.clinic,
                              self.templates.collection.resources(handout, self.clinic))

    def _rendered(self, data: bytes, _seconds: float) -> None:
        if self._rendering is None:
            return
        self._pdf_cache[self._rendering] = data
        if self._rendering == self._wanted:
            self._load_pdf(data)

    def _render_failed(self, message: str, is_bug: bool) -> None:
        # A bug's traceback is for the log, not for the therapist.
        self.preview_message.setText(self.tr("The preview could not be drawn.") if is_bug else
                                     self.tr("The preview could not be drawn: {problem}").format(
                                         problem=message))
        self.preview_message.show()
        self.preview_failed.emit(message)

    def _load_pdf(self, data: bytes) -> None:
        self.view.set_pdf(data, to_top=True)

    def _pdf_shown(self, _serial: int) -> None:
        self.preview_message.hide()
        self.preview_ready.emit(self._wanted or "")

    def preview_pages(self) -> int:
        return self.view.page_count()

    @property
    def busy(self) -> bool:
        return self.timer.isActive() or self.renderer.busy

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        self.timer.stop()
        self.renderer.wait(10_000)  # never leave a job writing to a closed dialog
        super().done(result)

    # ------------------------------------------------------------ actions

    def _run(self, title: str, action, *args):
        """Run a library action; errors are shown, never raised."""
        try:
            return action(*args)
        except HandoutError as error:
            BrowserDialogs.error(self, title, str(error))
            return None

    def open_selected(self) -> None:
        template = self.selected()
        if template is None:
            return
        try:
            template.handout  # noqa: B018 - a file that fails the full check says so now
        except HandoutError as error:
            BrowserDialogs.error(self, self.tr("Could not open the template"), str(error))
            self._show_notice()
            return
        self.chosen = template
        self.accept()

    def toggle_favourite(self) -> None:
        template = self.selected()
        if template is None:
            return
        try:
            self.templates.set_favourite(template, not self.templates.is_favourite(template))
        except HandoutError as error:
            BrowserDialogs.error(self, self.tr("Could not mark the favourite"), str(error))
        self.refresh(select=template)

    def rename_selected(self) -> None:
        template = self.selected()
        if template is None or self.templates.is_read_only(template):
            return
        name = BrowserDialogs.ask_name(self, self.tr("Rename template"), self.tr("New name:"),
                                       template.name)
        if name is None or name == template.name:
            return
        self._save_safely(self.tr("Could not rename the template"),
                          lambda: self.templates.rename(template, name), template, name)

    def _save_safely(self, title: str, action, template: Template,
                     copy_name: str | None = None) -> None:
        """Run a save; if a colleague changed the file meanwhile, offer copy or reload."""
        try:
            action()
        except ConflictError as error:
            answer = BrowserDialogs.conflict(self, str(error))
            if answer == "copy":
                copy_ = self._run(title, self.templates.save_copy, template, None, copy_name)
                if copy_ is not None:
                    self.refresh(select=copy_)
            elif answer == "reload":
                fresh = self._run(self.tr("Could not reload the template"),
                                  self.templates.reload_template, template)
                self._pdf_cache.pop(key(template), None)
                self.refresh(select=fresh)
            return
        except HandoutError as error:
            BrowserDialogs.error(self, title, str(error))
            return
        self._pdf_cache.pop(key(template), None)
        self.refresh(select=template)

    def duplicate_selected(self) -> None:
        template = self.selected()
        if template is None:
            return
        copy_ = self._run(self.tr("Could not duplicate the template"), self.templates.duplicate,
                          template)
        if copy_ is not None:
            self.refresh(select=copy_)

    def share_selected(self) -> None:
        template = self.selected()
        if template is None:
            return
        # Before colleagues see it: dates of birth, phones, e-mails, id numbers (issue 16).
        from .. import privacy
        from .privacy_dialog import PrivacyDialog
        try:
            findings = privacy.find_personal_details(
                template.handout, patient_name="",
                extra={"Template name": template.name, "Description": template.description})
        except HandoutError as error:
            BrowserDialogs.error(self, self.tr("Could not share the template"), str(error))
            return
        if findings:
            chosen = PrivacyDialog.review(self, findings, "shared with colleagues")
            if chosen is None:
                return
            clean, texts = privacy.redact(template.handout, chosen)
            template = Template(id=template.id, name=texts.get("Template name", template.name)
                                .strip() or template.name,
                                description=texts.get("Description", template.description),
                                tags=list(template.tags), handout=clean, origin=template.origin)
        shared = self._run(self.tr("Could not share the template"), self.templates.duplicate,
                           template, template.name, "clinic")
        if shared is not None:
            self.refresh(select=shared)

    def delete_selected(self) -> None:
        template = self.selected()
        if template is None or self.templates.is_read_only(template):
            return
        if not BrowserDialogs.confirm_delete(self, template):
            return
        if self._run(self.tr("Could not delete the template"), self.templates.delete,
                     template) is not None:
            self._pdf_cache.pop(key(template), None)
            self.refresh()

    def restore_from_trash(self) -> None:
        entries = self.templates.list_trash()
        if not entries:
            BrowserDialogs.error(self,
                self.tr("Restore from trash"), self.tr("The trash is empty."))
            return
        entry = BrowserDialogs.choose_from_trash(self, entries)
        if entry is None:
            return
        restored = self._run(
            self.tr("Could not restore the template"), self.templates.restore, entry)
        if restored is not None:
            self.refresh(select=restored)

    def export_selected(self) -> None:
        template = self.selected()
        if template is None:
            return
        path = BrowserDialogs.export_path(self, Path.home() / f"{template.id}.json")
        if path is not None:
            self._run(
                self.tr("Could not export the template"), self.templates.export, template, path)

    def import_file(self) -> None:
        path = BrowserDialogs.import_path(self)
        if path is None:
            return
        try:
            template = self.templates.import_file(path)
        except TemplateExistsError as error:
            answer = BrowserDialogs.import_clash(self, error.existing)
            if answer == "cancel":
                return
            template = self._run(
                self.tr("Could not import the template"), self.templates.import_file,
                                 path, answer == "replace", answer == "copy")
        except HandoutError as error:
            BrowserDialogs.error(self, self.tr("Could not import the template"), str(error))
            return
        if template is not None:
            self._pdf_cache.pop(key(template), None)
            self.search.clear()
            self.refresh(select=template)

    def choose_clinic_folder(self) -> None:
        folder = BrowserDialogs.clinic_folder(self, self.templates.clinic_folder)
        if folder is None:
            return
        try:
            # The owner remembers it, and reads the folder's templates and exercises.
            self.templates.collection.use_clinic_folder(folder)
        except HandoutError as error:
            BrowserDialogs.error(self, self.tr("Could not remember the clinic folder"), str(error))
            return
        self._pdf_cache.clear()
        self.refresh()

    # ------------------------------------------------------------ entry point

    @classmethod
    def choose(cls, parent: QWidget | None, templates: TemplateLibrary,
               clinic: Clinic | None = None) -> Template | None:
        """Browse the templates; the one to start a handout from, or None."""
        dialog = cls(templates, clinic, parent)
        try:
            dialog.exec()
            return dialog.chosen
        finally:
            dialog.deleteLater()  # a child of the window otherwise, kept until it closes


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
