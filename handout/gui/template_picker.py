"""The self.tr("New handout") dialog: pick a template (or an empty handout) with a search box.

Opened only through `TemplatePicker.get_template(parent, templates, exercises)`,
which tests patch. Returns the chosen `Template` (`TemplatePicker.EMPTY` for
an empty handout) or None when cancelled. Matches are ranked by relevance
(`handout.template_ranking`: name, condition tags, body region, description,
exercises), so "knee" then Enter opens a knee template.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QVBoxLayout, QWidget)

from ..model import Template
from ..template_ranking import rank
from ..templates import exercise_ids, exercise_names

TemplateRole = Qt.ItemDataRole.UserRole + 1


class TemplatePicker(QDialog):
    """A searchable list of templates, with "Empty handout" first."""

    # Named in English here (a class attribute), shown translated (`_name`, `_description`).
    EMPTY = Template(id="empty", name=QT_TRANSLATE_NOOP("TemplatePicker", "Empty handout"),
                     description=QT_TRANSLATE_NOOP(
                         "TemplatePicker",
                         "Start with a blank page and add exercises from the library."))

    def __init__(self, templates: list[Template], parent: QWidget | None = None,
                 exercises=None) -> None:
        super().__init__(parent)
        self.exercises = exercises
        self.setWindowTitle(self.tr("New handout"))
        self.resize(520, 480)
        self.templates = [self.EMPTY, *templates]
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search templates by condition, body part or exercise"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(48)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start from a template, or from an empty handout:")))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.accept)
        self.list.currentItemChanged.connect(self._describe)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.search.installEventFilter(self)
        self.refresh()

    def regions(self, template: Template) -> list[str]:
        """The body regions of a template's exercises (for ranking "knee", "back")."""
        if self.exercises is None:
            return []
        return [self.exercises.get(i).region for i in exercise_ids(template)
                if i in self.exercises]

    def refresh(self) -> None:
        text = self.search.text()
        self.list.clear()
        found = [self.EMPTY] + rank(self.templates[1:], text, self.regions, exercise_names) \
            if not text.split() else rank(self.templates[1:], text, self.regions,
                                          exercise_names)
        for template in found:
            # Names only: a lazily loaded template is not read in full just to be listed.
            count = len(exercise_names(template))
            suffix = "" if template is self.EMPTY else \
                "  (" + (self.tr("%n exercise(s), yours", "", count) if template.origin == "user"
                         else self.tr("%n exercise(s)", "", count)) + ")"
            name = self.tr(template.name) if template is self.EMPTY else template.name
            item = QListWidgetItem(name + suffix)
            item.setData(TemplateRole, template)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.description.setText(
                self.tr("No template matches. Clear the search to see them all."))

    def _describe(self, current: QListWidgetItem | None, _previous=None) -> None:
        if current is not None:
            template = current.data(TemplateRole)
            exercises = ", ".join(exercise_names(template))
            description = self.tr(template.description) if template is self.EMPTY \
                else template.description
            self.description.setText(description + ("\n" + self.tr("Exercises: {names}").format(
                names=exercises) if exercises else ""))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.search and event.type() == event.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.list.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.list.count():
                self.list.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def selected(self) -> Template | None:
        item = self.list.currentItem()
        return item.data(TemplateRole) if item is not None else None

    @classmethod
    def get_template(cls, parent: QWidget | None, templates: list[Template],
                     exercises=None) -> Template | None:
        """Ask which template to start from; `EMPTY` for an empty handout, None if cancelled.

        `exercises` (the exercise library) lets "knee" find templates by body region.
        """
        dialog = cls(templates, parent, exercises)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.selected()
