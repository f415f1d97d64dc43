"""The open handout: the model object, its undo stack, its file, and change signals.

Widgets never keep a copy of the handout. They read `document.handout`, push
commands (see `commands`) onto `document.undo_stack` to change it, and refresh
themselves when `changed` fires.
"""

from __future__ import annotations

from pathlib import Path

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..editing import Change
from ..model import Handout


class HandoutDocument(QObject):
    """The handout being edited, plus everything needed to undo, save and recover it."""

    #: Something in the handout changed (any field). Widgets re-read what they show.
    changed = Signal()
    #: The list of exercises changed shape (added, removed, moved). Argument: the
    #: row to select afterwards, or -1.
    items_changed = Signal(int)
    #: A different handout was loaded (New, Open, restore); the undo history is new.
    replaced = Signal()
    #: The file path changed (Save As, Open).
    path_changed = Signal()
    #: Undo or redo changed this exercise: show it, so the change is seen.
    item_touched = Signal(int)

    def __init__(self, handout: Handout | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.handout = handout if handout is not None else Handout()
        self.path: Path | None = None
        #: The change shown last (the preview follows it when it concerns an exercise).
        self.last_change: Change | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)

    # -------------------------------------------------------------- state

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def replace(self, handout: Handout, path: Path | None = None,
                modified: bool = False) -> None:
        """Show another handout: a fresh undo history, clean unless `modified`."""
        self.handout = handout
        self.undo_stack.clear()
        if modified:
            # No command to undo, but the work is not saved anywhere yet.
            self.undo_stack.resetClean()
        self.set_path(path)
        self.replaced.emit()
        self.items_changed.emit(0 if handout.items else -1)
        self.changed.emit()

    def set_path(self, path: Path | None) -> None:
        self.path = Path(path) if path is not None else None
        self.path_changed.emit()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    # ---------------------------------------------------------- editing

    def edit(self, operation: Callable[[Handout], Change]) -> Change:
        """Run one `handout.editing` operation on the handout and put it on the undo
        stack. Raises (and changes nothing) when the operation refuses its input."""
        from .commands import ChangeCommand
        change = operation(self.handout)
        self.undo_stack.push(ChangeCommand(self, change))
        return change

    # -------------------------------------------------- used by commands

    def show_change(self, change: Change, from_history: bool) -> None:
        """Tell the widgets what a change (or its undo / redo) touched."""
        self.last_change = change
        if change.structure:
            self.items_changed.emit(change.select if change.select is not None else -1)
        elif from_history and change.item is not None:
            # Undo or redo from the menu: show the exercise it changed.
            self.item_touched.emit(change.item)
        self.changed.emit()

    def notify(self, items_select: int | None = None) -> None:
        """Tell the widgets the handout changed (the list's shape too, with a row to select)."""
        if items_select is not None:
            self.items_changed.emit(items_select)
        self.changed.emit()

    def display_name(self) -> str:
        return self.handout.patient_name.strip() or self.tr("Untitled")
