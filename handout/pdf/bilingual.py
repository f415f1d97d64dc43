"""Two-language handouts: each exercise's text also printed in a second language.

A patient reads the handout language; a carer may read another. With
`Handout.second_language` set, every exercise gets a second block under its
own text: a small label naming the language (in that language), then the
exercise's name, numbered steps and cautions in the second language, set in
that language's own direction (an Arabic block in an English handout is
right-aligned and shaped; an English block in an Arabic handout is
left-aligned). Our education, pain rule and advice follow the same rule:
each is printed once in the handout language, then under a label in the
second language.

Only our own texts are printed twice, and only where a fresh translation
exists: a string missing or stale in the second language prints nothing
there (never the English a second time), and neither does the therapist's
own typed text (notes, changed steps, a clinic's pain rule), which prints
once, as typed. A step keeps its number, so a carer can match "3." in one
language with "3." in the other even when a step between them is missing.
English as the second language is the English source, printed where the
handout language's text was translated from it.

`prepare(...)` works out the second-language texts before the render (from
the handout as the therapist wrote it, and the translated copy that prints
first); `exercise_block` and `text_block` make the flowables. Pure: nothing
here reads a file.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from reportlab.platypus import Flowable

from .. import i18n, sides
from ..i18n.content import Translations, template_units
from ..model import DEFAULT_PAIN_RULE, PAIN_RULE_HEADING, Clinic, Handout, Item
from . import markup
from .fonts import BOLD
from .styles import RULE, Look
from .text import Paragraph


@dataclass
class ExerciseText:
    """One exercise's texts in the second language; what is absent prints nothing."""

    name: str = ""
    steps: list[tuple[int, str]] = field(default_factory=list)  # (number as printed, text)
    precautions: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.name or self.steps or self.precautions)


@dataclass
class Second:
    """The second language of one render: its look and every text printed in it."""

    language: str
    look: Look
    exercises: list[ExerciseText]  # by the item's position in the handout
    education: str = ""
    advice: str = ""
    pain_rule: str = ""  # "## heading\n\ntext", ready for `text_section`


def language_name(code: str) -> str:
    """The label over a second-language block: the language's own name, capitalised
    ("Polski", "Español", "العربية")."""
    own = i18n.LANGUAGE_NAMES[code][0]
    return own[:1].upper() + own[1:]


def second_look(look: Look, language: str) -> Look:
    """`look` for text in `language`: the same sizes and colours, that language's
    direction, shaping and printed words."""
    direction = i18n.catalog(language).direction
    styles = {}
    for name, style in look.styles.items():
        clone = style.clone(f"{name}-{language}")
        clone.direction = direction
        clone.language = language
        styles[name] = clone
    return replace(look, styles=styles, language=language)


def _exercise_text(original: Item, printed: Item, language: str,
                   translations: Translations) -> ExerciseText:
    exercise = original.exercise
    side = sides.shown_side(original)
    if language == i18n.SOURCE_LANGUAGE:
        # The English source is known for our texts only: the library's name,
        # steps and cautions (a step the therapist typed is not ours).
        def lookup(name: str, english: str) -> str | None:
            ours = {"name": [exercise.name], "steps": exercise.steps,
                    "precautions": exercise.precautions}[name]
            return english if english in ours else None
    else:
        files = translations.files(language, "exercise", exercise.id)

        def lookup(name: str, english: str) -> str | None:
            for file in reversed(files):  # highest precedence first
                text = file.strings.get(name, {}).get(english)
                if text is not None:
                    return text
            return None

    def fresh(name: str, english: str, first: str) -> str:
        text = lookup(name, english)
        # Nothing twice: a text that is what the first block already prints is left out.
        if text is None or not text.strip() or text.strip() == first.strip():
            return ""
        return sides.resolve(text.strip(), side)

    out = ExerciseText(name=fresh("name", exercise.name, printed.exercise.name))
    english_steps = [s for s in original.effective_steps if s.strip()]
    printed_steps = [s for s in printed.effective_steps if s.strip()]
    for number, step in enumerate(english_steps, start=1):
        first = printed_steps[number - 1] if number <= len(printed_steps) else ""
        text = fresh("steps", step, first)
        if text:
            out.steps.append((number, text))
    printed_cautions = [p for p in printed.exercise.precautions if p.strip()]
    for index, caution in enumerate(p for p in exercise.precautions if p.strip()):
        first = printed_cautions[index] if index < len(printed_cautions) else ""
        text = fresh("precautions", caution, first)
        if text:
            out.precautions.append(text)
    return out


def _template_text(name: str, english: str, printed: str, language: str,
                   units: dict[tuple[str, str], str]) -> str:
    """A template text (education, advice, pain rule) in the second language, "" when
    there is none: the therapist changed it, or it has no translation there."""
    if not english.strip():
        return ""
    if language == i18n.SOURCE_LANGUAGE:
        # Ours exactly when the first language printed a translation of it.
        text = english if printed != english else ""
    else:
        text = units.get((name, english), "")
    return "" if not text.strip() or text.strip() == printed.strip() else text


def prepare(original: Handout, printed: Handout, clinic: Clinic | None, look: Look,
            translations: Translations) -> Second | None:
    """The second language's texts for `printed` (the translated copy of `original`
    that prints first), or None when the handout has no second language."""
    language = i18n.normalise(original.second_language or "")
    if not language or language == i18n.normalise(original.language):
        return None
    units = template_units(language, translations) if language != i18n.SOURCE_LANGUAGE \
        else {}
    exercises = [_exercise_text(a, b, language, translations)
                 for a, b in zip(original.items, printed.items)]
    second = Second(language, second_look(look, language), exercises,
                    _template_text("education", original.education, printed.education,
                                   language, units),
                    _template_text("advice", original.advice, printed.advice, language, units))
    catalog = i18n.catalog(language)
    own_rule = original.pain_rule.strip()
    clinic_rule = clinic.pain_rule.strip() if clinic is not None else ""
    if own_rule:
        rule = _template_text("pain_rule", original.pain_rule, printed.pain_rule, language,
                              units)
    elif clinic_rule:
        rule = ""  # the clinic's own words print once, as written
    else:
        rule = catalog.ptext("pain rule", DEFAULT_PAIN_RULE)
    if rule:
        second.pain_rule = f"## {catalog.ptext('pain rule', PAIN_RULE_HEADING)}\n\n{rule}"
    return second


class LanguageLabel(Flowable):
    """The second language's name under a thin rule, as wide as it is given: where
    the text in that language starts (in its own direction)."""

    starts_second_language = True  # `first_row` finds it

    def __init__(self, language: str, look: Look) -> None:
        super().__init__()
        size = look.metrics.body_size * 0.85
        style = look.styles["small"].clone("second-label", spaceAfter=0, fontName=BOLD,
                                           fontSize=size, leading=size * 1.3,
                                           textColor=look.ink)
        self.paragraph = Paragraph(markup.plain(language_name(language)), style)
        self.pad = look.metrics.body_size * 0.35
        self.spaceBefore = look.metrics.body_size * 0.3

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        _, height = self.paragraph.wrap(availWidth, availHeight)
        self.width, self.height = availWidth, height + self.pad * 1.4
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(0, self.height, self.width, self.height)
        canvas.restoreState()
        self.paragraph.drawOn(canvas, 0, self.pad * 0.4)


def first_index(flowables: list[Flowable]) -> int | None:
    """Where the second language's text starts among `flowables`, or None."""
    for index, flowable in enumerate(flowables):
        if getattr(flowable, "starts_second_language", False):
            return index
    return None


def first_row(rows: list[list], column: int) -> int | None:
    """The index of the first table row whose text cell (`column`) starts the second
    language's text, or None."""
    for index, row in enumerate(rows):
        cell = row[column]
        for flowable in cell if isinstance(cell, list) else [cell]:
            if getattr(flowable, "starts_second_language", False):
                return index
    return None


def exercise_block(number: int, look: Look) -> list[Flowable]:
    """The second-language text of exercise `number` (from 1), to follow its own
    text; empty when the handout has no second language or that exercise has no
    text in it."""
    second: Second | None = getattr(look, "second", None)
    if second is None or not 0 < number <= len(second.exercises):
        return []
    text = second.exercises[number - 1]
    if text.empty:
        return []
    other = second.look
    styles = other.styles
    out: list[Flowable] = [LanguageLabel(second.language, other)]
    if text.name:
        out.append(Paragraph(markup.plain(text.name), styles["exercise"].clone(
            "second-name", fontSize=styles["body"].fontSize * 1.05,
            leading=styles["body"].leading * 1.05)))
    out += [Paragraph(markup.plain(step), styles["step"], bulletText=f"{n}.")
            for n, step in text.steps]
    caution = markup.plain(other.catalog.text("Take care:"))
    out += [Paragraph(f"<b>{caution}</b> {markup.plain(p)}", styles["note"])
            for p in text.precautions]
    return out


def text_block(kind: str, look: Look, text_section) -> list[Flowable]:
    """The second-language version of "education", "pain_rule" or "advice", labelled,
    set by `text_section` (blocks.text_section) in the second language's look."""
    second: Second | None = getattr(look, "second", None)
    if second is None:
        return []
    text = getattr(second, kind)
    if not text.strip():
        return []
    return [LanguageLabel(second.language, second.look)] + \
        text_section(text, second.look, closing=kind == "advice")
