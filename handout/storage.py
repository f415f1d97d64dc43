"""JSON files <-> model objects: versioned formats, precise errors, atomic saves.

Every file is UTF-8 JSON, indented, with stable key order, a `"format"` name
and an integer `"version"`. Loading validates everything and collects every
problem with its field path (`items[2].dose.reps: expected a whole number
1-1000, got "ten"`); older versions are migrated, newer ones refused.

Formats (current version 2 for all):

- `handout-exercise`  one exercise            {"exercise": {...}}
- `handout-template`  a reusable programme    {"template": {...}}
- `handout`           one patient's handout   {"handout": {...}}
- `handout-clinic`    the clinic profile      {"clinic": {...}}

Version 1 was the first prototype's draft: doses said `hold`/`rest` instead of
`hold_seconds`/`rest_seconds`, and a handout said `patient` for
`patient_name`. `_migrate` upgrades it.

Items in templates and handouts name their exercise by `exercise_id`; they
may also carry a full copy (`exercise`) so a file stays complete when the
library changes or is shared with a colleague who lacks a custom exercise.
Items without a copy are resolved through the `resolve` callable the caller
passes (normally `ExerciseLibrary.get`).
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Callable

from . import model
from .errors import HandoutError, StorageError, ValidationError
from .model import Clinic, Dose, Exercise, Handout, Item, LayoutOptions, Template

CURRENT_VERSION = 2
FORMATS = ("handout-exercise", "handout-template", "handout", "handout-clinic")
# Upper bound for any one text field: far above anything typed by hand, low
# enough that a corrupt or hostile file cannot make us allocate gigabytes.
MAX_TEXT = 200_000
MAX_FILE_BYTES = 50_000_000

Resolver = Callable[[str], Exercise]


# --------------------------------------------------------------------- reading

class _Reader:
    """Validates raw JSON values, collecting every problem with its field path."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}" if where else message)

    def obj(self, value: Any, where: str) -> dict:
        if isinstance(value, dict):
            return value
        self.problem(where, f"expected an object {{...}}, got {_show(value)}")
        return {}

    def known_keys(self, data: dict, where: str, allowed: tuple[str, ...]) -> None:
        for key in data:
            if key not in allowed:
                self.problem(_join(where, key), "unknown field (is it misspelt?)")

    def text(self, data: dict, key: str, where: str, default: str = "",
             required: bool = False, max_len: int = MAX_TEXT) -> str:
        here = _join(where, key)
        if key not in data or data[key] is None:
            if required:
                self.problem(here, "missing; expected some text")
            return default
        value = data[key]
        if not isinstance(value, str):
            self.problem(here, f"expected text, got {_show(value)}")
            return default
        if required and not value.strip():
            self.problem(here, "must not be empty")
        if len(value) > max_len:
            self.problem(here, f"too long ({len(value):,} characters; at most {max_len:,})")
            return value[:max_len]
        return value

    def whole(self, data: dict, key: str, where: str, low: int, high: int) -> int | None:
        here = _join(where, key)
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or \
                (isinstance(value, float) and not value.is_integer()) or \
                not low <= value <= high:
            self.problem(here, f"expected a whole number {low}-{high}, got {_show(value)}")
            return None
        return int(value)

    def choice(self, data: dict, key: str, where: str, choices: tuple[str, ...],
               default: str) -> str:
        here = _join(where, key)
        value = data.get(key, default)
        if value is None:
            return default
        if value not in choices:
            self.problem(here, f"expected one of {', '.join(choices)}, got {_show(value)}")
            return default
        return value

    def texts(self, data: dict, key: str, where: str, max_items: int = 1000) -> list[str]:
        here = _join(where, key)
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(here, f"expected a list of texts, got {_show(value)}")
            return []
        if len(value) > max_items:
            self.problem(here, f"too many entries ({len(value)}; at most {max_items})")
            value = value[:max_items]
        out = []
        for i, entry in enumerate(value):
            if not isinstance(entry, str):
                self.problem(f"{here}[{i}]", f"expected text, got {_show(entry)}")
            elif len(entry) > MAX_TEXT:
                self.problem(f"{here}[{i}]", f"too long ({len(entry):,} characters)")
            else:
                out.append(entry)
        return out

    def date(self, data: dict, key: str, where: str) -> _dt.date | None:
        here = _join(where, key)
        value = data.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                return _dt.date.fromisoformat(value)
            except ValueError:
                pass
        self.problem(here, f"expected a date like 2026-03-31, got {_show(value)}")
        return None

    def identifier(self, data: dict, key: str, where: str) -> str:
        value = self.text(data, key, where, required=True, max_len=200)
        if value and not is_valid_id(value):
            self.problem(_join(where, key), f"expected lower-case letters, digits and "
                                            f"dashes (like \"side-plank\"), got {_show(value)}")
        return value


def is_valid_id(value: str) -> bool:
    return bool(value) and len(value) <= 200 and all(
        c.isascii() and (c.islower() or c.isdigit() or c == "-") for c in value) \
        and not value.startswith("-")


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _show(value: Any) -> str:
    """A short, readable rendering of a bad value for an error message."""
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return json.dumps(text, ensure_ascii=False)
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


# Dose ------------------------------------------------------------------------

DOSE_KEYS = ("sets", "reps", "hold_seconds", "rest_seconds", "frequency", "side", "load")


def _read_dose(r: _Reader, value: Any, where: str) -> Dose:
    data = r.obj(value, where)
    r.known_keys(data, where, DOSE_KEYS)
    return Dose(
        sets=r.whole(data, "sets", where, 1, 100),
        reps=r.whole(data, "reps", where, 1, 1000),
        hold_seconds=r.whole(data, "hold_seconds", where, 1, 3600),
        rest_seconds=r.whole(data, "rest_seconds", where, 1, 3600),
        frequency=r.text(data, "frequency", where, max_len=200),
        side=r.choice(data, "side", where, model.SIDES, "both"),
        load=r.text(data, "load", where, max_len=200),
    )


def dose_to_dict(dose: Dose) -> dict:
    out: dict[str, Any] = {}
    for key in ("sets", "reps", "hold_seconds", "rest_seconds"):
        if getattr(dose, key) is not None:
            out[key] = getattr(dose, key)
    for key in ("frequency", "load"):
        if getattr(dose, key):
            out[key] = getattr(dose, key)
    out["side"] = dose.side
    return out


# Exercise --------------------------------------------------------------------

EXERCISE_KEYS = ("id", "name", "aliases", "region", "tags", "equipment", "level", "steps",
                 "dose", "precautions", "illustration", "figure", "photos", "video_url")


def _read_figure(r: _Reader, data: dict, key: str, where: str) -> dict | None:
    """An exercise's figure definition (old `illustration` or body `figure`), checked."""
    value = data.get(key)
    if value is not None and not isinstance(value, dict):
        r.problem(_join(where, key),
                  f"expected a figure definition {{...}} or null, got {_show(value)}")
        return None
    if value is not None:
        # Imported lazily: the figure code is large and only needed when present.
        from .figures import definition_problems
        if key == "figure" and value.get("version") != 2:
            r.problem(_join(where, key), "expected a body figure with \"version\": 2 (an old "
                      "stick-figure definition goes in \"illustration\")")
            return value
        for problem in definition_problems(value):
            r.problem(_join(where, key), problem)
    return value


def _read_exercise(r: _Reader, value: Any, where: str) -> Exercise:
    data = r.obj(value, where)
    r.known_keys(data, where, EXERCISE_KEYS)
    illustration = _read_figure(r, data, "illustration", where)
    figure = _read_figure(r, data, "figure", where)
    exercise = Exercise(
        id=r.identifier(data, "id", where),
        name=r.text(data, "name", where, required=True, max_len=200),
        region=r.text(data, "region", where, default="general", max_len=100) or "general",
        aliases=r.texts(data, "aliases", where),
        tags=r.texts(data, "tags", where),
        equipment=r.texts(data, "equipment", where),
        level=r.choice(data, "level", where, model.LEVELS, "beginner"),
        steps=r.texts(data, "steps", where),
        dose=_read_dose(r, data.get("dose", {}), _join(where, "dose")),
        precautions=r.texts(data, "precautions", where),
        illustration=illustration,
        figure=figure,
        photos=r.texts(data, "photos", where, max_items=3),
        video_url=_read_url(r, data, "video_url", where),
    )
    return exercise


def _read_url(r: _Reader, data: dict, key: str, where: str) -> str:
    url = r.text(data, key, where, max_len=2000).strip()
    if url and not (url.startswith("https://") or url.startswith("http://")):
        r.problem(_join(where, key), f"expected a web link starting with https://, got {_show(url)}")
        return ""
    return url


def exercise_to_dict(exercise: Exercise) -> dict:
    out: dict[str, Any] = {
        "id": exercise.id,
        "name": exercise.name,
        "aliases": list(exercise.aliases),
        "region": exercise.region,
        "tags": list(exercise.tags),
        "equipment": list(exercise.equipment),
        "level": exercise.level,
        "steps": list(exercise.steps),
        "dose": dose_to_dict(exercise.dose),
        "precautions": list(exercise.precautions),
        "illustration": exercise.illustration,
    }
    if exercise.figure is not None:
        out["figure"] = exercise.figure
    if exercise.photos:
        out["photos"] = list(exercise.photos)
    if exercise.video_url:
        out["video_url"] = exercise.video_url
    return out


# Handout and template ----------------------------------------------------------

ITEM_KEYS = ("exercise_id", "exercise", "dose", "notes", "steps", "video_url")
OPTION_KEYS = ("layout", "page_size", "diary_weeks")
HANDOUT_KEYS = ("title", "patient_name", "date", "therapist", "review_date", "education",
                "items", "advice", "options", "pain_rule", "pain_rule_reason")
TEMPLATE_KEYS = ("id", "name", "description", "tags", "title", "education", "items",
                 "advice", "options", "pain_rule", "pain_rule_reason")


def _read_item(r: _Reader, value: Any, where: str, resolve: Resolver | None) -> Item | None:
    data = r.obj(value, where)
    r.known_keys(data, where, ITEM_KEYS)
    exercise_id = r.identifier(data, "exercise_id", where)
    if "exercise" in data:
        exercise = _read_exercise(r, data["exercise"], _join(where, "exercise"))
        if exercise_id and exercise.id and exercise.id != exercise_id:
            r.problem(_join(where, "exercise.id"),
                      f"does not match exercise_id {_show(exercise_id)}")
    elif not exercise_id:
        return None
    elif resolve is None:
        r.problem(_join(where, "exercise_id"),
                  f"{_show(exercise_id)} has no copy of the exercise in the file, "
                  "and no library was given to look it up")
        return None
    else:
        try:
            exercise = resolve(exercise_id)
        except HandoutError:
            r.problem(_join(where, "exercise_id"),
                      f"no exercise {_show(exercise_id)} in the library")
            return None
        exercise = copy.deepcopy(exercise)
    dose = _read_dose(r, data["dose"], _join(where, "dose")) if data.get("dose") is not None \
        else None
    steps = r.texts(data, "steps", where) if data.get("steps") is not None else None
    return Item(exercise=exercise, dose=dose, notes=r.text(data, "notes", where),
                steps=steps, video_url=_read_url(r, data, "video_url", where))


def _read_items(r: _Reader, data: dict, where: str, resolve: Resolver | None) -> list[Item]:
    value = data.get("items", [])
    here = _join(where, "items")
    if not isinstance(value, list):
        r.problem(here, f"expected a list of exercises, got {_show(value)}")
        return []
    items = []
    for i, entry in enumerate(value):
        item = _read_item(r, entry, f"{here}[{i}]", resolve)
        if item is not None:
            items.append(item)
    return items


def _read_options(r: _Reader, value: Any, where: str) -> LayoutOptions:
    data = r.obj(value, where)
    r.known_keys(data, where, OPTION_KEYS)
    return LayoutOptions(
        layout=r.choice(data, "layout", where, model.LAYOUTS, "standard"),
        page_size=r.choice(data, "page_size", where, model.PAGE_SIZES, "A4"),
        diary_weeks=r.whole(data, "diary_weeks", where, 0, 12) or 0,
    )


def _read_handout_body(r: _Reader, data: dict, where: str, resolve: Resolver | None,
                       patient_fields: bool) -> Handout:
    return Handout(
        title=r.text(data, "title", where, default="Your exercise programme", max_len=500),
        patient_name=r.text(data, "patient_name", where, max_len=500) if patient_fields else "",
        date=r.date(data, "date", where) if patient_fields else None,
        therapist=r.text(data, "therapist", where, max_len=500) if patient_fields else "",
        review_date=r.date(data, "review_date", where) if patient_fields else None,
        education=r.text(data, "education", where),
        items=_read_items(r, data, where, resolve),
        advice=r.text(data, "advice", where),
        options=_read_options(r, data.get("options", {}), _join(where, "options")),
        pain_rule=r.text(data, "pain_rule", where, max_len=5000),
        pain_rule_reason=r.text(data, "pain_rule_reason", where, max_len=5000),
    )


def _read_handout(r: _Reader, value: Any, where: str, resolve: Resolver | None) -> Handout:
    data = r.obj(value, where)
    r.known_keys(data, where, HANDOUT_KEYS)
    return _read_handout_body(r, data, where, resolve, patient_fields=True)


def _read_template(r: _Reader, value: Any, where: str, resolve: Resolver | None) -> Template:
    data = r.obj(value, where)
    r.known_keys(data, where, TEMPLATE_KEYS)
    return Template(
        id=r.identifier(data, "id", where),
        name=r.text(data, "name", where, required=True, max_len=200),
        description=r.text(data, "description", where, max_len=5000),
        tags=r.texts(data, "tags", where),
        handout=_read_handout_body(r, data, where, resolve, patient_fields=False),
    )


def _item_to_dict(item: Item, embed_exercise: bool) -> dict:
    out: dict[str, Any] = {"exercise_id": item.exercise.id}
    if embed_exercise:
        out["exercise"] = exercise_to_dict(item.exercise)
    if item.dose is not None:
        out["dose"] = dose_to_dict(item.dose)
    if item.notes:
        out["notes"] = item.notes
    if item.steps is not None:
        out["steps"] = list(item.steps)
    if item.video_url:
        out["video_url"] = item.video_url
    return out


def _options_to_dict(options: LayoutOptions) -> dict:
    return {"layout": options.layout, "page_size": options.page_size,
            "diary_weeks": options.diary_weeks}


def handout_to_dict(handout: Handout, embed_exercises: bool = True) -> dict:
    return {
        "title": handout.title,
        "patient_name": handout.patient_name,
        "date": handout.date.isoformat() if handout.date else None,
        "therapist": handout.therapist,
        "review_date": handout.review_date.isoformat() if handout.review_date else None,
        "education": handout.education,
        "items": [_item_to_dict(i, embed_exercises) for i in handout.items],
        "advice": handout.advice,
        "options": _options_to_dict(handout.options),
        # Written only when set, so a file without an override stays readable
        # by versions that do not know these fields.
        **{key: getattr(handout, key) for key in ("pain_rule", "pain_rule_reason")
           if getattr(handout, key)},
    }


def template_to_dict(template: Template, embed_exercises: bool = True) -> dict:
    body = handout_to_dict(model.strip_patient_details(template.handout), embed_exercises)
    for key in model.PATIENT_FIELDS:
        body.pop(key, None)
    return {"id": template.id, "name": template.name, "description": template.description,
            "tags": list(template.tags), **body}


# Clinic ------------------------------------------------------------------------

CLINIC_KEYS = ("name", "address", "phone", "email", "website", "logo_path", "therapist",
               "disclaimer", "page_size", "accent_color", "pain_rule")


def _read_clinic(r: _Reader, value: Any, where: str) -> Clinic:
    data = r.obj(value, where)
    r.known_keys(data, where, CLINIC_KEYS)
    accent = r.text(data, "accent_color", where, default="#2a7f8e", max_len=20)
    if not _is_hex_colour(accent):
        r.problem(_join(where, "accent_color"),
                  f"expected a colour like #2a7f8e, got {_show(accent)}")
        accent = "#2a7f8e"
    return Clinic(**{key: r.text(data, key, where, max_len=5000) for key in
                     ("name", "address", "phone", "email", "website", "logo_path",
                      "therapist", "disclaimer", "pain_rule")},
                  page_size=r.choice(data, "page_size", where, model.PAGE_SIZES, "A4"),
                  accent_color=accent)


def _is_hex_colour(value: str) -> bool:
    return len(value) == 7 and value[0] == "#" and all(
        c in "0123456789abcdefABCDEF" for c in value[1:])


def clinic_to_dict(clinic: Clinic) -> dict:
    # The pain rule only when the clinic wrote its own (see handout_to_dict).
    return {key: getattr(clinic, key) for key in CLINIC_KEYS
            if key != "pain_rule" or clinic.pain_rule}


# ------------------------------------------------------------------ documents

def _migrate(document: dict) -> dict:
    """Upgrade a parsed document from an older version to the current one, in place."""
    version = document["version"]
    if version == 1:
        def fix_dose(dose: Any) -> None:
            if isinstance(dose, dict):
                for old, new in (("hold", "hold_seconds"), ("rest", "rest_seconds")):
                    if old in dose and new not in dose:
                        dose[new] = dose.pop(old)

        def fix_items(body: Any) -> None:
            if isinstance(body, dict) and isinstance(body.get("items"), list):
                for item in body["items"]:
                    if isinstance(item, dict):
                        fix_dose(item.get("dose"))
                        if isinstance(item.get("exercise"), dict):
                            fix_dose(item["exercise"].get("dose"))

        body = document.get({"handout-exercise": "exercise", "handout-template": "template",
                             "handout": "handout"}.get(document["format"], ""), None)
        if document["format"] == "handout-exercise" and isinstance(body, dict):
            fix_dose(body.get("dose"))
        if document["format"] == "handout" and isinstance(body, dict) and "patient" in body:
            body.setdefault("patient_name", body.pop("patient"))
        fix_items(body)
        document["version"] = 2
    return document


def parse_document(text: str | bytes, expected_format: str | tuple[str, ...],
                   path: str | Path | None = None) -> dict:
    """Parse JSON text, check `format` and `version`, and migrate to the current version."""
    expected = (expected_format,) if isinstance(expected_format, str) else expected_format
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")  # tolerate the BOM some editors add
        except UnicodeDecodeError:
            raise ValidationError("is not UTF-8 text; it may not be a handout file",
                                  path=path) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        # A string that never closes, or an error at the very end, means the
        # file stops early: the usual result of an interrupted copy or download.
        cut_short = error.pos >= len(text.rstrip()) - 1 or error.msg.startswith("Unterminated")
        hint = "the file is cut short (was it copied completely?)" if cut_short else error.msg
        raise ValidationError(f"is not valid JSON at line {error.lineno}, column "
                              f"{error.colno}: {hint}", path=path) from None
    except RecursionError:
        raise ValidationError("is nested too deeply to be a handout file", path=path) from None
    if not isinstance(document, dict) or "format" not in document:
        raise ValidationError(f"is not a Handout Builder file (no \"format\" field); "
                              f"expected a {' or '.join(expected)} file", path=path)
    file_format = document.get("format")
    if file_format not in expected:
        what = {"handout-exercise": "an exercise", "handout-template": "a template",
                "handout": "a handout", "handout-clinic": "a clinic profile"}
        found = what.get(file_format, _show(file_format))
        wanted = " or ".join(what.get(f, f) for f in expected)
        raise ValidationError(f"is {found} file, expected {wanted} file", path=path)
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValidationError(f"version: expected a whole number, got {_show(version)}",
                              path=path)
    if version > CURRENT_VERSION:
        raise ValidationError(f"was made by a newer Handout Builder (file version {version}; "
                              f"this one reads up to {CURRENT_VERSION}). Please update the "
                              "app to open it.", path=path)
    return _migrate(document)


def _finish(r: _Reader, result: Any, path: str | Path | None) -> Any:
    if r.problems:
        extra = len(r.problems) - 1
        more = f" (and {extra} more problem{'s' if extra != 1 else ''})" if extra else ""
        error = ValidationError(r.problems[0] + more, path=path)
        error.problems = list(r.problems)
        raise error
    return result


def exercise_from_document(document: dict, path: str | Path | None = None) -> Exercise:
    r = _Reader()
    r.known_keys(document, "", ("format", "version", "exercise"))
    exercise = _read_exercise(r, document.get("exercise"), "")
    return _finish(r, exercise, path)


def template_from_document(document: dict, path: str | Path | None = None,
                           resolve: Resolver | None = None) -> Template:
    r = _Reader()
    r.known_keys(document, "", ("format", "version", "template"))
    template = _read_template(r, document.get("template"), "", resolve)
    return _finish(r, template, path)


def handout_from_document(document: dict, path: str | Path | None = None,
                          resolve: Resolver | None = None) -> Handout:
    r = _Reader()
    r.known_keys(document, "", ("format", "version", "handout"))
    # Field paths are given from inside the handout ("items[2].dose.reps"),
    # the way a therapist thinks of the document.
    handout = _read_handout(r, document.get("handout"), "", resolve)
    return _finish(r, handout, path)


def clinic_from_document(document: dict, path: str | Path | None = None) -> Clinic:
    r = _Reader()
    r.known_keys(document, "", ("format", "version", "clinic"))
    clinic = _read_clinic(r, document.get("clinic"), "")
    return _finish(r, clinic, path)


def read_text(path: str | Path) -> bytes:
    """The bytes of a file, with a clear error when it cannot be read."""
    path = Path(path)
    try:
        if path.is_dir():
            raise StorageError("is a folder, not a file", path=path)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise StorageError(f"is too large to be a handout file ({size // 1_000_000} MB)",
                               path=path)
        return path.read_bytes()
    except FileNotFoundError:
        raise StorageError("no such file", path=path) from None
    except PermissionError:
        raise StorageError("permission denied; check that you may read this file",
                           path=path) from None
    except OSError as error:
        raise StorageError(f"cannot be read ({error.strerror or error})", path=path) from None


def load_exercise(path: str | Path) -> Exercise:
    return exercise_from_document(parse_document(read_text(path), "handout-exercise", path),
                                  path)


def load_template(path: str | Path, resolve: Resolver | None = None) -> Template:
    document = parse_document(read_text(path), "handout-template", path)
    return template_from_document(document, path, resolve)


def load_handout(path: str | Path, resolve: Resolver | None = None) -> Handout:
    document = parse_document(read_text(path), "handout", path)
    return handout_from_document(document, path, resolve)


def load_clinic(path: str | Path) -> Clinic:
    return clinic_from_document(parse_document(read_text(path), "handout-clinic", path), path)


def load_handout_or_template(path: str | Path,
                             resolve: Resolver | None = None) -> Handout | Template:
    """Either kind of file, told apart by its `format`."""
    document = parse_document(read_text(path), ("handout", "handout-template"), path)
    if document["format"] == "handout":
        return handout_from_document(document, path, resolve)
    return template_from_document(document, path, resolve)


# ------------------------------------------------------------------- writing

def document(file_format: str, key: str, body: dict) -> dict:
    return {"format": file_format, "version": CURRENT_VERSION, key: body}


def dumps(doc: dict) -> bytes:
    """Stable, human-readable JSON: indented, UTF-8, keys in the order written."""
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def atomic_write(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` so that a failure leaves the old file (or no file) intact.

    The bytes go to a temporary file in the same folder, are flushed and
    fsynced, and then `os.replace` swaps it in: readers see the old file or the
    new one, never half of one.
    """
    path = Path(path)
    folder = path.parent
    existed = path.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(f"cannot create the folder ({error.strerror or error})",
                           path=folder) from None
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
    except PermissionError:
        raise StorageError("permission denied; choose a folder you may write to",
                           path=path) from None
    except OSError as error:
        kept = "the previous version is unchanged" if existed else "no file was written"
        raise StorageError(f"could not be saved ({error.strerror or error}); {kept}",
                           path=path) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def save_exercise(exercise: Exercise, path: str | Path) -> None:
    atomic_write(path, dumps(document("handout-exercise", "exercise",
                                      exercise_to_dict(exercise))))


def save_template(template: Template, path: str | Path, embed_exercises: bool = True) -> None:
    atomic_write(path, template_bytes(template, embed_exercises))


def template_bytes(template: Template, embed_exercises: bool = True) -> bytes:
    return dumps(document("handout-template", "template",
                          template_to_dict(template, embed_exercises)))


def save_handout(handout: Handout, path: str | Path) -> None:
    atomic_write(path, handout_bytes(handout))


def handout_bytes(handout: Handout) -> bytes:
    return dumps(document("handout", "handout", handout_to_dict(handout)))


def save_clinic(clinic: Clinic, path: str | Path) -> None:
    atomic_write(path, dumps(document("handout-clinic", "clinic", clinic_to_dict(clinic))))


def validate_file(path: str | Path, resolve: Resolver | None = None) -> list[str]:
    """Every problem found in any kind of Handout Builder file ([] when it is fine)."""
    try:
        document = parse_document(read_text(path), FORMATS, path)
        loader = {
            "handout-exercise": lambda: exercise_from_document(document, path),
            "handout-template": lambda: template_from_document(document, path, resolve),
            "handout": lambda: handout_from_document(document, path, resolve),
            "handout-clinic": lambda: clinic_from_document(document, path),
        }[document["format"]]
        loader()
    except ValidationError as error:
        problems = getattr(error, "problems", None)
        if problems:
            return [f"{path}: {p}" for p in problems]
        return [str(error)]
    except HandoutError as error:
        return [str(error)]
    return []

