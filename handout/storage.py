"""JSON files <-> model objects: versioned formats, precise errors, atomic saves.

Every file is UTF-8 JSON, indented, with stable key order, a `"format"` name
and an integer `"version"`. Loading validates everything and collects every
problem with its field path (`items[2].dose.reps: expected a whole number
1-1000, got "ten"`); older versions are migrated, newer ones refused.

Formats (current version 3 for all):

- `handout-exercise`  one exercise            {"exercise": {...}}
- `handout-template`  a reusable programme    {"template": {...}}
- `handout`           one patient's handout   {"handout": {...}}
- `handout-clinic`    the clinic profile      {"clinic": {...}}

Version 1 was the first prototype's draft: doses said `hold`/`rest` instead of
`hold_seconds`/`rest_seconds`, and a handout said `patient` for
`patient_name`. Version 2 held hold and rest as whole seconds and counts as
whole numbers only. Version 3 doses say what the therapist typed, in the
grammar of `handout.dose`: `"sets": 3`, `"reps": "8-12"`, `"hold": "1 min"`,
`"duration": "10 min"` (instead of reps), `"frequency": "twice a day"`, `"side":
"each"`. `_migrate` upgrades older files step by step.

Items in templates and handouts name their exercise by `exercise_id`; they
may also carry a full copy (`exercise`) so a file stays complete when the
library changes or is shared with a colleague who lacks a custom exercise.
Items without a copy are resolved through the `resolve` callable the caller
passes (normally `ExerciseLibrary.get`).

Limits and the format/version check are `documents.parse`'s, the one parser
for every kind of file; reading is `safe_io.read_bytes` (regular files only,
size checked first) and writing `safe_io.write_atomic` (atomic, keeps the
mode of the file it replaces).
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
import re
from pathlib import Path
from typing import Any, Callable

from . import documents, ids, model, safe_io
from .dose import (Amount, DoseError, Frequency, amount_text, frequency_text, parse_amount,
                   parse_frequency)
from .errors import HandoutError, ValidationError
from .model import Clinic, Dose, Exercise, Handout, Item, LayoutOptions, Template

CURRENT_VERSION = documents.MODEL_VERSION
FORMATS = ("handout-exercise", "handout-template", "handout", "handout-clinic")
# Upper bound for any one text field: far above anything typed by hand, low
# enough that a corrupt or hostile file cannot make us allocate gigabytes.
MAX_TEXT = documents.MAX_STRING
MAX_FILE_BYTES = documents.max_bytes(FORMATS)
MAX_ITEMS = documents.MAX_ITEMS

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
                shown = key if len(key) <= 40 else key[:37] + "..."
                self.problem(_join(where, shown), "unknown field (is it misspelt?)")

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
        value = documents.clean_text(value)  # values set in memory are cleaned too
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

    def boolean(self, data: dict, key: str, where: str, default: bool = False) -> bool:
        value = data.get(key, default)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.problem(_join(where, key), f"expected true or false, got {_show(value)}")
            return default
        return value

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
                out.append(documents.clean_text(entry))
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
    return ids.is_valid(value)


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

DOSE_KEYS = ("sets", "reps", "duration", "hold", "rest", "frequency", "side", "load")
AMOUNT_KEYS = ("sets", "reps", "duration", "hold", "rest")


def _read_amount(r: _Reader, data: dict, key: str, where: str) -> Amount | None:
    """A dose amount: a whole number (a count, or seconds for hold and rest) or the
    text a therapist would type ("8-12", "1 min", "as many as comfortable")."""
    value = data.get(key)
    if value is None:
        return None
    here = _join(where, key)
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        r.problem(here, f"expected a number or text like \"8-12\" or \"30 s\", "
                        f"got {_show(value)}")
        return None
    text = value if isinstance(value, str) else repr(value)
    if len(text) > 200:
        r.problem(here, f"too long ({len(text):,} characters; at most 200)")
        return None
    try:
        return parse_amount(text, key)
    except DoseError as error:
        r.problem(here, error.message)
        return None


def _read_frequency(r: _Reader, data: dict, where: str) -> Frequency:
    text = r.text(data, "frequency", where, max_len=200)
    try:
        return parse_frequency(text)
    except DoseError:
        # Words that are not a frequency we can count are kept as typed; a file
        # is never refused for them (the entry field asks the therapist instead).
        return Frequency(text=" ".join(text.split()))


def _read_dose(r: _Reader, value: Any, where: str) -> Dose:
    data = r.obj(value, where)
    r.known_keys(data, where, DOSE_KEYS)
    amounts = {key: _read_amount(r, data, key, where) for key in AMOUNT_KEYS}
    if amounts["reps"] is not None and amounts["duration"] is not None:
        r.problem(_join(where, "duration"), "a dose has reps or a time (or distance), not "
                                            "both; remove one of them")
        amounts["duration"] = None
    return Dose(**amounts,
                frequency=_read_frequency(r, data, where),
                side=r.choice(data, "side", where, model.SIDES, "both"),
                load=r.text(data, "load", where, max_len=200))


def _amount_to_json(amount: Amount) -> int | str:
    if amount.unit == "" and amount.is_exact and amount.low == int(amount.low):
        return int(amount.low)  # a plain count stays a JSON number, as in version 2
    return amount_text(amount)


def dose_to_dict(dose: Dose) -> dict:
    out: dict[str, Any] = {}
    for key in AMOUNT_KEYS:
        amount = getattr(dose, key)
        if amount is not None:
            out[key] = _amount_to_json(amount)
    if not dose.frequency.is_empty:
        out["frequency"] = frequency_text(dose.frequency)
    if dose.load:
        out["load"] = dose.load
    out["side"] = dose.side
    return out


# Exercise --------------------------------------------------------------------

EXERCISE_KEYS = ("id", "name", "aliases", "region", "tags", "equipment", "level", "steps",
                 "dose", "precautions", "illustration", "figure", "photos", "video_url",
                 "easier", "harder")


def _read_figure(r: _Reader, data: dict, key: str, where: str) -> dict | None:
    """An exercise's figure definition: its body `figure` (checked), or the old
    `illustration` of a file from an older version (kept as it is, never an error:
    the built index may know it as an earlier definition of a library exercise)."""
    value = data.get(key)
    if value is not None and not isinstance(value, dict):
        r.problem(_join(where, key),
                  f"expected a figure definition {{...}} or null, got {_show(value)}")
        return None
    if value is not None and key == "figure":
        # Imported lazily: the figure code is only needed when present.
        from .figures import definition_problems
        try:
            found = list(definition_problems(value))
        except Exception:  # the checker must not decide whether a library loads
            found = ["is not a figure definition this version can read"]
        for problem in found:
            r.problem(_join(where, key), str(problem))
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
        easier=_read_ids(r, data, "easier", where),
        harder=_read_ids(r, data, "harder", where),
    )
    return exercise


def _read_ids(r: _Reader, data: dict, key: str, where: str) -> list[str]:
    """Exercise ids (progressions). Whether they exist is the library's question:
    a missing one is listed there, never a reason to refuse this file."""
    ids = []
    for i, value in enumerate(r.texts(data, key, where, max_items=20)):
        if is_valid_id(value):
            ids.append(value)
        else:
            r.problem(f"{_join(where, key)}[{i}]", f"expected an exercise id (like "
                                                  f"\"single-leg-bridge\"), got {_show(value)}")
    return ids


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
    }
    if exercise.easier:
        out["easier"] = list(exercise.easier)
    if exercise.harder:
        out["harder"] = list(exercise.harder)
    if exercise.illustration is not None:
        out["illustration"] = exercise.illustration  # kept from an older file, never lost
    if exercise.figure is not None:
        out["figure"] = exercise.figure
    if exercise.photos:
        out["photos"] = list(exercise.photos)
    if exercise.video_url:
        out["video_url"] = exercise.video_url
    return out


# Handout and template ----------------------------------------------------------

ITEM_KEYS = ("exercise_id", "exercise", "dose", "notes", "steps", "video_url")
OPTION_KEYS = ("layout", "page_size", "diary_weeks", "show_time")
HANDOUT_KEYS = ("title", "patient_name", "date", "therapist", "review_date", "education",
                "items", "advice", "options", "pain_rule", "pain_rule_reason", "language",
                "second_language")
TEMPLATE_KEYS = ("id", "name", "description", "tags", "title", "education", "items",
                 "advice", "options", "pain_rule", "pain_rule_reason", "language")


def _read_language(r: _Reader, data: dict, where: str) -> str:
    """A handout language ("es", "zh-Hans" and "pt-PT" are understood), "en" if absent."""
    from . import i18n
    typed = r.text(data, "language", where, default="en", max_len=40)
    code = i18n.normalise(typed)
    if code is None:
        r.problem(_join(where, "language"),
                  f"handouts cannot be printed in {_show(typed)}; choose one of "
                  f"{', '.join(i18n.LANGUAGES)}")
        return "en"
    return code


def _read_second_language(r: _Reader, data: dict, where: str, language: str) -> str:
    """The second language exercise texts also print in ("" for none): one of the
    handout languages, and not the handout's own language."""
    from . import i18n
    typed = r.text(data, "second_language", where, max_len=40)
    if not typed.strip():
        return ""
    code = i18n.normalise(typed)
    if code is None:
        r.problem(_join(where, "second_language"),
                  f"handouts cannot also be printed in {_show(typed)}; choose one of "
                  f"{', '.join(i18n.LANGUAGES)}, or remove it for none")
        return ""
    if code == language:
        r.problem(_join(where, "second_language"),
                  f"{_show(typed)} is already the handout language; choose another "
                  "language, or remove it for none")
        return ""
    return code


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


def _read_layout(r: _Reader, data: dict, where: str) -> str:
    """The layout's name. One this version does not know (a file from a newer version)
    is kept as it is, so saving the file loses nothing; it prints in the standard
    layout, and the editor and the CLI say so (`handout.layouts.unknown_notice`)."""
    value = r.text(data, "layout", where, default="standard", max_len=40)
    if not value.strip():
        return "standard"
    if value not in model.LAYOUTS and not re.fullmatch(r"[a-z0-9][a-z0-9-]*", value):
        r.problem(_join(where, "layout"),
                  f"expected one of {', '.join(model.LAYOUTS)}, got {_show(value)}")
        return "standard"
    return value


def _read_options(r: _Reader, value: Any, where: str) -> LayoutOptions:
    data = r.obj(value, where)
    r.known_keys(data, where, OPTION_KEYS)
    return LayoutOptions(
        layout=_read_layout(r, data, where),
        page_size=r.choice(data, "page_size", where, model.PAGE_SIZES, "A4"),
        diary_weeks=r.whole(data, "diary_weeks", where, 0, 12) or 0,
        show_time=r.boolean(data, "show_time", where),
    )


def _read_handout_body(r: _Reader, data: dict, where: str, resolve: Resolver | None,
                       patient_fields: bool) -> Handout:
    language = _read_language(r, data, where)
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
        language=language,
        second_language=_read_second_language(r, data, where, language)
        if patient_fields else "",
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
    out: dict[str, Any] = {"layout": options.layout, "page_size": options.page_size,
                           "diary_weeks": options.diary_weeks}
    if options.show_time:
        out["show_time"] = True
    return out


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
        **({"language": handout.language} if handout.language != "en" else {}),
        **({"second_language": handout.second_language} if handout.second_language else {}),
    }


def template_to_dict(template: Template, embed_exercises: bool = True) -> dict:
    body = handout_to_dict(model.strip_patient_details(template.handout), embed_exercises)
    for key in model.PATIENT_FIELDS:
        body.pop(key, None)
    return {"id": template.id, "name": template.name, "description": template.description,
            "tags": list(template.tags), **body}


# Clinic ------------------------------------------------------------------------

CLINIC_KEYS = ("name", "address", "phone", "email", "website", "logo_path", "therapist",
               "disclaimer", "page_size", "accent_color", "pain_rule", "language")


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
                  accent_color=accent, language=_read_language(r, data, where))


def _is_hex_colour(value: str) -> bool:
    return len(value) == 7 and value[0] == "#" and all(
        c in "0123456789abcdefABCDEF" for c in value[1:])


def clinic_to_dict(clinic: Clinic) -> dict:
    # The pain rule only when the clinic wrote its own (see handout_to_dict).
    return {key: getattr(clinic, key) for key in CLINIC_KEYS
            if (key != "pain_rule" or clinic.pain_rule)
            and (key != "language" or clinic.language != "en")}


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
    if document["version"] == 2:
        _for_each_dose(document, _dose_v2_to_v3)
        document["version"] = 3
    return document


def _for_each_dose(document: dict, fix: Callable[[dict], None]) -> None:
    """Call `fix` on every dose object of a parsed document (exercise, items, copies)."""
    def exercise(value: Any) -> None:
        if isinstance(value, dict) and isinstance(value.get("dose"), dict):
            fix(value["dose"])

    body = document.get({"handout-exercise": "exercise", "handout-template": "template",
                         "handout": "handout"}.get(document.get("format"), ""), None)
    if document.get("format") == "handout-exercise":
        exercise(body)
    elif isinstance(body, dict) and isinstance(body.get("items"), list):
        for item in body["items"]:
            if isinstance(item, dict):
                if isinstance(item.get("dose"), dict):
                    fix(item["dose"])
                exercise(item.get("exercise"))


def _dose_v2_to_v3(dose: dict) -> None:
    """Version 2 held hold and rest as whole seconds (`hold_seconds: 5`); version 3
    says the unit (`hold: "5 s"`), so a hold can also be "1 min"."""
    for old, new in (("hold_seconds", "hold"), ("rest_seconds", "rest")):
        if old in dose and new not in dose:
            value = dose.pop(old)
            # A bad value moves as it is, for the reader to report under its new name.
            is_number = isinstance(value, int) and not isinstance(value, bool)
            dose[new] = f"{value} s" if is_number else value


def parse_document(text: str | bytes, expected_format: str | tuple[str, ...],
                   path: str | Path | None = None) -> dict:
    """Parse JSON text, check `format`, `version` and every limit, and migrate to the current
    version (`documents.parse` does all but the migration)."""
    return _migrate(documents.parse(text, expected_format, path))


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


def read_text(path: str | Path, limit: int = MAX_FILE_BYTES,
              root: str | Path | None = None) -> bytes:
    """The bytes of a regular file (at most `limit`), with a clear error when it cannot be
    read; inside `root` when given (see `safe_io.read_bytes`)."""
    return safe_io.read_bytes(path, limit, root)


def exercise_from_bytes(data: bytes, path: str | Path | None = None) -> Exercise:
    return exercise_from_document(parse_document(data, "handout-exercise", path), path)


def load_exercise(path: str | Path, root: str | Path | None = None) -> Exercise:
    return exercise_from_bytes(read_text(path, documents.KINDS["handout-exercise"].max_bytes,
                                         root), path)


def load_template(path: str | Path, resolve: Resolver | None = None) -> Template:
    document = parse_document(read_text(path), "handout-template", path)
    return template_from_document(document, path, resolve)


def load_handout(path: str | Path, resolve: Resolver | None = None) -> Handout:
    document = parse_document(read_text(path), "handout", path)
    return handout_from_document(document, path, resolve)


def load_clinic(path: str | Path, root: str | Path | None = None) -> Clinic:
    data = read_text(path, documents.KINDS["handout-clinic"].max_bytes, root)
    return clinic_from_document(parse_document(data, "handout-clinic", path), path)


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
    return documents.dumps(doc)


def atomic_write(path: str | Path, data: bytes, root: str | Path | None = None) -> Path:
    """Write `data` to `path` so that a failure leaves the old file (or no file) intact.

    See `safe_io.write_atomic`: a temp file in the same folder, fsynced, then
    `os.replace`; the mode of the file replaced is kept, a new file follows
    the user's umask.
    """
    return safe_io.write_atomic(path, data, root)


def _check_items(handout: Handout) -> None:
    if len(handout.items) > MAX_ITEMS:
        raise ValidationError(f"a handout can hold at most {MAX_ITEMS} exercises (this one "
                              f"has {len(handout.items)}); remove some or split it in two")


def exercise_bytes(exercise: Exercise) -> bytes:
    return dumps(document("handout-exercise", "exercise", exercise_to_dict(exercise)))


def save_exercise(exercise: Exercise, path: str | Path, root: str | Path | None = None) -> None:
    atomic_write(path, exercise_bytes(exercise), root)


def save_template(template: Template, path: str | Path, embed_exercises: bool = True) -> None:
    atomic_write(path, template_bytes(template, embed_exercises))


def template_bytes(template: Template, embed_exercises: bool = True) -> bytes:
    _check_items(template.handout)
    return dumps(document("handout-template", "template",
                          template_to_dict(template, embed_exercises)))


def save_handout(handout: Handout, path: str | Path) -> None:
    atomic_write(path, handout_bytes(handout))


def handout_bytes(handout: Handout) -> bytes:
    _check_items(handout)
    return dumps(document("handout", "handout", handout_to_dict(handout)))


def save_clinic(clinic: Clinic, path: str | Path, root: str | Path | None = None) -> None:
    atomic_write(path, dumps(document("handout-clinic", "clinic", clinic_to_dict(clinic))),
                 root)


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

