"""The Translations dialog: the clinic edits and reviews our translations of its texts.

Opened through `TranslationDialog.edit(parent, collection, handout, clinic, ...)`
(tests patch it), which returns True when something was saved. Choose the language
and the item (the open handout's exercises and template first, then every other
exercise and template); the English is shown beside the translation for the name,
steps, cautions (and a template's title, education, advice and notes); edit; then
"Mark reviewed and save" with the clinician's name (from the clinic profile, and
editable) or "Save as draft". All the work is the core's
(`handout.i18n.editing` through `Collection.open_translation` / `save_translation`):
a colleague's save meanwhile is merged under this edit, never overwritten; a folder
that cannot be written is said in the dialog, and the text stays in it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from .. import i18n
from ..errors import ConflictError, HandoutError
from ..model import Clinic, Exercise, Handout, Template
from .dialogs import Ask, ConfirmsDiscard

SHORT_FIELDS = ("name", "title")
RTL = ("ar", "ur")


def _lines(english: str, width: int = 62) -> int:
    """About how many lines `english` takes in its column: the translation's box gets as
    many (two at least, twenty at most, then it scrolls)."""
    count = sum(max(1, -(-len(line) // width)) for line in english.split("\n"))
    return max(2, min(20, count))


class TranslationDialog(ConfirmsDiscard, QDialog):
    """One item's translation into one language, English beside it; see the module docstring."""

    #: A translation was saved (the preview and the editor's mark should follow).
    saved = Signal()

    def __init__(self, collection, handout: Handout | None = None,
                 clinic: Clinic | None = None, language: str | None = None,
                 item: Exercise | Template | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.collection = collection
        self.handout = handout
        self.edit_state = None  # the core's TranslationEdit shown now
        self.editors: list[tuple[object, QWidget, QLabel]] = []
        self.saved_any = False
        self.setWindowTitle(self.tr("Translations"))
        self.resize(980, 700)

        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in i18n.LANGUAGES:
            if code != i18n.SOURCE_LANGUAGE:
                self.language.addItem(i18n.language_label(code), code)
        wanted = language if language and language != "en" else \
            (handout.language if handout is not None and handout.language != "en" else
             (clinic.language if clinic is not None and clinic.language != "en" else ""))
        if wanted and self.language.findData(wanted) >= 0:
            self.language.setCurrentIndex(self.language.findData(wanted))
        self.item = QComboBox()
        self.item.setObjectName("item")
        self.item.setMinimumWidth(320)
        self.item.setMaxVisibleItems(25)
        self._fill_items(item)

        self.status_label = QLabel()
        self.status_label.setObjectName("translationStatus")
        self.status_label.setWordWrap(True)
        self.where_label = QLabel()
        self.where_label.setObjectName("savedWhere")
        self.where_label.setWordWrap(True)
        self.where_label.setStyleSheet("color: #555;")

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setVerticalSpacing(6)
        self.grid.setHorizontalSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(self.grid_host)
        self.scroll = scroll

        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.reviewer = QLineEdit(clinic.therapist if clinic is not None else "")
        self.reviewer.setObjectName("reviewer")
        self.reviewer.setPlaceholderText(self.tr("Clinician's name"))
        self.reviewer.setToolTip(self.tr("The clinician who checked every text against the "
                                         "English; saved with today's date"))
        self.review_button = QPushButton(self.tr("Mark &reviewed and save"))
        self.review_button.setObjectName("markReviewed")
        self.draft_button = QPushButton(self.tr("&Save as draft"))
        self.draft_button.setObjectName("saveDraft")
        self.draft_button.setToolTip(self.tr("Save your changes; the translation stays "
                                             "marked as a draft until a clinician reviews it"))
        self.close_button = QPushButton(self.tr("Close"))

        top = QHBoxLayout()
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        item_label = QLabel(self.tr("&Text of:"))
        item_label.setBuddy(self.item)
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addSpacing(12)
        top.addWidget(item_label)
        top.addWidget(self.item, 1)
        bottom = QHBoxLayout()
        reviewer_label = QLabel(self.tr("Reviewed &by:"))
        reviewer_label.setBuddy(self.reviewer)
        bottom.addWidget(reviewer_label)
        bottom.addWidget(self.reviewer, 1)
        bottom.addWidget(self.review_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.draft_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.where_label)
        layout.addLayout(bottom)

        self._shown_choice = (self.language.currentData(), self.item.currentData())
        self.language.currentIndexChanged.connect(self._choice_changed)
        self.item.currentIndexChanged.connect(self._choice_changed)
        self.review_button.clicked.connect(self.mark_reviewed)
        self.draft_button.clicked.connect(self.save_draft)
        self.close_button.clicked.connect(self.reject)
        self.reviewer.textChanged.connect(self._update_buttons)
        self.show_item()

    # ------------------------------------------------------------ choosing

    def _fill_items(self, chosen: Exercise | Template | None) -> None:
        """The handout's exercises and template first, then the rest of the library."""
        from ..i18n.editing import templates_of
        exercises = self.collection.exercises
        templates = self.collection.templates
        first: list[tuple[str, tuple[str, str]]] = []
        seen: set[tuple[str, str]] = set()
        if self.handout is not None:
            for item in self.handout.items:
                key = ("exercise", item.exercise.id)
                if key not in seen and item.exercise.id in exercises:
                    seen.add(key)
                    first.append((item.exercise.name, key))
            for template in templates_of(self.handout, templates):
                key = ("template", template.id)
                if key not in seen:
                    seen.add(key)
                    first.append((self.tr("Template: %1").replace("%1", template.name), key))
        if first:
            self._heading(self.tr("In this handout"))
            for label, key in first:
                self.item.addItem(label, key)
        self._heading(self.tr("Exercises"))
        for exercise in sorted(exercises.all(), key=lambda e: e.name.casefold()):
            if ("exercise", exercise.id) not in seen:
                self.item.addItem(exercise.name, ("exercise", exercise.id))
        self._heading(self.tr("Templates"))
        for template in sorted(templates.all(), key=lambda t: t.name.casefold()):
            if ("template", template.id) not in seen:
                self.item.addItem(template.name, ("template", template.id))
        index = -1
        if chosen is not None:
            index = self.item.findData(("exercise" if isinstance(chosen, Exercise)
                                        else "template", chosen.id))
        if index < 0:
            index = next(i for i in range(self.item.count()) if self.item.itemData(i))
        self.item.setCurrentIndex(index)

    def _heading(self, text: str) -> None:
        """A group title in the item list (shown, not chosen)."""
        self.item.addItem(f"— {text} —", None)
        model = self.item.model()
        row = model.item(self.item.count() - 1)
        row.setEnabled(False)
        font = row.font()
        font.setBold(True)
        row.setFont(font)

    def current_item(self) -> Exercise | Template | None:
        key = self.item.currentData()
        if not key:
            return None
        kind, item_id = key
        try:
            if kind == "exercise":
                return self.collection.exercises.get(item_id)
            return self.collection.templates.get(item_id)
        except HandoutError:
            return None

    def _choice_changed(self, _index: int) -> None:
        choice = (self.language.currentData(), self.item.currentData())
        if choice == self._shown_choice:
            return
        if self.has_changes() and not Ask.discard_changes(self, self.discard_what):
            self._restore_choice()
            return
        self._shown_choice = choice
        self.show_item()

    def _restore_choice(self) -> None:
        language, key = self._shown_choice
        for combo, value in ((self.language, language), (self.item, key)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)

    @property
    def discard_what(self) -> str:  # type: ignore[override]
        edit = self.edit_state
        name = edit.item_name if edit is not None else ""
        return self.tr("the translation of \"%1\"").replace("%1", name)

    def has_changes(self) -> bool:
        self._collect()
        return self.edit_state is not None and self.edit_state.changed

    # ------------------------------------------------------------ showing

    def show_item(self, edit=None, notice: str = "") -> None:
        """Show the chosen item's translation (or `edit`, e.g. after a merge)."""
        item = self.current_item()
        if edit is None and item is not None:
            try:
                edit = self.collection.open_translation(item, self.language.currentData())
            except HandoutError as error:
                edit = None
                notice = str(error)
        self.edit_state = edit
        self._clear_grid()
        if edit is None:
            self.status_label.setText("")
            self._show_notice(notice or self.tr("Choose an exercise or a template."), True)
            self._update_buttons()
            return
        self._show_status()
        direction = Qt.LayoutDirection.RightToLeft if edit.language in RTL else \
            Qt.LayoutDirection.LeftToRight
        header = [QLabel(f"<b>{self.tr('English')}</b>"),
                  QLabel(f"<b>{edit.language_label}</b>")]
        self.grid.addWidget(header[0], 0, 1)
        self.grid.addWidget(header[1], 0, 2)
        row = 1
        if any("{" in unit.english and "|" in unit.english for unit in edit.units):
            hint = QLabel(self.tr("Words in braces are side words: {left|right} prints "
                                  "\"left\" when the left side is treated and \"right\" "
                                  "for the right. Keep the braces and write both forms in "
                                  "the same order, e.g. {lewą|prawą}."))
            hint.setObjectName("sideHint")
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            self.grid.addWidget(hint, row, 0, 1, 3)
            row += 1
        for unit in edit.units:
            label = QLabel(unit.label)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            english = QLabel(unit.english)
            english.setWordWrap(True)
            english.setTextFormat(Qt.TextFormat.PlainText)
            english.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            english.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            english.setMinimumWidth(200)
            if unit.field in SHORT_FIELDS:
                editor = QLineEdit(unit.text)
                editor.textEdited.connect(lambda _t: self._edited())
            else:
                editor = QPlainTextEdit(unit.text)
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(editor.fontMetrics().lineSpacing() *
                                      (_lines(unit.english) + 1) + 10)
                editor.textChanged.connect(self._edited)
            editor.setObjectName(f"translation_{row - 1}")
            editor.setLayoutDirection(direction)
            editor.setToolTip(self._origin_text(unit))
            warning = QLabel()
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #a11;")
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(english, row, 1)
            self.grid.addWidget(editor, row, 2, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(warning, row + 1, 2)
            self.editors.append((unit, editor, warning))
            row += 2
        if edit.stale:
            stale = QLabel(self._stale_text(edit))
            stale.setObjectName("staleStrings")
            stale.setWordWrap(True)
            stale.setTextFormat(Qt.TextFormat.RichText)
            stale.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            stale.setStyleSheet("QLabel { background: #fff4e0; border: 1px solid #e0b060; "
                                "padding: 6px; }")
            self.grid.addWidget(stale, row, 0, 1, 3)
            row += 1
        self.grid.setRowStretch(row, 1)
        where = self.tr("Saved in the clinic library, for everyone: %1") if \
            edit.origin == "clinic" else \
            self.tr("Saved in your own folder (no clinic library folder is set): %1")
        text = where.replace("%1", str(edit.path))
        if edit.overridden_by is not None:
            text += " " + self.tr("Your own translation file (%1) is printed instead of the "
                                  "clinic's on this computer.").replace("%1",
                                                                        str(edit.overridden_by))
        self.where_label.setText(text)
        self._show_notice(notice, bool(notice))
        self._check()
        self._update_buttons()

    def _origin_text(self, unit) -> str:
        return {"bundled": self.tr("Our draft translation"),
                "clinic": self.tr("Your clinic's translation"),
                "user": self.tr("Your own translation"),
                }.get(unit.origin, self.tr("Not translated yet: the English prints"))

    def _stale_text(self, edit) -> str:
        from html import escape
        rows = "".join(f"<li><i>{escape(s.english)}</i><br>→ {escape(s.text)}</li>"
                       for s in edit.stale)
        title = escape(self.tr("The English changed since these were translated"))
        detail = escape(self.tr("they no longer print. Translate the new English above; "
                                "marking it reviewed removes these."))
        return f"<b>{title}</b> — {detail}<ul>{rows}</ul>"

    def _show_status(self) -> None:
        edit = self.edit_state
        if edit.status == "reviewed":
            when = i18n.catalog("en").format_date(edit.reviewed_on) if edit.reviewed_on else ""
            text = self.tr("Reviewed by %1").replace("%1", edit.reviewed_by)
            if when:
                text += " " + self.tr("on %1").replace("%1", when)
            style = "color: #1d6b2f;"
        elif edit.status == "missing":
            text = self.tr("Not translated yet: the English prints.")
            style = "color: #8a5a00;"
        else:
            text = self.tr("Draft: not yet checked by a clinician.")
            style = "color: #8a5a00;"
        missing = len(edit.empty())
        if missing and edit.status != "missing":
            text += " " + self.tr("%1 text(s) not translated (printed in English).").replace(
                "%1", str(missing))
        self.status_label.setText(f"<b>{text}</b>")
        self.status_label.setStyleSheet(style)

    def _clear_grid(self) -> None:
        self.editors = []
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)

    def _show_notice(self, text: str, problem: bool) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet("color: #a11;" if problem else "color: #1d6b2f;")
        self.notice.setVisible(bool(text))

    # ------------------------------------------------------------ editing

    def _collect(self) -> None:
        for unit, editor, _warning in self.editors:
            unit.text = editor.text() if isinstance(editor, QLineEdit) else \
                editor.toPlainText()

    def _edited(self) -> None:
        self._collect()
        self._check()
        self._update_buttons()

    def _check(self) -> None:
        for unit, _editor, warning in self.editors:
            problems = unit.problems()
            warning.setText("; ".join(problems))
            warning.setVisible(bool(problems))

    def _update_buttons(self) -> None:
        edit = self.edit_state
        self.draft_button.setEnabled(edit is not None and edit.changed)
        self.review_button.setEnabled(edit is not None and bool(self.reviewer.text().strip()))

    def set_translation(self, row: int, text: str) -> None:
        """Type `text` as the translation of the `row`th string (for tests and scripts)."""
        _unit, editor, _warning = self.editors[row]
        if isinstance(editor, QLineEdit):
            editor.setText(text)
            self._edited()
        else:
            editor.setPlainText(text)

    # ------------------------------------------------------------ saving

    def mark_reviewed(self) -> bool:
        return self._save(self.reviewer.text())

    def save_draft(self) -> bool:
        return self._save(None)

    def _save(self, reviewed_by: str | None) -> bool:
        edit = self.edit_state
        if edit is None:
            return False
        self._collect()
        try:
            self.collection.save_translation(edit, reviewed_by=reviewed_by)
        except ConflictError as error:
            if getattr(error, "file", None) is None:  # being saved right now: try again
                self._show_notice(str(error), True)
            else:
                self._merge_colleagues(edit, error)
            return False
        except HandoutError as error:
            self._show_notice(str(error), True)
            return False
        self.saved_any = True
        self.saved.emit()
        done = self.tr("Saved: marked reviewed by %1.").replace("%1", reviewed_by.strip()) \
            if reviewed_by is not None else self.tr("Saved as a draft.")
        self.show_item(notice=done)
        self.notice.setStyleSheet("color: #1d6b2f;")
        return True

    def _merge_colleagues(self, edit, error: ConflictError) -> None:
        """A colleague saved this translation meanwhile: theirs, with these changes on top."""
        try:
            self.collection.reload_translations()
            item = self.current_item()
            fresh = self.collection.open_translation(item, edit.language)
        except HandoutError as trouble:
            self._show_notice(f"{error} {trouble}", True)
            return
        merged = edit.rebase(fresh)
        message = str(error)
        self.show_item(merged, message[:1].upper() + message[1:] + ". " + self.tr(
            "Their version is shown now, with your changes on top; nothing was saved. "
            "Check it, then save again."))

    @classmethod
    def edit(cls, parent: QWidget | None, collection, handout: Handout | None = None,
             clinic: Clinic | None = None, language: str | None = None,
             item: Exercise | Template | None = None, on_saved=None) -> bool:
        """Open the dialog; True when a translation was saved. `on_saved` is called
        after each save (to redraw the preview at once)."""
        dialog = cls(collection, handout, clinic, language, item, parent)
        if on_saved is not None:
            dialog.saved.connect(on_saved)
        dialog.exec()
        return dialog.saved_any
