"""The editor for the selected exercise: dose, side, notes, this patient's steps, progressions.

Every change goes through `handout.editing` (undoable, one step per field).
The dose fields take natural input ("8-12", "1 min", "2x a day") and say next
to them what they refuse (`dose_fields`). "Easier" and "Harder" swap the
exercise for a version the library names, keeping the dose and the notes,
as one undo step. Steps start as the library text; editing them makes a copy
for this patient, and self.tr("Reset to library text") goes back (undoably).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QMenu, QPushButton,
                               QVBoxLayout, QWidget)

from .. import editing, progressions, sides
from ..errors import HandoutError
from ..library import ExerciseLibrary
from ..model import Exercise
from .document import HandoutDocument
from .dose_fields import DoseFields
from .fields import PlainTextEdit, show_text


def parse_steps(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class ItemEditor(QWidget):
    """Shows and edits `document.handout.items[row]`."""

    def __init__(self, document: HandoutDocument, library: ExerciseLibrary | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.library = library
        self.row = -1

        self.heading = QLabel()
        self.heading.setObjectName("itemHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.easier = QPushButton(self.tr("◀ Easier"))
        self.harder = QPushButton(self.tr("Harder ▶"))
        for button, direction in ((self.easier, "easier"), (self.harder, "harder")):
            button.setObjectName(f"item_{direction}")
            button.clicked.connect(lambda _c=False, d=direction: self.progress(d))
            button.setAutoDefault(False)
        self.dose = DoseFields()
        self.notes = PlainTextEdit()
        self.steps = PlainTextEdit()
        self.reset_steps = QPushButton(self.tr("Reset to library text"))

        self.notes.setPlaceholderText(
            self.tr("Notes for this patient (printed under the exercise)"))
        self.steps.setPlaceholderText(self.tr("One step per line"))
        self.steps.setToolTip(self.tr("The instructions printed for this patient, one step per "
                                      "line.\nChanges apply to this handout only."))
        self.reset_steps.setToolTip(self.tr("Use the library's wording for the steps again"))
        self.notes.setFixedHeight(58)
        self.notes.setObjectName("item_notes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.steps.setObjectName("item_steps")
        self.steps.setAccessibleName(self.tr("Steps"))
        # The old names, for code that reaches a field directly.
        self.sets, self.work, self.hold, self.rest = (self.dose.sets, self.dose.work,
                                                      self.dose.hold, self.dose.rest)
        self.reps = self.work
        self.frequency, self.side, self.load = (self.dose.frequency, self.dose.side,
                                                self.dose.load)

        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.easier)
        header.addWidget(self.harder)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Notes"), self.notes)
        steps_header = QHBoxLayout()
        steps_header.addWidget(QLabel(self.tr("Steps for this patient")))
        steps_header.addStretch(1)
        steps_header.addWidget(self.reset_steps)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.dose)
        layout.addLayout(form)
        layout.addLayout(steps_header)
        layout.addWidget(self.steps, 1)

        self.dose.edited.connect(self._dose_edited)
        self.notes.textChanged.connect(
            lambda: self._set_field("notes", self.notes.toPlainText()))
        self.steps.textChanged.connect(self._steps_edited)
        self.reset_steps.clicked.connect(self._reset_steps)
        document.changed.connect(self.refresh)
        QWidget.setTabOrder(self.dose.load, self.notes)
        QWidget.setTabOrder(self.notes, self.steps)
        QWidget.setTabOrder(self.steps, self.reset_steps)
        self.set_row(-1)

    def set_row(self, row: int) -> None:
        if row != self.row:
            for field in self.dose.fields:
                field.revert()  # refused text belongs to the exercise it was typed for
        self.row = row
        self.refresh()

    def _item(self):
        items = self.document.handout.items
        return items[self.row] if 0 <= self.row < len(items) else None

    # ------------------------------------------------------------ edits

    def _dose_edited(self, name: str, value) -> None:
        if self._item() is None:
            return
        row = self.row
        change = self.document.edit(lambda h: editing.set_dose_field(h, row, name, value))
        if not change.changed:
            self.refresh()

    def _set_field(self, field: str, value) -> None:
        item = self._item()
        if item is None or getattr(item, field) == value:
            return
        row = self.row
        self.document.edit(lambda h: editing.set_item_field(h, row, field, value))

    def _reset_steps(self) -> None:
        item = self._item()
        if item is not None and item.steps is not None:
            row = self.row
            # A deliberate step of its own: never merged into the typing before it.
            self.document.edit(lambda h: editing.set_item_field(h, row, "steps", None,
                                                                merge=False))

    def _steps_edited(self) -> None:
        item = self._item()
        if item is None:
            return
        steps = parse_steps(self.steps.toPlainText())
        if steps != item.effective_steps:
            value = None if steps == item.exercise.steps else steps
            row = self.row
            self.document.edit(lambda h: editing.set_item_field(h, row, "steps", value))

    # ------------------------------------------------------ progressions

    def variants(self, direction: str) -> list[Exercise]:
        item = self._item()
        if item is None or self.library is None:
            return []
        return progressions.variants(self.library, item.exercise, direction)

    def progress(self, direction: str, exercise_id: str | None = None) -> bool:
        """Swap the exercise for its easier/harder version (the first, or `exercise_id`)."""
        item = self._item()
        found = self.variants(direction)
        if exercise_id is not None:
            found = [e for e in found if e.id == exercise_id]
        if item is None or not found:
            return False
        choice, row = found[0], self.row
        label = (self.tr("Make {name} easier: {choice}") if direction == "easier" else
                 self.tr("Make {name} harder: {choice}")).format(name=item.exercise.name,
                                                                 choice=choice.name)
        try:
            self.document.edit(lambda h: editing.swap_exercise(h, row, choice, label))
        except HandoutError:
            return False
        return True

    def _update_progress_buttons(self) -> None:
        for button, direction in ((self.easier, "easier"), (self.harder, "harder")):
            found = self.variants(direction)
            button.setEnabled(bool(found))
            if len(found) > 1:
                menu = QMenu(button)
                for exercise in found:
                    menu.addAction(exercise.name, lambda d=direction, i=exercise.id:
                                   self.progress(d, i))
                button.setMenu(menu)
            else:
                button.setMenu(None)
            names = ", ".join(e.name for e in found)
            key = "Ctrl+[" if direction == "easier" else "Ctrl+]"
            button.setToolTip(
                self.tr("Swap for {names}, keeping the dose and notes ({key})").format(
                    names=names, key=key) if found else
                self.tr("The library names no easier version") if direction == "easier" else
                self.tr("The library names no harder version"))

    # ------------------------------------------------------------ refresh

    def refresh(self) -> None:
        item = self._item()
        self.setEnabled(item is not None)
        if item is None:
            self.heading.setText(self.tr("Select an exercise to set its dose and notes."))
            self.dose.clear()
            for widget in (self.notes, self.steps):
                show_text(widget, "")
            self.reset_steps.setEnabled(False)
            self._update_progress_buttons()
            return
        self.heading.setText(item.exercise.name)
        # "Prints as" in the handout language: what the patient will read.
        self.dose.set_language(self.document.handout.language)
        self.dose.show_dose(item.effective_dose)
        self.dose.show_line(sides.dose_line(item, self.dose.phrasebook))
        show_text(self.notes, item.notes)
        if parse_steps(self.steps.toPlainText()) != item.effective_steps:
            show_text(self.steps, "\n".join(item.effective_steps))
        self.reset_steps.setEnabled(item.steps is not None)
        self._update_progress_buttons()
