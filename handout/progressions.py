"""Progressions: each exercise names easier and harder versions of itself.

An exercise file lists them by id (`"harder": ["single-leg-bridge"]`), most
alike first. The library checks them when it loads (`missing_variants`): an
id that names no exercise is listed with the exercise that names it, and
simply not offered; it never stops the library loading. `variants` gives
the versions the therapist can pick, in order. Swapping an item in a
handout for one of them is `handout.editing.swap_exercise`.
"""

from __future__ import annotations

from typing import Iterable, Protocol

from .model import Exercise

DIRECTIONS = ("easier", "harder")


class _Library(Protocol):
    def __contains__(self, exercise_id: str) -> bool: ...
    def get(self, exercise_id: str) -> Exercise: ...


def variant_ids(exercise: Exercise, direction: str) -> list[str]:
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {DIRECTIONS}, not {direction!r}")
    return list(getattr(exercise, direction))


def variants(library: _Library, exercise: Exercise, direction: str) -> list[Exercise]:
    """The easier (or harder) versions of `exercise` that the library has, most alike first."""
    return [library.get(i) for i in variant_ids(exercise, direction)
            if i in library and i != exercise.id]


def missing_variants(exercises: Iterable[Exercise]) -> list[str]:
    """One line per easier/harder id that names no exercise among `exercises`."""
    exercises = list(exercises)
    known = {e.id for e in exercises}
    problems = []
    for exercise in sorted(exercises, key=lambda e: e.id):
        for direction in DIRECTIONS:
            for variant in getattr(exercise, direction):
                if variant not in known:
                    problems.append(f"{exercise.name} ({exercise.id}): the {direction} version "
                                    f"\"{variant}\" is not in the library, so it is not offered")
    return problems
