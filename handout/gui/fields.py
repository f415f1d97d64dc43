"""Editing widgets that leave undo to the app and never fight the model.

Ctrl+Z / Ctrl+Y in a text box undo the handout (the app's `QUndoStack`), not
the box's private history, so there is one history for everything. The
`show_*` helpers update a widget from the model only when it differs, so a
refresh never moves the cursor under the therapist's fingers.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QSpinBox

_APP_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _leave_undo_to_app(event: QEvent) -> bool:
    return event.type() == QEvent.Type.ShortcutOverride and any(
        event.matches(key) for key in _APP_KEYS)


class LineEdit(QLineEdit):
    def event(self, event: QEvent) -> bool:
        if _leave_undo_to_app(event):
            event.ignore()
            return False
        return super().event(event)


class PlainTextEdit(QPlainTextEdit):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        if _leave_undo_to_app(event):
            event.ignore()
            return False
        return super().event(event)


class OptionalSpinBox(QSpinBox):
    """A whole number or nothing: the lowest value shows as "–" and means None."""

    def __init__(self, maximum: int, suffix: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setSpecialValueText("–")
        self.setSuffix(suffix)
        self.setAccelerated(True)

    def value_or_none(self) -> int | None:
        return self.value() or None

    def show_value(self, value: int | None) -> None:
        if self.value_or_none() != value:
            self.blockSignals(True)
            self.setValue(value or 0)
            self.blockSignals(False)

    def event(self, event: QEvent) -> bool:
        if _leave_undo_to_app(event):
            event.ignore()
            return False
        return super().event(event)


NO_DATE = QDate(2000, 1, 1)


class DateEdit(QDateEdit):
    """A date or nothing (the minimum date shows as "No date")."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("No date"))
        self.setDisplayFormat("d MMM yyyy")

    def date_or_none(self) -> _dt.date | None:
        value = self.date()
        return None if value == NO_DATE else _dt.date(value.year(), value.month(), value.day())

    def show_date(self, value: _dt.date | None) -> None:
        if self.date_or_none() != value:
            self.blockSignals(True)
            self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
            self.blockSignals(False)


def show_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(widget, QPlainTextEdit):
        if widget.toPlainText() != text:
            widget.blockSignals(True)
            widget.setPlainText(text)
            widget.blockSignals(False)
    elif widget.text() != text:
        widget.blockSignals(True)
        widget.setText(text)
        if not widget.hasFocus():
            widget.setCursorPosition(0)  # show the start of a long title, not its end
        widget.blockSignals(False)


def show_choice(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0 and combo.currentIndex() != index:
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
