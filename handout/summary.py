"""A plain-text summary of a programme, for pasting into the patient's record.

One line per exercise with its dose (side included), the therapist's note
under it, and the dates: the lines a clinician writes in the notes after a
consultation. Plain text only (no markup, no tabs), in English, the record's
language, whatever language the handout is printed in.
"""

from __future__ import annotations

from .model import Handout
from .phrases import ENGLISH, Phrasebook, dose_line
from .programme import estimate
from .sides import printed_dose


def _date(value) -> str:
    return f"{value.day} {value:%B %Y}" if value else ""


def summary(handout: Handout, book: Phrasebook = ENGLISH) -> str:
    """The programme as plain text lines, ending with a newline."""
    head = "Home exercise programme"
    title = " ".join(handout.title.split())
    if title and title.casefold() not in ("your exercise programme", head.casefold()):
        head += f" ({title})"
    who = " ".join(handout.patient_name.split())
    if who:
        head += f" for {who}"
    if handout.date:
        head += f", given {_date(handout.date)}"
    if handout.therapist.strip():
        head += f" by {' '.join(handout.therapist.split())}"
    lines = [head + ":"]
    if not handout.items:
        lines.append("No exercises.")
    for number, item in enumerate(handout.items, start=1):
        name = " ".join(item.exercise.name.split())
        dose = dose_line(printed_dose(item), book)
        lines.append(f"{number}. {name}" + (f": {dose}" if dose else ""))
        notes = " ".join(item.notes.split())
        if notes:
            lines.append(f"   Note: {notes}")
        if item.steps is not None:
            lines.append("   Instructions changed for this patient.")
    timing = estimate(handout).describe()
    if timing and handout.items:
        lines.append(timing + ".")
    if handout.review_date:
        lines.append(f"Review on {_date(handout.review_date)}.")
    return "\n".join(lines) + "\n"
