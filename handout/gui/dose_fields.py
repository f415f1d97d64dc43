"""Dose entry fields that take natural input and say, next to the field, what they refuse.

`DoseFields` is the row of fields for one dose: Sets, Reps or time, Hold,
Rest, Frequency, Side and Load. Each text field is parsed as it is typed
(`handout.dose`): text that parses becomes the dose at once (so Print and
Export never miss what was typed); text that does not is never used, and
after a short pause (or when the field is left) the reason appears under
the fields in red, and the field is framed in red, until it is fixed or
Esc puts the dose's value back. While the text is refused the dose is what
it was before the typing began, never a value passed on the way: typing
"10000" goes through "1000", which must not stay when 10000 is refused. A "Prints as" line shows the dose exactly as
the handout will print it. Up and Down step an exact number by one.

The item editor connects `edited(name, value)` to undoable commands; the
custom-exercise editor reads `dose()` when it saves.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QComboBox, QCompleter, QGridLayout, QHBoxLayout, QLabel,
                               QVBoxLayout, QWidget)

from ..dose import (Amount, DoseError, Frequency, amount_text, frequency_text, parse_amount,
                    parse_frequency, parse_work)
from ..model import SIDES, Dose
from ..phrases import ENGLISH, Phrasebook, dose_line, for_language
from .fields import LineEdit, show_choice

SIDE_CHOICES = {"both": QT_TRANSLATE_NOOP("DoseFields", "Both sides / not sided"),
                "each": QT_TRANSLATE_NOOP("DoseFields", "Each side"),
                "left": QT_TRANSLATE_NOOP("DoseFields", "Left side"),
                "right": QT_TRANSLATE_NOOP("DoseFields", "Right side"),
                "alternate": QT_TRANSLATE_NOOP("DoseFields", "Alternate sides")}
FREQUENCY_SUGGESTIONS = ["once a day", "twice a day", "3 times a day", "every day",
                         "3 times a week", "twice a day, 5 days a week", "every other day"]
# How long to wait after the last key before saying what is wrong: "8-" is
# only a problem if the therapist stops there.
PAUSE_MS = 700
ERROR_STYLE = "QLineEdit { border: 2px solid #b3261e; border-radius: 3px; padding: 1px; }"


class DoseLineEdit(LineEdit):
    """A line edit that parses as it is typed; `parsed(value)` or `refused(message)`."""

    parsed = Signal(object)
    refused = Signal(str)

    def __init__(self, name: str, parse: Callable[[str], Any], show: Callable[[Any], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.parse = parse
        self.show = show
        self.value: Any = None  # the value the dose has (what the field shows when valid)
        self.before: Any = None  # the value when this bout of typing began
        self.problem = ""       # why the text in the field is not used, or ""
        self._pending = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._announce)
        self.textEdited.connect(self._typed)

    # ---------------------------------------------------------- typing

    def _typed(self, text: str) -> None:
        try:
            value = self.parse(text)
        except DoseError as error:
            self._pending = error.message
            if self.value != self.before:
                # A value passed on the way ("1000" on the way to "10000") must not stay.
                self.value = self.before
                self.parsed.emit(self.before)
            if self.problem:
                self._announce()  # already showing a problem: keep it up to date at once
            else:
                self._timer.start()
            return
        self._timer.stop()
        self._pending = ""
        self._set_problem("")
        if value != self.value:
            self.value = value
            self.parsed.emit(value)

    def _announce(self) -> None:
        if self._pending:
            self._set_problem(self._pending)

    def _set_problem(self, message: str) -> None:
        if message == self.problem:
            return
        self.problem = message
        self.setStyleSheet(ERROR_STYLE if message else "")
        self.setToolTip(message or self.property("baseToolTip") or "")
        self.refused.emit(message)

    def check_now(self) -> str:
        """Show at once what is wrong with the typed text (as leaving the field does)."""
        self._timer.stop()
        self._announce()
        return self.problem

    def show_value(self, value: Any) -> None:
        """Show the dose's value; typed text that was refused is replaced only when
        the field is not being typed in."""
        if value != self.value or not self.hasFocus():
            self.before = value  # changed from outside (undo, another exercise)
        self.value = value
        if self.hasFocus() and (self.problem or self._pending):
            return
        text = self.show(value)
        try:
            same = self.parse(self.text()) == value
        except DoseError:
            same = False
        if not same or (not self.hasFocus() and self.text() != text):
            self.blockSignals(True)
            self.setText(text)
            self.setCursorPosition(0)
            self.blockSignals(False)
        self._pending = ""
        self._set_problem("")

    def revert(self) -> None:
        """Esc: back to the dose's value, nothing refused."""
        self.before = self.value
        self._timer.stop()
        self._pending = ""
        self._set_problem("")
        self.blockSignals(True)
        self.setText(self.show(self.value))
        self.blockSignals(False)

    # ----------------------------------------------------------- events

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.before = self.value

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self._pending:
            self.check_now()
        elif not self.problem:
            self.show_value(self.value)  # "8 to 12" reads back as 8-12

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and (self.problem or self._pending):
            self.revert()
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if self._step(1 if event.key() == Qt.Key.Key_Up else -1):
                return
        super().keyPressEvent(event)

    def _step(self, step: int) -> bool:
        value = self.value
        if not isinstance(value, Amount) or not value.is_exact or value.low is None:
            return False
        number = value.low + step
        if number != number.to_integral_value() or number < 1:
            return False
        candidate = amount_text(Amount(number, number, value.unit))
        try:
            new = self.parse(candidate)
        except DoseError:
            return False
        self.setText(amount_text(new))
        self._typed(self.text())
        return True



def _work_value(text: str) -> Amount | None:
    return parse_work(text)[1]


class DoseFields(QWidget):
    """The fields of one dose, a line for what is refused and one for how it prints."""

    #: A part of the dose changed: name ("sets", "work", "hold", "rest", "frequency",
    #: "side", "load") and its new value (for "work": the typed text's value).
    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None, show_preview: bool = True,
                 mnemonics: bool = True) -> None:
        super().__init__(parent)
        self.phrasebook: Phrasebook = ENGLISH  # the "Prints as" line's language
        self.sets = DoseLineEdit("sets", lambda t: parse_amount(t, "sets"), amount_text)
        self.work = DoseLineEdit("work", _work_value, amount_text)
        self.hold = DoseLineEdit("hold", lambda t: parse_amount(t, "hold"), amount_text)
        self.rest = DoseLineEdit("rest", lambda t: parse_amount(t, "rest"), amount_text)
        self.frequency = DoseLineEdit("frequency", parse_frequency,
                                      lambda f: frequency_text(f or Frequency()))
        self.side = QComboBox()
        for side in SIDES:
            self.side.addItem(self.tr(SIDE_CHOICES.get(side, side)), side)
        self.load = LineEdit()
        self.fields = (self.sets, self.work, self.hold, self.rest, self.frequency)
        self.labels = {"sets": self.tr("Sets"), "work": self.tr("Reps or time"),
                       "hold": self.tr("Hold"), "rest": self.tr("Rest"),
                       "frequency": self.tr("Frequency")}

        tips = {
            "sets": self.tr("Sets: a number (3) or a range (2-3). Empty for none."),
            "work": self.tr("Reps (10, 8-12, up to 15, as many as comfortable), or a time or "
                    "distance instead of reps (30 s, 10 min, 500 m)."),
            "hold": self.tr("How long to hold each rep: 5 s, 1 min, 5-10 s (a number alone is "
                    "seconds)."),
            "rest": self.tr("Rest between sets: 30 s, 1 min (a number alone is seconds)."),
            "frequency": self.tr("How often: twice a day, 3 times a week, twice a day, 5 days a "
                         "week, or your own words (printed as you type them)."),
        }
        placeholders = {"sets": self.tr("e.g. 3"), "work": self.tr("10 or 30 s"),
                        "hold": self.tr("e.g. 5 s"), "rest": self.tr("e.g. 30 s"),
                        "frequency": self.tr("e.g. twice a day")}
        for field in self.fields:
            field.setProperty("baseToolTip", tips[field.name])
            field.setToolTip(tips[field.name])
            field.setPlaceholderText(placeholders[field.name])
            field.setObjectName(f"dose_{field.name}")
            field.setAccessibleName(self.labels[field.name])
            field.parsed.connect(lambda value, n=field.name: self._edited(n, value))
            field.refused.connect(self._show_problems)
        completer = QCompleter(FREQUENCY_SUGGESTIONS, self.frequency)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.frequency.setCompleter(completer)
        self.side.setObjectName("dose_side")
        self.side.setAccessibleName(self.tr("Side"))
        self.side.setToolTip(self.tr("Each side: the dose on one side, then on the other"))
        self.load.setObjectName("dose_load")
        self.load.setAccessibleName(self.tr("Load"))
        self.load.setPlaceholderText(self.tr("e.g. red band, 2 kg"))
        self.side.currentIndexChanged.connect(
            lambda _i: self._edited("side", self.side.currentData()))
        self.load.textEdited.connect(lambda text: self._edited("load", text))

        self.message = QLabel()
        self.message.setObjectName("doseMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("QLabel { color: #b3261e; font-weight: bold; }")
        self.message.hide()
        self.preview = QLabel()
        self.preview.setObjectName("dosePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setStyleSheet("QLabel { color: #41505a; }")
        self.preview.setVisible(show_preview)
        self._show_preview = show_preview

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        # Alt+letter mnemonics chosen not to clash with the patient fields and the menus.
        captions = ((self.tr("&Sets"), self.sets, 2), (self.tr("&Reps or time"), self.work, 3),
                    (self.tr("H&old"), self.hold, 2), (self.tr("Rest"), self.rest, 2))

        def label(text: str) -> QLabel:
            return QLabel(text if mnemonics else text.replace("&", ""))

        for column, (text, widget, stretch) in enumerate(captions):
            caption = label(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
            grid.setColumnStretch(column, stretch)
        frequency_label = label(self.tr("Fre&quency"))
        frequency_label.setBuddy(self.frequency)
        grid.addWidget(frequency_label, 2, 0)
        grid.addWidget(self.frequency, 2, 1, 1, 3)
        side_label = label(self.tr("S&ide"))
        side_label.setBuddy(self.side)
        load_label = label(self.tr("&Load"))
        load_label.setBuddy(self.load)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.side, 2)
        row.addWidget(load_label)
        row.addWidget(self.load, 3)
        grid.addWidget(side_label, 3, 0)
        grid.addLayout(row, 3, 1, 1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.preview)
        for first, second in zip((self.sets, self.work, self.hold, self.rest, self.frequency,
                                  self.side), (self.work, self.hold, self.rest, self.frequency,
                                               self.side, self.load)):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------ model

    def _edited(self, name: str, value) -> None:
        self._show_line(self.dose())
        self.edited.emit(name, value)

    def set_language(self, language: str) -> None:
        """Show the "Prints as" line in `language`, the handout's (English by default)."""
        self.phrasebook = for_language(language)

    def _show_line(self, dose: Dose, line: str | None = None) -> None:
        line = dose_line(dose, self.phrasebook) if line is None else line
        self.preview.setText(self.tr("Prints as: {line}").format(line=line) if line
                             else self.tr("No dose: nothing is printed."))

    def show_line(self, line: str) -> None:
        """Say how the dose prints when it is more than the fields (a one-sided exercise)."""
        self._show_line(Dose(), line)

    def show_dose(self, dose: Dose | None) -> None:
        dose = dose or Dose()
        self.sets.show_value(dose.sets)
        self.work.show_value(dose.reps if dose.reps is not None else dose.duration)
        self.hold.show_value(dose.hold)
        self.rest.show_value(dose.rest)
        self.frequency.show_value(dose.frequency)
        show_choice(self.side, dose.side)
        if self.load.text() != dose.load:
            self.load.blockSignals(True)
            self.load.setText(dose.load)
            self.load.blockSignals(False)
        self._show_line(dose)

    def dose(self) -> Dose:
        """The dose the fields hold (their last accepted values)."""
        work = self.work.value
        return Dose(sets=self.sets.value,
                    reps=work if work is not None and work.kind == "count" else None,
                    duration=work if work is not None and work.kind != "count" else None,
                    hold=self.hold.value, rest=self.rest.value,
                    frequency=self.frequency.value or Frequency(),
                    side=self.side.currentData(), load=self.load.text().strip())

    def clear(self) -> None:
        self.show_dose(None)
        for field in self.fields:
            field.revert()
        self.preview.setText("")

    # ---------------------------------------------------------- problems

    def problems(self) -> list[tuple[str, str]]:
        """(field label, message) for each field whose typed text is not used."""
        found = [(self.labels[f.name], f.check_now()) for f in self.fields]
        return [(label, message) for label, message in found if message]

    def _show_problems(self, _message: str = "") -> None:
        lines = [f"{self.labels[f.name]}: {f.problem}" for f in self.fields if f.problem]
        self.message.setText("\n".join(lines))
        self.message.setVisible(bool(lines))

    def show_problems_now(self) -> list[tuple[str, str]]:
        problems = self.problems()
        self._show_problems()
        return problems
