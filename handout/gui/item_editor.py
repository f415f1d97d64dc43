"""The editor for the selected exercise: dose, side, notes, and this patient's steps.

Every change is a `SetItemField` command. Steps start as the library text;
editing them makes a copy for this patient, and "Reset to library text"
goes back (undoably) to the library's wording.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QCompleter, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from ..model import SIDES
from .commands import SetItemField
from .document import HandoutDocument
from .fields import LineEdit, OptionalSpinBox, PlainTextEdit, show_choice, show_text

SIDE_CHOICES = {"both": "Both sides", "left": "Left side", "right": "Right side",
                "alternate": "Alternate sides"}
FREQUENCY_SUGGESTIONS = ["once a day", "twice a day", "three times a day",
                         "every other day", "three times a week"]


def parse_steps(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class ItemEditor(QWidget):
    """Shows and edits `document.handout.items[row]`."""

    def __init__(self, document: HandoutDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.row = -1

        self.heading = QLabel()
        self.heading.setObjectName("itemHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.sets = OptionalSpinBox(100)
        self.reps = OptionalSpinBox(1000)
        self.hold = OptionalSpinBox(3600, " s")
        self.rest = OptionalSpinBox(3600, " s")
        self.frequency = LineEdit()
        self.side = QComboBox()
        for side in SIDES:
            self.side.addItem(SIDE_CHOICES.get(side, side), side)
        self.load = LineEdit()
        self.notes = PlainTextEdit()
        self.steps = PlainTextEdit()
        self.reset_steps = QPushButton("Reset to library text")

        self.sets.setToolTip("Number of sets (– for none)")
        self.reps.setToolTip("Repetitions in each set (– for none)")
        self.hold.setToolTip("How long to hold each repetition, in seconds")
        self.rest.setToolTip("Rest between sets, in seconds")
        completer = QCompleter(FREQUENCY_SUGGESTIONS, self.frequency)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.frequency.setCompleter(completer)
        self.frequency.setPlaceholderText("e.g. twice a day")
        self.load.setPlaceholderText("e.g. red band, 2 kg")
        self.notes.setPlaceholderText("Notes for this patient (printed under the exercise)")
        self.steps.setPlaceholderText("One step per line")
        self.steps.setToolTip("The instructions printed for this patient, one step per line.\n"
                              "Changes apply to this handout only.")
        self.reset_steps.setToolTip("Use the library's wording for the steps again")
        self.notes.setFixedHeight(58)
        for name, widget in (("sets", self.sets), ("reps", self.reps), ("hold", self.hold),
                             ("rest", self.rest), ("frequency", self.frequency),
                             ("side", self.side), ("load", self.load), ("notes", self.notes),
                             ("steps", self.steps)):
            widget.setObjectName(f"item_{name}")
            widget.setAccessibleName(name.capitalize())

        dose = QGridLayout()
        for column, (label, widget) in enumerate((("Sets", self.sets), ("Reps", self.reps),
                                                  ("Hold", self.hold), ("Rest", self.rest))):
            caption = QLabel(label)
            caption.setBuddy(widget)
            dose.addWidget(caption, 0, column)
            dose.addWidget(widget, 1, column)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Frequency", self.frequency)
        side_load = QHBoxLayout()
        side_load.addWidget(self.side)
        load_label = QLabel("&Load")
        load_label.setBuddy(self.load)
        side_load.addWidget(load_label)
        side_load.addWidget(self.load, 1)
        side_label = QLabel("Si&de")
        side_label.setBuddy(self.side)
        form.addRow(side_label, side_load)
        form.addRow("&Notes", self.notes)
        steps_header = QHBoxLayout()
        steps_header.addWidget(QLabel("Steps for this patient"))
        steps_header.addStretch(1)
        steps_header.addWidget(self.reset_steps)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(dose)
        layout.addLayout(form)
        layout.addLayout(steps_header)
        layout.addWidget(self.steps, 1)

        for name, spin in (("sets", self.sets), ("reps", self.reps),
                           ("hold_seconds", self.hold), ("rest_seconds", self.rest)):
            spin.valueChanged.connect(
                lambda _v, n=name, s=spin: self._push(f"dose.{n}", s.value_or_none()))
        self.frequency.textEdited.connect(lambda t: self._push("dose.frequency", t))
        self.load.textEdited.connect(lambda t: self._push("dose.load", t))
        self.side.currentIndexChanged.connect(
            lambda _i: self._push("dose.side", self.side.currentData()))
        self.notes.textChanged.connect(
            lambda: self._push("notes", self.notes.toPlainText()))
        self.steps.textChanged.connect(self._steps_edited)
        self.reset_steps.clicked.connect(self._reset_steps)
        document.changed.connect(self.refresh)
        self.set_row(-1)

    def set_row(self, row: int) -> None:
        self.row = row
        self.refresh()

    def _item(self):
        items = self.document.handout.items
        return items[self.row] if 0 <= self.row < len(items) else None

    def _push(self, field: str, value) -> None:
        item = self._item()
        if item is None:
            return
        current = getattr(item.effective_dose, field.split(".", 1)[1]) \
            if field.startswith("dose.") else getattr(item, field)
        if current != value:
            self.document.undo_stack.push(SetItemField(self.document, self.row, field, value))

    def _reset_steps(self) -> None:
        item = self._item()
        if item is not None and item.steps is not None:
            # A deliberate step of its own: never merged into the typing before it.
            self.document.undo_stack.push(SetItemField(self.document, self.row, "steps", None,
                                                       mergeable=False))

    def _steps_edited(self) -> None:
        item = self._item()
        if item is None:
            return
        steps = parse_steps(self.steps.toPlainText())
        if steps != item.effective_steps:
            value = None if steps == item.exercise.steps else steps
            self.document.undo_stack.push(SetItemField(self.document, self.row, "steps",
                                                       value))

    def refresh(self) -> None:
        item = self._item()
        self.setEnabled(item is not None)
        if item is None:
            self.heading.setText("Select an exercise to set its dose and notes.")
            for spin in (self.sets, self.reps, self.hold, self.rest):
                spin.show_value(None)
            for widget in (self.frequency, self.load, self.notes, self.steps):
                show_text(widget, "")
            self.reset_steps.setEnabled(False)
            return
        self.heading.setText(item.exercise.name)
        dose = item.effective_dose
        self.sets.show_value(dose.sets)
        self.reps.show_value(dose.reps)
        self.hold.show_value(dose.hold_seconds)
        self.rest.show_value(dose.rest_seconds)
        show_text(self.frequency, dose.frequency)
        show_text(self.load, dose.load)
        show_choice(self.side, dose.side)
        show_text(self.notes, item.notes)
        if parse_steps(self.steps.toPlainText()) != item.effective_steps:
            show_text(self.steps, "\n".join(item.effective_steps))
        self.reset_steps.setEnabled(item.steps is not None)
