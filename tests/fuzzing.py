"""Shared strategies for property tests: arbitrary JSON, and how many examples to run.

`json_values()` is hypothesis's `recursive` strategy over every JSON value
(null, booleans, numbers of any size, any text including lone surrogates and
control characters, lists and objects), with the names our files use mixed
into the keys so that values land in real fields. `examples(n)` is `n` in
CI (profile "ci", derandomised); with `HYPOTHESIS_PROFILE=deep` it is ten
times as many, random every run:

    HYPOTHESIS_PROFILE=deep .venv/bin/python -m pytest -q -m slow tests
"""

from __future__ import annotations

import os

from hypothesis import strategies as st

DEEP = os.environ.get("HYPOTHESIS_PROFILE") == "deep"

FIELD_NAMES = ["format", "version", "id", "name", "items", "exercise_id", "exercise", "dose",
               "sets", "reps", "hold_seconds", "side", "frequency", "steps", "notes",
               "illustration", "pose", "joints", "frames", "props", "camera", "photos",
               "video_url", "options", "layout", "page_size", "diary_weeks", "date",
               "patient_name", "title", "tags", "clinic_folder", "favourites", "recent",
               "templates", "accent_color", "logo_path", "disclaimer", "kind", "files"]


def examples(n: int) -> int:
    return n * 10 if DEEP else n


def texts():
    return st.one_of(st.text(max_size=30),
                     st.sampled_from(["\ud800", "a\udfffb", "\x00", "\x1b[31m", "\u202e",
                                      "clamshell", "bridge", "left", "compact", "A4",
                                      "2026-03-31", "9999-12-31", "#2a7f8e", "../x",
                                      "handout", "handout-template", "handout-exercise",
                                      "W" * 250]))


def scalars():
    return st.one_of(st.none(), st.booleans(),
                     st.integers(min_value=-(10 ** 30), max_value=10 ** 30),
                     st.floats(allow_nan=False, allow_infinity=False), texts())


def json_values(max_leaves: int = 30):
    keys = st.one_of(st.sampled_from(FIELD_NAMES), texts())
    return st.recursive(scalars(), lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(keys, children, max_size=5)), max_leaves=max_leaves)


def spliced(document: dict):
    """`document` with one value anywhere in it replaced by an arbitrary JSON value."""
    import copy

    def places(value, path=()):
        yield path
        if isinstance(value, dict):
            for key, child in value.items():
                yield from places(child, path + (key,))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                yield from places(child, path + (index,))

    spots = list(places(document))

    @st.composite
    def build(draw):
        where = draw(st.sampled_from(spots))
        value = draw(json_values())
        out = copy.deepcopy(document)
        if not where:
            return value
        target = out
        for step in where[:-1]:
            target = target[step]
        target[where[-1]] = value
        return out
    return build()
