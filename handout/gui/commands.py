"""Undo commands: thin Qt wrappers around the editing rules in `handout.editing`.

The core functions change the handout and return a `Change` (with its own
undo); `ChangeCommand` puts one on the document's `QUndoStack`, the way
Anki's GUI operations wrap its collection's methods. `document.edit(...)`
runs an operation and pushes it: bad input raises before anything changes or
is pushed. Typing in one field merges into one undo step (the changes carry
the same merge key), and a field that ends where it began leaves no step.

The classes below (`SetHandoutField`, `SetItemField`, `InsertItem`,
`RemoveItem`, `MoveItem`) are shorthands that make the change when built:
build one only to push it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from .. import editing
from ..editing import Change, get_path  # noqa: F401 (get_path: used by the editor pane)
from ..model import Item
from .document import HandoutDocument
from . import undo_names

_MERGEABLE = 1  # QUndoStack only asks commands with the same id to merge


class ChangeCommand(QUndoCommand):
    """One undo step made of one change (or several merged, as typing is)."""

    def __init__(self, document: HandoutDocument, change: Change) -> None:
        super().__init__(undo_names.translate(change.label))  # the interface's words
        self.document = document
        self.first = change
        self.last = change
        self._undos = [change.undo]  # run last to first
        self._redos: list = []
        self._fresh = True  # the change is already made: the first redo only shows it

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            if not self.first.changed:
                self.setObsolete(True)  # nothing changed: no step in the history
            self.document.show_change(self.first, from_history=False)
            return
        changes = [redo(self.document.handout) for redo in self._redos]
        self._undos = [c.undo for c in changes]
        self.document.show_change(changes[-1], from_history=True)

    def undo(self) -> None:
        changes = [undo(self.document.handout) for undo in reversed(self._undos)]
        self._redos = [c.undo for c in reversed(changes)]
        self.document.show_change(changes[-1], from_history=True)

    def id(self) -> int:
        return _MERGEABLE if self.last.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeCommand) or self.last.merge_key is None \
                or other.first.merge_from != self.last.merge_key:
            return False
        if not (self.first.absolute and other.first.absolute):
            # Relative changes (moves) are undone one by one; values are restored at once.
            self._undos += other._undos
        self.last = other.last
        self.setObsolete(self.first.before == self.last.after)
        return True


# ------------------------------------------------------------- shorthands

class SetHandoutField(ChangeCommand):
    """Set one field of the handout (`"patient_name"`, `"options.page_size"`...)."""

    def __init__(self, document: HandoutDocument, field: str, value: Any) -> None:
        super().__init__(document, editing.set_handout_field(document.handout, field, value))


class SetItemField(ChangeCommand):
    """Set "notes", "steps", "video_url", "dose" (a whole Dose or None) or "dose.<part>"."""

    def __init__(self, document: HandoutDocument, row: int, field: str, value: Any,
                 mergeable: bool = True) -> None:
        handout = document.handout
        if field == "dose":
            change = editing.set_dose(handout, row, value)
        elif field.startswith("dose."):
            change = editing.set_dose_field(handout, row, field.split(".", 1)[1], value,
                                            merge=mergeable)
        else:
            change = editing.set_item_field(handout, row, field, value, merge=mergeable)
        super().__init__(document, change)


class InsertItem(ChangeCommand):
    """Add an exercise to the handout at `row` (the end when `row` is None)."""

    def __init__(self, document: HandoutDocument, item: Item, row: int | None = None) -> None:
        super().__init__(document, editing.add_item(document.handout, item, row))


class RemoveItem(ChangeCommand):
    def __init__(self, document: HandoutDocument, row: int) -> None:
        super().__init__(document, editing.remove_item(document.handout, row))


class MoveItem(ChangeCommand):
    """Move an exercise; Alt+Up three times to reach the top is one move, and one undo."""

    def __init__(self, document: HandoutDocument, source: int, target: int) -> None:
        super().__init__(document, editing.move_item(document.handout, source, target))
