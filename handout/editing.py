"""The editing rules: every change to a handout, as plain functions that say what changed.

Each operation changes the handout in place and returns a `Change`: a label
for the Undo menu, what to refresh (the item list's shape, one item's
content), and `undo`, a function that reverses the change and returns the
reverse's own `Change` (whose `undo` redoes it). Bad input raises a
`HandoutError` before anything is touched. The GUI's undo commands
(`handout.gui.commands`) only wrap these, the way Anki's GUI operations wrap
its collection's methods; the CLI and the tests call the same functions.

    change = set_dose_field(handout, 0, "reps", "8-12")   # raises DoseError if refused
    change.undo(handout)                                  # back to what it was

Typing in one field produces many changes with the same `merge_key`, which
the undo stack folds into one step (and drops when the field ends where it
began: `before == after`).

Handout fields are listed in `HANDOUT_FIELDS`; a new one (the patient's
language, say) is one entry there and one small function like
`set_handout_field(handout, "language", code)`.
"""

from __future__ import annotations

import copy
import datetime as _dt
from dataclasses import dataclass, replace
from typing import Any, Callable

from . import model, progressions
from .dose import Amount, Frequency, parse_amount, parse_frequency, parse_work
from .errors import LibraryError, ValidationError
from .i18n import LANGUAGES
from .model import Dose, Exercise, Handout, Item, Template

_UNSET: Any = object()
MAX_TEXT = 200_000


class EditError(ValidationError):
    """An edit that cannot be made (no such exercise, a value out of range)."""


@dataclass
class Change:
    """What one operation changed. `undo(handout)` reverses it and returns the reverse."""

    label: str
    undo: Callable[[Handout], "Change"]
    structure: bool = False          # exercises added, removed or moved
    select: int | None = None        # the exercise to select afterwards
    item: int | None = None          # the exercise whose content changed
    field: str = ""                  # e.g. "dose.reps", "notes", "patient_name"
    merge_key: tuple | None = None   # consecutive changes with equal keys are one undo step
    merge_from: tuple | None = None  # the key this change continues (moves chain)
    before: Any = _UNSET
    after: Any = _UNSET
    # True: `undo` restores a remembered value, so the first of a merged series
    # undoes them all. False (moves): each must be undone in turn.
    absolute: bool = True

    def __post_init__(self) -> None:
        if self.merge_from is None:
            self.merge_from = self.merge_key

    @property
    def changed(self) -> bool:
        """False when the operation left everything as it was."""
        return self.before is _UNSET or self.before != self.after


# ------------------------------------------------------------------ checks

def _row(handout: Handout, row: int) -> Item:
    if not isinstance(row, int) or not 0 <= row < len(handout.items):
        count = len(handout.items)
        raise EditError(f"there is no exercise number {row + 1 if isinstance(row, int) else row}"
                        f" in this handout (it has {count})")
    return handout.items[row]


def _text(limit: int) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise EditError(f"expected text, got {type(value).__name__}")
        if len(value) > limit:
            raise EditError(f"too long ({len(value):,} characters; at most {limit:,})")
        return value
    return check


def _date(value: Any) -> _dt.date | None:
    if value is not None and not isinstance(value, _dt.date):
        raise EditError(f"expected a date, got {value!r}")
    return value


def _choice(choices: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in choices:
            raise EditError(f"expected one of {', '.join(choices)}, got {value!r}")
        return value
    return check


def _whole(low: int, high: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise EditError(f"expected a whole number {low}-{high}, got {value!r}")
        return value
    return check


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise EditError(f"expected yes or no, got {value!r}")
    return value


# Handout fields: dotted path -> (label for the Undo menu, check of the new value).
HANDOUT_FIELDS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "title": ("title", _text(500)),
    "patient_name": ("patient name", _text(500)),
    "date": ("date", _date),
    "therapist": ("therapist", _text(500)),
    "review_date": ("review date", _date),
    "education": ("education", _text(MAX_TEXT)),
    "advice": ("advice", _text(MAX_TEXT)),
    "options.layout": ("layout", _choice(model.LAYOUTS)),
    "language": ("handout language", _choice(LANGUAGES)),
    "second_language": ("second language", _choice(("",) + LANGUAGES)),
    "options.page_size": ("page size", _choice(model.PAGE_SIZES)),
    "options.diary_weeks": ("exercise diary", _whole(0, 12)),
    "options.show_time": ("time per session", _boolean),
}

ITEM_FIELDS: dict[str, str] = {"notes": "notes", "steps": "steps", "video_url": "video link"}

DOSE_FIELDS: dict[str, str] = {
    "sets": "sets", "reps": "reps", "duration": "time", "work": "reps or time",
    "hold": "hold", "rest": "rest", "frequency": "frequency", "side": "side", "load": "load",
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


# ------------------------------------------------------------ handout fields

def set_handout_field(handout: Handout, field: str, value: Any,
                      merge: bool = True) -> Change:
    """Set one field of the handout ("patient_name", "options.layout", ...)."""
    if field not in HANDOUT_FIELDS:
        raise EditError(f"\"{field}\" is not a field of a handout")
    label, check = HANDOUT_FIELDS[field]
    value = check(value)
    if field == "second_language" and value and value == handout.language:
        raise EditError(f"{value} is already the handout language; choose another "
                        "second language, or none")
    if field == "language" and value and value == handout.second_language:
        # Choosing the second language as the handout's swaps the two: the
        # patient reads it first, the carer keeps the other. One undo step.
        return _assign_languages(handout, value, handout.language, f"Edit {label}")
    return _assign_handout(handout, field, value, f"Edit {label}", merge)


def _assign_languages(handout: Handout, language: str, second: str, label: str) -> Change:
    old = (handout.language, handout.second_language)
    handout.language, handout.second_language = language, second
    return Change(label, lambda h: _assign_languages(h, *old, label), field="language",
                  before=old, after=(language, second))


def _assign_handout(handout: Handout, field: str, value: Any, label: str,
                    merge: bool) -> Change:
    old = copy.deepcopy(get_path(handout, field))
    _set_path(handout, field, copy.deepcopy(value))
    return Change(label, lambda h: _assign_handout(h, field, old, label, merge),
                  field=field, merge_key=("handout", field) if merge else None,
                  before=old, after=copy.deepcopy(value))


# -------------------------------------------------------------- item fields

def set_item_field(handout: Handout, row: int, field: str, value: Any,
                   merge: bool = True) -> Change:
    """Set "notes", "steps" (a list, or None for the library's steps) or "video_url"."""
    item = _row(handout, row)
    if field not in ITEM_FIELDS:
        raise EditError(f"\"{field}\" is not a field of an exercise in a handout")
    if field == "steps":
        if value is not None and (not isinstance(value, list)
                                  or not all(isinstance(s, str) for s in value)):
            raise EditError("steps are a list of lines of text")
    else:
        value = _text(MAX_TEXT if field == "notes" else 2000)(value)
    label = f"Change {ITEM_FIELDS[field]} of {item.exercise.name}"
    return _assign_item(handout, row, field, value, label, field, merge)


def _assign_item(handout: Handout, row: int, attribute: str, value: Any, label: str,
                 field: str, merge: bool) -> Change:
    item = _row(handout, row)
    old = copy.deepcopy(getattr(item, attribute))
    setattr(item, attribute, copy.deepcopy(value))
    return Change(label, lambda h: _assign_item(h, row, attribute, old, label, field, merge),
                  item=row, field=field,
                  merge_key=("item", row, field) if merge else None,
                  before=old, after=copy.deepcopy(value))


# ---------------------------------------------------------------------- dose

def dose_value(name: str, value: Any) -> Any:
    """The model value for dose field `name` from what was typed (or given)."""
    if name in ("sets", "reps", "duration", "hold", "rest"):
        if value is None or isinstance(value, Amount):
            return value
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise EditError(f"{name}: expected text like \"8-12\", got {value!r}")
        return parse_amount(str(value), name)
    if name == "frequency":
        return value if isinstance(value, Frequency) else parse_frequency(value or "")
    if name == "side":
        return _choice(model.SIDES)(value)
    if name == "load":
        return _text(200)(value or "")
    raise EditError(f"\"{name}\" is not a part of a dose")


def set_dose_field(handout: Handout, row: int, name: str, value: Any,
                   merge: bool = True) -> Change:
    """Set one part of an exercise's dose for this patient.

    `value` is what the therapist typed ("8-12", "1 min", "twice daily") or a
    model value. "work" is the one field for reps or a time/distance: "10"
    sets reps, "30 s" sets the time (and clears the reps). The library's
    default dose becomes this patient's own dose; undo restores exactly what
    was there, "use the library default" included.
    """
    item = _row(handout, row)
    if name not in DOSE_FIELDS:
        raise EditError(f"\"{name}\" is not a part of a dose")
    if name == "work":
        if isinstance(value, Amount) or value is None:
            target = "duration" if value is not None and value.kind != "count" else "reps"
            amount = value
        else:
            target, amount = parse_work(str(value))
        changes = {"reps": amount if target == "reps" else None,
                   "duration": amount if target == "duration" else None}
    else:
        changes = {name: dose_value(name, value)}
        # A dose has reps or a time, never both: setting one clears the other.
        if name == "reps" and changes["reps"] is not None:
            changes["duration"] = None
        if name == "duration" and changes["duration"] is not None:
            changes["reps"] = None
    new = replace(copy.deepcopy(item.effective_dose), **changes)
    label = f"Change {DOSE_FIELDS[name]} of {item.exercise.name}"
    key = ("dose", row, _merge_name(name)) if merge else None
    if new == item.effective_dose:
        # Nothing to change: the item keeps what it has (its own dose or the default).
        return Change(label, lambda h: _noop(label), item=row, field=f"dose.{name}",
                      before=item.dose, after=item.dose, merge_key=key)
    return _assign_dose(handout, row, new, label, f"dose.{_merge_name(name)}", key)


def _merge_name(name: str) -> str:
    return "work" if name in ("reps", "duration", "work") else name


def _assign_dose(handout: Handout, row: int, dose: Dose | None, label: str, field: str,
                 key: tuple | None) -> Change:
    item = _row(handout, row)
    old = copy.deepcopy(item.dose)
    item.dose = copy.deepcopy(dose)
    return Change(label, lambda h: _assign_dose(h, row, old, label, field, key), item=row,
                  field=field, merge_key=key, before=old, after=copy.deepcopy(dose))


def _noop(label: str) -> Change:
    return Change(label, lambda h: _noop(label), before=None, after=None)


def set_dose(handout: Handout, row: int, dose: Dose | None) -> Change:
    """Replace the whole dose (None: the library's default again). One undo step."""
    item = _row(handout, row)
    if dose is not None and not isinstance(dose, Dose):
        raise EditError("expected a dose")
    label = f"{'Reset' if dose is None else 'Change'} the dose of {item.exercise.name}"
    return _assign_item(handout, row, "dose", dose, label, "dose", merge=False)


# ----------------------------------------------------------------- structure

def add_item(handout: Handout, item: Item, row: int | None = None) -> Change:
    """Put an exercise in the handout at `row` (the end when None or out of range)."""
    if not isinstance(item, Item):
        raise EditError("expected an exercise for the handout")
    count = len(handout.items)
    row = count if row is None or not 0 <= row <= count else row
    handout.items.insert(row, copy.deepcopy(item))
    return Change(f"Add {item.exercise.name}", lambda h: remove_item(h, row),
                  structure=True, select=row, item=row)


def add_exercise(handout: Handout, exercise: Exercise, row: int | None = None) -> Change:
    """A library exercise with its default dose."""
    return add_item(handout, Item(exercise=copy.deepcopy(exercise)), row)


def remove_item(handout: Handout, row: int) -> Change:
    item = copy.deepcopy(_row(handout, row))
    del handout.items[row]
    return Change(f"Remove {item.exercise.name}", lambda h: add_item(h, item, row),
                  structure=True, select=min(row, len(handout.items) - 1), item=None)


def move_item(handout: Handout, source: int, target: int) -> Change:
    """Move an exercise from `source` to `target` (both positions in the list)."""
    item = _row(handout, source)
    _row(handout, target)
    handout.items.insert(target, handout.items.pop(source))
    return Change(f"Move {item.exercise.name}", lambda h: move_item(h, target, source),
                  structure=True, select=target, item=target,
                  merge_key=("move", target), merge_from=("move", source),
                  before=source, after=target, absolute=False)


def swap_exercise(handout: Handout, row: int, exercise: Exercise,
                  label: str | None = None) -> Change:
    """Put `exercise` in place of the one at `row`, keeping this patient's dose and notes.

    The dose is kept exactly as it was (the old exercise's default becomes
    this patient's dose). Steps edited for the old exercise do not describe
    the new one, so the new exercise's own steps are used.
    """
    old = _row(handout, row)
    new = Item(exercise=copy.deepcopy(exercise), dose=copy.deepcopy(old.effective_dose),
               notes=old.notes, steps=None, video_url="")
    return _replace_item(handout, row, new,
                         label or f"Swap {old.exercise.name} for {exercise.name}")


def _replace_item(handout: Handout, row: int, item: Item, label: str) -> Change:
    old = copy.deepcopy(_row(handout, row))
    handout.items[row] = copy.deepcopy(item)
    return Change(label, lambda h: _replace_item(h, row, old, label), item=row,
                  field="exercise", before=old, after=copy.deepcopy(item))


def progress(handout: Handout, row: int, direction: str, library: Any,
             exercise_id: str | None = None) -> Change:
    """Swap the exercise at `row` for its easier or harder version (the first the
    library has, or `exercise_id`), keeping the dose and notes."""
    item = _row(handout, row)
    found = progressions.variants(library, item.exercise, direction)
    if exercise_id is not None:
        found = [e for e in found if e.id == exercise_id]
    if not found:
        if exercise_id is not None:
            raise LibraryError(f"\"{exercise_id}\" is not a {direction} version of "
                               f"{item.exercise.name} in the library")
        raise LibraryError(f"{item.exercise.name} has no {direction} version in the library")
    choice = found[0]
    return swap_exercise(handout, row, choice,
                         f"Make {item.exercise.name} {direction}: {choice.name}")


# ------------------------------------------------------------------ template

_PROGRAMME = ("title", "education", "advice", "items")


def apply_template(handout: Handout, template: Template) -> Change:
    """Replace the programme (title, education, exercises, advice, layout, diary) with
    the template's; the patient, dates, therapist and paper size stay."""
    body = template.handout
    content = {name: copy.deepcopy(getattr(body, name)) for name in _PROGRAMME}
    options = replace(copy.deepcopy(body.options), page_size=handout.options.page_size)
    return _replace_programme(handout, content, options,
                              f"Apply the template \"{template.name}\"")


def _replace_programme(handout: Handout, content: dict, options: model.LayoutOptions,
                       label: str) -> Change:
    old = {name: copy.deepcopy(getattr(handout, name)) for name in _PROGRAMME}
    old_options = copy.deepcopy(handout.options)
    for name, value in content.items():
        setattr(handout, name, copy.deepcopy(value))
    handout.options = copy.deepcopy(options)
    return Change(label, lambda h: _replace_programme(h, old, old_options, label),
                  structure=True, select=0 if handout.items else -1,
                  before=(old, old_options), after=(copy.deepcopy(content), options))
