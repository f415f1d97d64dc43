"""The privacy guard: patient details hiding in a handout's text, found before they are shared.

A template is shared with colleagues and printed for other patients, so it
must carry nothing about this one. The patient fields are stripped anyway
(`model.strip_patient_details`); this module finds what the therapist typed
into the text: the patient's name in a note ("Maria Jones: knee replacement
2024"), a date of birth, a phone number, an e-mail address, an NHS or other
national-id shaped number.

`find_personal_details(handout, patient_name)` looks at the title, education,
advice, each exercise's notes and steps edited for this patient (and any
extra texts, such as the template's name) and returns `Finding`s saying
where each is. Names are matched loosely: case, accents and letters such as
ł/ø, word order ("Jones, Maria"), initials ("M. Jones", "Maria J.", "M.J."),
and the first or last name alone when it is distinctive (not a common word:
"May", "Rose" or "Walker" alone are not flagged, the whole name still is).
`redact(handout, findings)` returns a copy without them, tidied ("Maria
Jones: knee replacement" becomes "Knee replacement").

This is a safety net, not a proof: it looks for the shapes of personal
details, and says so to the therapist.
"""

from __future__ import annotations

import copy
import itertools
import re
import unicodedata
from dataclasses import dataclass

from .model import Handout

# Letters that Unicode does not split into a base letter and an accent.
_FOLD = {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i",
         "þ": "th", "ŀ": "l", "ħ": "h", "ŧ": "t"}

# Name parts that are also everyday words (or words of our exercise texts): alone,
# they say nothing about the patient. Their full name is still found.
COMMON_WORDS = frozenset("""
a an and are as at be by do for go he her him his i in is it me my no of on or so the to up
us we you ann art amber april august autumn baker ball bank banks bell bend best bill bird
bishop black bloom bond bright brook brown bush carter chase cherry church clay cliff coates
cook cross crystal daisy dale dawn day dean duke east faith fern field fields fisher ford
forest fox frank gale gay gift gold golden good grace grant gray green grey guy hall hardy
hart hazel heath heather hill holly hope house hunt hunter iris ivy jack jade jay jewel joy
june keen king knight lake lamb lane lee lily little long lord love low major march mark
marsh mason may mayo mercy miles mill miller moon moore moss north oak olive page park parker
pat patience payne peace pearl penny pink pool pope price rain ray read reed rich ridge robin
rock rose ross rowan ruby rush sage salt sharp shaw short sky small snow south spring stand
star sterling stone storm strong summer sun swift taylor ten trust turner violet wade walker
walk wall ward water waters way webb well wells west white wild will winter wise wood woods
wren young step bridge lift press hold rest
""".split())

_NAME_PART = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DAY_MONTH_YEAR = (rf"\b(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
                   rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
                   rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})\b")
_DATE = re.compile(_DAY_MONTH_YEAR, re.IGNORECASE)
_BIRTH = re.compile(rf"\b(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|born(?:\s+on)?|birthday)"
                    rf"\s*[:\-–]?\s*(?:{_DAY_MONTH_YEAR}|(?:in\s+)?\d{{4}}\b)", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_NHS = re.compile(r"(?<![\d-])(?:\d{3}[\s-]?\d{3}[\s-]?\d{4})(?![\d-])")
_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
_NI = re.compile(r"\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b")
_LABELLED_ID = re.compile(r"\b(?:nhs|mrn|hospital|patient|chi|ssn|medicare|insurance|id)"
                          r"\s*(?:no\.?|number|num|#)?\s*[:\-–]?\s*([A-Z]*\d[A-Z0-9 /-]{3,}\d)",
                          re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d\s().-]{6,}\d(?!\w)")

KINDS = ("name", "date of birth", "date", "phone number", "e-mail address", "ID number")


@dataclass(frozen=True)
class Finding:
    """One personal detail: what kind, where (for the therapist), and the exact span."""

    kind: str
    where: str           # "Exercise 2 (Bridge), note", "Education", "Template name"...
    location: tuple      # ("items", 1, "notes"), ("items", 1, "steps", 0), ("title",)...
    text: str            # the whole text it was found in
    start: int
    end: int

    @property
    def found(self) -> str:
        return self.text[self.start:self.end]

    def context(self, width: int = 32) -> str:
        """The finding in its sentence: "…Maria Jones: knee replacement…"."""
        left = max(0, self.start - width)
        right = min(len(self.text), self.end + width)
        before = ("…" if left else "") + " ".join(self.text[left:self.start].split(" "))
        after = self.text[self.end:right] + ("…" if right < len(self.text) else "")
        return " ".join(f"{before}«{self.found}»{after}".split())


# ---------------------------------------------------------------- folding

def _fold_char(char: str) -> str:
    lowered = char.casefold()
    lowered = "".join(_FOLD.get(c, c) for c in lowered)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> tuple[str, list[int]]:
    """`text` without case and accents, and for each folded character its index in `text`."""
    out: list[str] = []
    index: list[int] = []
    for position, char in enumerate(text):
        folded = _fold_char(char)
        out.append(folded)
        index.extend([position] * len(folded))
    index.append(len(text))
    return "".join(out), index


def name_parts(name: str) -> list[str]:
    """The folded words of a name: "Zoë Łukasiewicz-Ørsted" -> ["zoe", "lukasiewicz", "orsted"]."""
    folded, _ = fold(name)
    return [p for p in _NAME_PART.findall(folded.replace("’", "'")) if len(p) >= 2]


def is_distinctive(part: str, common: frozenset[str] = COMMON_WORDS) -> bool:
    return len(part) >= 3 and part not in common


def _name_patterns(name: str, common: frozenset[str]) -> list[re.Pattern]:
    """Patterns, on folded text, for the ways a name is written; most specific first."""
    parts = name_parts(name)
    if not parts:
        return []
    sep = r"[\s,.\-]+"
    patterns: list[str] = []
    if len(parts) >= 2:
        # The whole name or any two or more of its parts, in any order: longest first.
        for size in range(min(len(parts), 4), 1, -1):
            for chosen in itertools.combinations(parts[:4], size):
                for order in itertools.permutations(chosen):
                    patterns.append(sep.join(re.escape(p) for p in order))
        first, last = parts[0], parts[-1]
        patterns += [rf"{first[0]}\.?\s*{re.escape(last)}", rf"{re.escape(last)},?\s+{first[0]}\b\.?",
                     rf"{re.escape(first)}\s+{last[0]}\.(?!\w)", rf"{re.escape(first)}\s+{last[0]}\b"]
    for part in parts:
        if is_distinctive(part, common):
            patterns.append(re.escape(part))
    # "Jones's knee" and "Jones' knee": the possessive goes with the name.
    return [re.compile(rf"(?<!\w){p}(?:['’]s?)?(?!\w)") for p in patterns]


def _initials_patterns(name: str) -> tuple[re.Pattern, re.Pattern] | None:
    """On folded text: initials with dots ("m.j.", "m. j."), and without ("mj"), which
    count only when written in capitals ("MJ"; "as" for Ann Smith is a word)."""
    folded, _ = fold(name)
    words = _NAME_PART.findall(folded)
    if len(words) < 2:
        return None
    letters = [w[0] for w in words[:4]]
    # All the initials, or the first with any other ("M.J." for Maria Ó Jones too).
    choices = sorted({tuple(letters)} | {(letters[0], other) for other in letters[1:]},
                     key=len, reverse=True)
    dotted = "|".join(r"\.\s?".join(re.escape(c) for c in chosen) + r"\." for chosen in choices)
    plain = "|".join("".join(re.escape(c) for c in chosen) for chosen in choices)
    return re.compile(rf"(?<!\w)(?:{dotted})"), re.compile(rf"(?<!\w)(?:{plain})(?!\w)")


# ------------------------------------------------------------- searching

def _spans_in(text: str, patient_name: str, common: frozenset[str],
              extra_dates: list[str]) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every personal detail in `text`, without overlaps."""
    found: list[tuple[str, int, int]] = []
    if patient_name.strip():
        folded, index = fold(text)
        for pattern in _name_patterns(patient_name, common):
            for match in pattern.finditer(folded):
                found.append(("name", index[match.start()], index[match.end()]))
        initials = _initials_patterns(patient_name)
        if initials is not None:
            dotted, plain = initials
            for match in dotted.finditer(folded):
                found.append(("name", index[match.start()], index[match.end()]))
            for match in plain.finditer(folded):
                start, end = index[match.start()], index[match.end()]
                if text[start:end].isupper():
                    found.append(("name", start, end))
    for match in _BIRTH.finditer(text):
        found.append(("date of birth", match.start(), match.end()))
    for match in _DATE.finditer(text):
        found.append(("date", match.start(), match.end()))
    for date in extra_dates:
        for match in re.finditer(re.escape(date), text, re.IGNORECASE):
            found.append(("date", match.start(), match.end()))
    for match in _EMAIL.finditer(text):
        found.append(("e-mail address", match.start(), match.end()))
    for pattern in (_LABELLED_ID, _NHS, _SSN, _NI):
        for match in pattern.finditer(text):
            start = match.start(1) if pattern is _LABELLED_ID else match.start()
            found.append(("ID number", start, match.end()))
    for match in _PHONE.finditer(text):
        digits = sum(c.isdigit() for c in match.group())
        if 9 <= digits <= 15:
            found.append(("phone number", match.start(), match.end()))
    return _without_overlaps(found)


_PRIORITY = {kind: n for n, kind in enumerate(("date of birth", "e-mail address", "ID number",
                                               "name", "phone number", "date"))}


def _without_overlaps(found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    # The longest span wins; at equal length the more telling kind.
    ordered = sorted(set(found), key=lambda f: (-(f[2] - f[1]), _PRIORITY[f[0]], f[1]))
    kept: list[tuple[str, int, int]] = []
    for kind, start, end in ordered:
        if end > start and all(end <= s or start >= e for _, s, e in kept):
            kept.append((kind, start, end))
    return sorted(kept, key=lambda f: f[1])


def _texts(handout: Handout) -> list[tuple[str, tuple, str]]:
    """(where, location, text) of every piece of text a therapist may have typed into."""
    out = [("Title", ("title",), handout.title), ("Education", ("education",), handout.education),
           ("Advice", ("advice",), handout.advice)]
    for row, item in enumerate(handout.items):
        name = f"Exercise {row + 1} ({item.exercise.name})"
        out.append((f"{name}, note", ("items", row, "notes"), item.notes))
        if item.steps is not None:  # the library's own steps are ours, and clean
            for n, step in enumerate(item.steps):
                out.append((f"{name}, step {n + 1}", ("items", row, "steps", n), step))
    return out


def find_personal_details(handout: Handout, patient_name: str | None = None,
                          extra: dict[str, str] | None = None,
                          vocabulary: set[str] | frozenset[str] = frozenset()) -> list[Finding]:
    """Every personal detail in the handout's text (and in `extra`: label -> text).

    `patient_name` defaults to the handout's; `vocabulary`: more words that are
    not distinctive alone (e.g. the words of the exercise library).
    """
    name = handout.patient_name if patient_name is None else patient_name
    # The words of the exercises themselves ("Bridge", "Walker") say nothing about anyone.
    own = {w for item in handout.items
           for text in (item.exercise.name, *item.exercise.steps)
           for w in name_parts(text)}
    common = COMMON_WORDS | frozenset(vocabulary) | own
    dates = []
    for value in (handout.date, handout.review_date):
        if value is not None:
            dates += [value.isoformat(), f"{value.day} {value:%B %Y}"]
    findings = []
    pieces = _texts(handout) + [(label, ("extra", label), text)
                                for label, text in (extra or {}).items()]
    for where, location, text in pieces:
        if not text:
            continue
        for kind, start, end in _spans_in(text, name, common, dates):
            findings.append(Finding(kind, where, location, text, start, end))
    return findings


# --------------------------------------------------------------- removing

_LEFTOVER_START = re.compile(r"^[\s:;,.\-–—/|)]+")
_LEFTOVER_END = re.compile(r"[\s:;,\-–—/|(]+$")


def redact_text(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` without the spans, with the punctuation they leave behind tidied."""
    if not spans:
        return text
    out, position = [], 0
    for start, end in sorted(spans):
        if start < position:
            start = position
        out.append(text[position:start])
        position = max(position, end)
    out.append(text[position:])
    lines = []
    new_lines = "".join(out).split("\n")
    old_lines = text.split("\n")
    if len(old_lines) != len(new_lines):  # a span ran over a line break
        old_lines = [""] * len(new_lines)
    for original, line in zip(old_lines, new_lines):
        if line == original:
            lines.append(line)
            continue
        line = re.sub(r"[ \t]{2,}", " ", line)
        line = re.sub(r"\s+([,.;:!?)])", r"\1", line)
        line = re.sub(r"\(\s*\)|\[\s*\]", "", line)
        line = re.sub(r"([,;:])\s*[,;:]+", r"\1", line)
        line = _LEFTOVER_END.sub("", _LEFTOVER_START.sub("", line)).strip()
        if original.strip()[:1].isupper() and line[:1].islower():
            line = line[:1].upper() + line[1:]  # a sentence that lost its first words
        lines.append(line)
    return "\n".join(lines)


def redact(handout: Handout, findings: list[Finding]) -> tuple[Handout, dict[str, str]]:
    """A copy of `handout` without the findings; and the `extra` texts, redacted."""
    clean = copy.deepcopy(handout)
    spans: dict[tuple, list[tuple[int, int]]] = {}
    texts: dict[tuple, str] = {}
    for finding in findings:
        spans.setdefault(finding.location, []).append((finding.start, finding.end))
        texts[finding.location] = finding.text
    extra: dict[str, str] = {}
    emptied_steps: dict[int, set[int]] = {}
    for location, found in spans.items():
        new = redact_text(texts[location], found)
        kind = location[0]
        if kind in ("title", "education", "advice"):
            setattr(clean, kind, new)
        elif kind == "items" and location[2] == "notes":
            clean.items[location[1]].notes = new
        elif kind == "items" and location[2] == "steps":
            steps = clean.items[location[1]].steps
            assert steps is not None
            steps[location[3]] = new
            if not new.strip():
                emptied_steps.setdefault(location[1], set()).add(location[3])
        elif kind == "extra":
            extra[location[1]] = new
    for row, emptied in emptied_steps.items():
        item = clean.items[row]
        assert item.steps is not None
        item.steps = [s for n, s in enumerate(item.steps) if n not in emptied]
    return clean, extra
