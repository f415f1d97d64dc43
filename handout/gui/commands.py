"""Undo commands: the only code that changes the open handout.

Every edit a widget makes is one of these pushed onto the document's
`QUndoStack`. Text and number edits merge per field, so typing a name is one
undo step; an edit that ends where it started disappears from the history.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..model import Dose, Item
from .document import HandoutDocument

_MISSING = object()

# Merge ids: QUndoStack only tries mergeWith between commands with the same id.
_ID_HANDOUT_FIELD = 1
_ID_ITEM_FIELD = 2
_ID_MOVE = 3

HANDOUT_FIELD_LABELS = {
    "patient_name": "patient name", "date": "date", "therapist": "therapist",
    "title": "title", "education": "education", "advice": "advice",
    "options.layout": "layout", "options.page_size": "page size",
    "options.diary_weeks": "exercise diary",
}


def get_path(obj: Any, path: str) -> Any:
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def _set_path(obj: Any, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        obj = getattr(obj, part)
    setattr(obj, last, value)


class SetHandoutField(QUndoCommand):
    """Set one field of the handout (`"patient_name"`, `"options.page_size"`...)."""

    def __init__(self, document: HandoutDocument, field: str, value: Any) -> None:
        super().__init__(f"Edit {HANDOUT_FIELD_LABELS.get(field, field)}")
        self.document = document
        self.field = field
        self.old = get_path(document.handout, field)
        self.new = value

    def redo(self) -> None:
        _set_path(self.document.handout, self.field, self.new)
        self.document.notify()

    def undo(self) -> None:
        _set_path(self.document.handout, self.field, self.old)
        self.document.notify()

    def id(self) -> int:
        return _ID_HANDOUT_FIELD

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetHandoutField) or other.field != self.field:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


# Item fields: "notes", "steps", "dose", or "dose.<name>" for one dose value.
ITEM_FIELD_LABELS = {
    "notes": "notes", "steps": "steps", "dose": "dose", "dose.sets": "sets",
    "dose.reps": "reps", "dose.hold_seconds": "hold", "dose.rest_seconds": "rest",
    "dose.frequency": "frequency", "dose.side": "side", "dose.load": "load",
}


class SetItemField(QUndoCommand):
    """Set one field of one exercise in the handout.

    A dose value (`"dose.reps"`) turns the exercise's default dose into this
    patient's own dose first; undo restores exactly what was there (including
    "use the library default").
    """

    def __init__(self, document: HandoutDocument, row: int, field: str, value: Any,
                 mergeable: bool = True) -> None:
        item = document.handout.items[row]
        self.mergeable = mergeable
        super().__init__(f"Change {ITEM_FIELD_LABELS.get(field, field)} of {item.exercise.name}")
        self.document = document
        self.row = row
        self.field = field
        self.key = "dose" if field.startswith("dose.") else field
        self._done_once = False
        self.old = copy.deepcopy(getattr(item, self.key))
        self.new = self._compute(item, value)

    def _compute(self, item: Item, value: Any) -> Any:
        if self.field.startswith("dose."):
            name = self.field.split(".", 1)[1]
            return replace(copy.deepcopy(item.effective_dose), **{name: value})
        return copy.deepcopy(value)

    def redo(self) -> None:
        setattr(self.document.handout.items[self.row], self.key, copy.deepcopy(self.new))
        if self._done_once:  # a redo from the menu, not the edit itself
            self.document.item_touched.emit(self.row)
        self._done_once = True
        self.document.notify()

    def undo(self) -> None:
        setattr(self.document.handout.items[self.row], self.key, copy.deepcopy(self.old))
        self.document.item_touched.emit(self.row)
        self.document.notify()

    def id(self) -> int:
        return _ID_ITEM_FIELD if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetItemField) or other.row != self.row \
                or other.field != self.field or not other.mergeable:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


class InsertItem(QUndoCommand):
    """Add an exercise to the handout at `row` (the end when `row` is None)."""

    def __init__(self, document: HandoutDocument, item: Item, row: int | None = None) -> None:
        super().__init__(f"Add {item.exercise.name}")
        self.document = document
        self.item = item
        count = len(document.handout.items)
        self.row = count if row is None or not 0 <= row <= count else row

    def redo(self) -> None:
        self.document.handout.items.insert(self.row, copy.deepcopy(self.item))
        self.document.notify(items_select=self.row)

    def undo(self) -> None:
        del self.document.handout.items[self.row]
        items = self.document.handout.items
        self.document.notify(items_select=min(self.row, len(items) - 1))


class RemoveItem(QUndoCommand):
    """Take an exercise out of the handout."""

    def __init__(self, document: HandoutDocument, row: int) -> None:
        self.item = copy.deepcopy(document.handout.items[row])
        super().__init__(f"Remove {self.item.exercise.name}")
        self.document = document
        self.row = row

    def redo(self) -> None:
        del self.document.handout.items[self.row]
        items = self.document.handout.items
        self.document.notify(items_select=min(self.row, len(items) - 1))

    def undo(self) -> None:
        self.document.handout.items.insert(self.row, copy.deepcopy(self.item))
        self.document.notify(items_select=self.row)


class MoveItem(QUndoCommand):
    """Move an exercise from one place in the list to another."""

    def __init__(self, document: HandoutDocument, source: int, target: int) -> None:
        name = document.handout.items[source].exercise.name
        super().__init__(f"Move {name}")
        self.document = document
        self.source = source
        self.target = target

    def _move(self, source: int, target: int) -> None:
        items = self.document.handout.items
        items.insert(target, items.pop(source))
        self.document.notify(items_select=target)

    def redo(self) -> None:
        self._move(self.source, self.target)

    def undo(self) -> None:
        self._move(self.target, self.source)

    def id(self) -> int:
        return _ID_MOVE

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Alt+Up three times to reach the top is one move, and one undo.
        if not isinstance(other, MoveItem) or other.source != self.target:
            return False
        self.target = other.target
        self.setObsolete(self.target == self.source)
        return True


def dose_with(dose: Dose, **changes: Any) -> Dose:
    return replace(dose, **changes)
