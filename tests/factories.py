"""Factories shared by the tests: handouts, templates, exercises and clinic folders.

Small functions, not fixtures, so a test (or a subprocess it starts) can
make exactly what it needs: `make_clinic_folder(path)`, `make_handout(...)`,
`write_template(folder, ...)`, `write_exercise(folder, ...)`, and
`render(handout, clinic, collection)` (photos and logo loaded, as the app does).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from handout import model, storage
from handout.model import Dose, Exercise, Handout, Item, LayoutOptions

PATIENT = "Zoë Smith"


def make_clinic_folder(path: Path) -> Path:
    """A clinic library folder with empty `templates/` and `exercises/`."""
    (path / "templates").mkdir(parents=True, exist_ok=True)
    (path / "exercises").mkdir(parents=True, exist_ok=True)
    return path


def make_exercise(exercise_id: str = "knee-bend", name: str = "Knee bend", **changes) -> Exercise:
    fields = dict(id=exercise_id, name=name, region="knee",
                  steps=["Sit tall on a chair.", "Straighten one knee, then lower it."],
                  dose=Dose(sets=3, reps=10, frequency="once a day"))
    fields.update(changes)
    return Exercise(**fields)


def make_handout(items: list[Item] | int = 2, layout: str = "standard", diary_weeks: int = 0,
                 **changes) -> Handout:
    if isinstance(items, int):
        items = [Item(make_exercise(f"ex-{n}", f"Exercise {n}")) for n in range(1, items + 1)]
    fields = dict(title="Knee programme", patient_name=PATIENT, date=dt.date(2026, 3, 30),
                  therapist="Sam Okafor", items=items,
                  options=LayoutOptions(layout=layout, diary_weeks=diary_weeks))
    fields.update(changes)
    return Handout(**fields)


def write_exercise(folder: Path, exercise_id: str = "knee-bend", name: str = "Knee bend",
                   **changes) -> Path:
    path = folder / f"{exercise_id}.json"
    storage.save_exercise(make_exercise(exercise_id, name, **changes), path)
    return path


def write_template(folder: Path, template_id: str = "knee-week-1", name: str = "Knee week 1",
                   items: int = 2) -> Path:
    template = model.Template(id=template_id, name=name, handout=make_handout(items))
    path = folder / f"{template_id}.json"
    storage.save_template(template, path)
    return path


def write_json(path: Path, value, ascii_only: bool = True) -> Path:
    """Any JSON value to a file, lone surrogates and all (as a broken tool might).

    `ascii_only`: every non-ASCII character as a `\\u` escape (lone surrogates
    then reach the parser); otherwise raw, which makes such a file invalid UTF-8.
    """
    text = json.dumps(value, ensure_ascii=ascii_only)
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    return path


def render(handout: Handout, clinic: model.Clinic | None = None, collection=None) -> bytes:
    """The PDF as the app makes it: the collection loads photos and logo, then the render."""
    if collection is None:
        from handout.collection import Collection
        collection = Collection(clinic=None, tidy=False)
    return collection.render(handout, clinic)
