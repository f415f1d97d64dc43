"""Translations of exercises and templates: the file format, the loader and the checks.

One JSON file per language and item, beside nothing else of ours:

    assets/i18n/content/<lang>/exercises/<exercise id>.json
    assets/i18n/content/<lang>/templates/<template id>.json

Each translated string is stored with the English text it translates
("en"), so a changed English text is found at once: its translation is
*stale* and is not printed (the English is, and the status report and the
editor say so) until someone translates the new text. Lists (steps,
precautions) are matched by their English text, not by position, so
reordering the English steps keeps every translation. Search words
("keywords") are a free list per language: they are what a patient's
language calls the exercise, not a translation of the English aliases.

A file records its status: "draft" (written by us, or edited by the clinic
but not reviewed) or "reviewed" with the clinician's name and the date. A
clinic's edits and reviews are files of the same format in the clinic library
(`<clinic folder>/translations/<lang>/...`) or the user's data folder; they
override the bundled file string by string, so an upgrade that improves a
bundled draft never overwrites what the clinic wrote, and the bundled files
are never changed at run time. See docs/languages.md for an example.

Everything here is pure: functions take data already read (the library
owner reads the files) and return new objects; nothing is cached or global.
"""

from __future__ import annotations

import copy
import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field

from ..errors import ValidationError
from ..model import Exercise, Handout, Template
from ..sides import TOKEN

FORMAT = "handout-translation"
VERSION = 1
KINDS = ("exercise", "template")
STATUSES = ("draft", "reviewed")
ORIGINS = ("bundled", "clinic", "user")  # lowest to highest precedence

EXERCISE_FIELDS = ("name", "steps", "precautions")
TEMPLATE_FIELDS = ("name", "description", "title", "education", "advice", "pain_rule",
                   "notes")
LIST_FIELDS = ("steps", "precautions")

# Side-aware step text (handout.sides, DECISIONS.md decision 1): "{left|right}"
# prints its first form when the left side is treated, its second when the
# right is; "{right|left}" names the other side. A translation gives its own
# forms in the same order, inflected as the sentence needs: "{lewą|prawą}".
SIDE_TOKEN = TOKEN
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


# ---------------------------------------------------------------- the file

@dataclass
class TranslationFile:
    """One item's translation into one language, as read from one file."""

    language: str
    kind: str  # "exercise" or "template"
    id: str
    status: str = "draft"
    written_by: str = ""
    reviewed_by: str = ""
    reviewed_on: _dt.date | None = None
    # field -> {English text -> translation}; "notes" is keyed "<exercise id>\n<English>"
    strings: dict[str, dict[str, str]] = field(default_factory=dict)
    keywords: list[str] = field(default_factory=list)
    origin: str = "bundled"
    where: str = ""  # the file, for messages


def _text(value, where: str, what: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{what} must be text", path=where or None)
    return value


def parse_translation(data: object, origin: str = "bundled", where: str = "") -> TranslationFile:
    """A translation file's parsed JSON as a TranslationFile; ValidationError naming
    the field when it has the wrong shape."""
    path = where or None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(f"this is not a translation file (\"format\" must be \"{FORMAT}\")",
                              path=path)
    if data.get("version") != VERSION:
        raise ValidationError(f"translation file version {data.get('version')!r} is not "
                              f"supported (this version of the app reads {VERSION}); "
                              "update Handout Builder", path=path, field="version")
    kind = data.get("kind")
    if kind not in KINDS:
        raise ValidationError(f"\"kind\" must be one of {', '.join(KINDS)}", path=path,
                              field="kind")
    language = data.get("language")
    item_id = data.get("id")
    if not isinstance(language, str) or not language:
        raise ValidationError("\"language\" is missing", path=path, field="language")
    if not isinstance(item_id, str) or not item_id:
        raise ValidationError("\"id\" is missing", path=path, field="id")
    status = data.get("status", "draft")
    if status not in STATUSES:
        raise ValidationError(f"\"status\" must be \"draft\" or \"reviewed\", not {status!r}",
                              path=path, field="status")
    reviewed_on = None
    if data.get("reviewed_on"):
        try:
            reviewed_on = _dt.date.fromisoformat(str(data["reviewed_on"]))
        except ValueError:
            raise ValidationError("\"reviewed_on\" must be a date like 2026-03-31", path=path,
                                  field="reviewed_on") from None
    reviewed_by = _text(data.get("reviewed_by", ""), where, "\"reviewed_by\"").strip()
    if status == "reviewed" and not reviewed_by:
        raise ValidationError("a reviewed translation must name the clinician who reviewed it",
                              path=path, field="reviewed_by")
    fields = EXERCISE_FIELDS if kind == "exercise" else TEMPLATE_FIELDS
    raw = data.get("strings", {})
    if not isinstance(raw, dict):
        raise ValidationError("\"strings\" must be an object", path=path, field="strings")
    strings: dict[str, dict[str, str]] = {}
    for name, value in raw.items():
        if name not in fields:
            raise ValidationError(f"a {kind} has no field \"{name}\" to translate "
                                  f"(fields: {', '.join(fields)})", path=path, field="strings")
        if isinstance(value, list) and name not in LIST_FIELDS and name != "notes":
            raise ValidationError(f"\"{name}\" is one text: give one {{\"en\": ..., "
                                  "\"text\": ...}, not a list", path=path, field=name)
        units = value if isinstance(value, list) else [value]
        table: dict[str, str] = {}
        for unit in units:
            if not isinstance(unit, dict) or "en" not in unit or "text" not in unit:
                raise ValidationError(f"each \"{name}\" entry needs \"en\" (the English) and "
                                      "\"text\" (the translation)", path=path, field=name)
            english = _text(unit["en"], where, f"\"{name}\" \"en\"")
            if name == "notes":
                english = f"{_text(unit.get('exercise', ''), where, 'notes exercise')}\n{english}"
            table[english] = _text(unit["text"], where, f"\"{name}\" \"text\"")
        strings[name] = table
    keywords = data.get("keywords", [])
    if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
        raise ValidationError("\"keywords\" must be a list of words", path=path, field="keywords")
    return TranslationFile(language, kind, item_id, status, str(data.get("written_by", "")),
                           reviewed_by, reviewed_on, strings,
                           [k.strip() for k in keywords if k.strip()], origin, where)


def translation_data(file: TranslationFile) -> dict:
    """The JSON object to write for `file` (what "mark reviewed" or an edit saves)."""
    strings: dict[str, object] = {}
    for name, table in file.strings.items():
        if not table:
            continue
        units = []
        for english, text in table.items():
            if name == "notes":
                exercise, _, english = english.partition("\n")
                units.append({"exercise": exercise, "en": english, "text": text})
            else:
                units.append({"en": english, "text": text})
        strings[name] = units if name in LIST_FIELDS or name == "notes" else units[0]
    data = {"format": FORMAT, "version": VERSION, "language": file.language,
            "kind": file.kind, "id": file.id, "status": file.status}
    if file.written_by:
        data["written_by"] = file.written_by
    if file.status == "reviewed":
        data["reviewed_by"] = file.reviewed_by
        data["reviewed_on"] = file.reviewed_on.isoformat() if file.reviewed_on else ""
    data["strings"] = strings
    data["keywords"] = list(file.keywords)
    return data


# ---------------------------------------------------------------- the English side

def source_strings(item: Exercise | Template) -> list[tuple[str, str]]:
    """Every English string of `item` that a translation must cover, as (field, key).

    The key is the English text ("<exercise id>\\n<English>" for a template's notes).
    """
    out: list[tuple[str, str]] = []
    if isinstance(item, Exercise):
        out.append(("name", item.name))
        out += [("steps", s) for s in item.steps if s.strip()]
        out += [("precautions", p) for p in item.precautions if p.strip()]
    else:
        handout = item.handout
        for name, value in (("name", item.name), ("description", item.description),
                            ("title", handout.title), ("education", handout.education),
                            ("advice", handout.advice), ("pain_rule", handout.pain_rule)):
            if value.strip():
                out.append((name, value))
        out += [("notes", f"{i.exercise.id}\n{i.notes}") for i in handout.items if i.notes.strip()]
    return [(f, k) for f, k in out if k.strip()]


def kind_of(item: Exercise | Template) -> str:
    return "exercise" if isinstance(item, Exercise) else "template"


# ---------------------------------------------------------------- layering

@dataclass
class Translations:
    """Translation files by (language, kind, id), lowest precedence first."""

    layers: dict[tuple[str, str, str], list[TranslationFile]] = field(default_factory=dict)

    def files(self, language: str, kind: str, item_id: str) -> list[TranslationFile]:
        return self.layers.get((language, kind, item_id), [])


def index(files: list[TranslationFile]) -> Translations:
    """Files layered so a user's overrides a clinic's, which overrides a bundled one."""
    out = Translations()
    for file in sorted(files, key=lambda f: ORIGINS.index(f.origin) if f.origin in ORIGINS
                       else len(ORIGINS)):
        out.layers.setdefault((file.language, file.kind, file.id), []).append(file)
    return out


@dataclass
class Report:
    """How well one item is translated into one language."""

    language: str
    kind: str
    id: str
    status: str  # "reviewed", "draft" or "missing" (no translation at all)
    missing: list[tuple[str, str]] = field(default_factory=list)  # (field, English)
    stale: list[tuple[str, str]] = field(default_factory=list)  # (field, old English)
    reviewed_by: str = ""
    reviewed_on: _dt.date | None = None
    origins: list[str] = field(default_factory=list)  # where the printed strings came from

    @property
    def complete(self) -> bool:
        return self.status != "missing" and not self.missing


def _lookup(files: list[TranslationFile], name: str, key: str) -> TranslationFile | None:
    for file in reversed(files):  # highest precedence first
        if key in file.strings.get(name, {}):
            return file
    return None


def report(item: Exercise | Template, language: str, translations: Translations) -> Report:
    """Missing and stale strings of `item` in `language`, and its effective status:
    "reviewed" only when every printed string comes from a reviewed file."""
    kind = kind_of(item)
    files = translations.files(language, kind, item.id)
    result = Report(language, kind, item.id, "missing" if not files else "draft")
    if not files:
        result.missing = source_strings(item)
        return result
    used: list[TranslationFile] = []
    current = set()
    for name, key in source_strings(item):
        current.add((name, key))
        found = _lookup(files, name, key)
        if found is None:
            result.missing.append((name, key))
        elif found not in used:
            used.append(found)
    for file in files:
        for name, table in file.strings.items():
            for key in table:
                if (name, key) not in current and (name, key) not in result.stale:
                    result.stale.append((name, key))
    result.origins = sorted({f.origin for f in used}, key=ORIGINS.index)
    if used and all(f.status == "reviewed" for f in used) and not result.missing:
        top = used[-1]
        result.status, result.reviewed_by, result.reviewed_on = \
            "reviewed", top.reviewed_by, top.reviewed_on
    return result


def _pick(files: list[TranslationFile], name: str, key: str, english: str) -> str:
    found = _lookup(files, name, key)
    return found.strings[name][key] if found is not None else english


def translate_exercise(exercise: Exercise, language: str,
                       translations: Translations) -> tuple[Exercise, Report]:
    """A copy of `exercise` in `language`, with its report. A string with no fresh
    translation stays in English (the report lists it); the figure, dose and
    everything else are unchanged."""
    result = report(exercise, language, translations)
    files = translations.files(language, "exercise", exercise.id)
    out = copy.deepcopy(exercise)
    if files:
        out.name = _pick(files, "name", exercise.name, exercise.name)
        out.steps = [_pick(files, "steps", s, s) for s in exercise.steps]
        out.precautions = [_pick(files, "precautions", p, p) for p in exercise.precautions]
    return out, result


def keywords(item: Exercise | Template, language: str, translations: Translations) -> list[str]:
    """Search words for `item` in `language` (every layer's, without repeats)."""
    out: list[str] = []
    for file in translations.files(language, kind_of(item), item.id):
        out += [k for k in file.keywords if k not in out]
    return out


def translate_template(template: Template, language: str,
                       translations: Translations) -> tuple[Template, Report]:
    """A copy of `template` with its own texts in `language` (its exercises are
    translated with `translate_exercise` by whoever builds the handout)."""
    result = report(template, language, translations)
    files = translations.files(language, "template", template.id)
    out = copy.deepcopy(template)
    if files:
        out.name = _pick(files, "name", template.name, template.name)
        out.description = _pick(files, "description", template.description, template.description)
        handout = out.handout
        handout.title = _pick(files, "title", handout.title, handout.title)
        handout.education = _pick(files, "education", handout.education, handout.education)
        handout.advice = _pick(files, "advice", handout.advice, handout.advice)
        handout.pain_rule = _pick(files, "pain_rule", handout.pain_rule, handout.pain_rule)
        for item in handout.items:
            if item.notes.strip():
                item.notes = _pick(files, "notes", f"{item.exercise.id}\n{item.notes}", item.notes)
    return out, result


def translate_handout(handout: Handout, translations: Translations) -> Handout:
    """A copy of `handout` with our texts in its language, ready to print.

    Each exercise is translated by its id (`translate_exercise`). The handout's
    own texts (title, education, advice, notes) were copied from a template, so
    any that is still exactly the English of a bundled or clinic template
    translation prints translated; a text the therapist changed no longer
    matches and prints as typed, as do the patient's details and this patient's
    own steps. English handouts come back unchanged (a copy all the same).
    """
    out = copy.deepcopy(handout)
    language = handout.language
    if language == "en":
        return out
    units = template_units(language, translations)
    out.title = units.get(("title", handout.title), handout.title)
    out.education = units.get(("education", handout.education), handout.education)
    out.advice = units.get(("advice", handout.advice), handout.advice)
    # The therapist's own pain rule prints as typed; a template's, translated.
    out.pain_rule = units.get(("pain_rule", handout.pain_rule), handout.pain_rule)
    for item in out.items:
        english_id = item.exercise.id
        item.exercise = translate_exercise(item.exercise, language, translations)[0]
        if item.notes.strip():
            item.notes = units.get(("notes", f"{english_id}\n{item.notes}"), item.notes)
    return out


def template_units(language: str, translations: Translations) -> dict[tuple[str, str], str]:
    """Every template string translated into `language`, as (field, English) ->
    translation, whichever template it belongs to (later layers win)."""
    units: dict[tuple[str, str], str] = {}
    for (lang, kind, _id), files in translations.layers.items():
        if lang != language or kind != "template":
            continue
        for file in files:  # lowest precedence first: later layers win
            for name, table in file.strings.items():
                for english, text in table.items():
                    units[(name, english)] = text
    return units


# ---------------------------------------------------------------- checks

@dataclass(frozen=True)
class Problem:
    """Something wrong with one translated string, said for the person fixing it."""

    where: str  # "pl exercise clamshell steps"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def side_tokens(text: str) -> list[str]:
    """The side tokens of `text` in order, as written ("{left|right}")."""
    return [m.group(0) for m in SIDE_TOKEN.finditer(text)]


def numbers(text: str) -> list[str]:
    """The numbers written in `text`, in Western digits, sorted (any digit system)."""
    western = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c
                      for c in text)
    return sorted(n.replace(",", ".") for n in _NUMBER.findall(western))


def _structure(text: str) -> list[str]:
    from ..pdf.markup import parse  # the same parser the PDF uses
    return [block.kind for block in parse(text)]


def check_string(name: str, english: str, text: str) -> list[str]:
    """What is wrong with one translation of `english` (empty when nothing is)."""
    problems = []
    if not text.strip():
        problems.append("the translation is empty")
        return problems
    if len(side_tokens(english)) != len(side_tokens(text)):
        problems.append(f"side words differ: the English has {len(side_tokens(english))} "
                        f"{{left|right}} tokens, the translation {len(side_tokens(text))}")
    for match in SIDE_TOKEN.finditer(text):
        left, right = match.group(1).strip(), match.group(2).strip()
        if not left or not right or left == right:
            problems.append(f"\"{match.group(0)}\" needs a left and a right form")
    if numbers(english) != numbers(text):
        problems.append(f"numbers differ: the English has {numbers(english) or 'none'}, "
                        f"the translation {numbers(text) or 'none'}")
    if name in ("education", "advice") and _structure(english) != _structure(text):
        problems.append("headings, bullets and paragraphs differ from the English "
                        f"({'/'.join(_structure(english))} against {'/'.join(_structure(text))})")
    if text.count("**") != english.count("**"):
        problems.append("**bold** marks differ from the English")
    return problems


def check(item: Exercise | Template, language: str, translations: Translations) -> list[Problem]:
    """Every problem of `item`'s translation into `language`: missing and stale
    strings, and strings whose side words, numbers or markup differ from the English."""
    where = f"{language} {kind_of(item)} {item.id}"
    result = report(item, language, translations)
    problems = [Problem(f"{where} {name}", f"no translation of \"{_short(key)}\"")
                for name, key in result.missing]
    problems += [Problem(f"{where} {name}", f"the English changed: \"{_short(key)}\" is no "
                         "longer in it; translate the new text") for name, key in result.stale]
    files = translations.files(language, kind_of(item), item.id)
    for name, key in source_strings(item):
        found = _lookup(files, name, key)
        if found is None:
            continue
        english = key.partition("\n")[2] if name == "notes" else key
        for message in check_string(name, english, found.strings[name][key]):
            problems.append(Problem(f"{where} {name}", f"{message} (\"{_short(english)}\")"))
    return problems


def _short(text: str) -> str:
    text = " ".join(text.replace("\n", " ").split())
    return text if len(text) <= 60 else text[:57] + "..."


# ---------------------------------------------------------------- printing side words

def resolve_sides(text: str, side: str) -> str:
    """`text` with its side tokens printed for `side` ("left" or "right"), the same
    rule in every language (handout.sides.resolve)."""
    from ..sides import resolve
    return resolve(text, side)
