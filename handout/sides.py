"""Side-aware exercise text: `{left|right}` tokens printed for the side an item is dosed on.

DECISIONS.md, decision 1: in a step, `{left|right}` is the side being treated
(the first word is printed when the left side is treated, the second when the
right is) and `{right|left}` the other side. When the dose side is "both" or
"alternate", the side the picture shows is used: the figure's own `side`,
"right" unless its definition says otherwise, and the dose line of a one-sided
exercise dosed on both sides says "each side".
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Item

TOKEN = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")


def shown_side(item: Item) -> str:
    """The side the item's text and picture name: the dosed side, else the figure's."""
    side = item.effective_dose.side
    if side in ("left", "right"):
        return side
    # The side the printed picture shows: its built figure's, else the definition's.
    from .figures import built_figure, definition_of
    definition = definition_of(item.exercise) or {}
    figure = built_figure(definition)
    drawn = figure.side if figure is not None else definition.get("side")
    return drawn if drawn in ("left", "right") else "right"


def resolve(text: str, side: str) -> str:
    """`text` with each `{a|b}` token printed as `a` for the left side, `b` for the right."""
    return TOKEN.sub(lambda m: m.group(1) if side == "left" else m.group(2), text)


def is_one_sided(item: Item) -> bool:
    """True when the exercise's text names sides with tokens."""
    return any(TOKEN.search(text) for text in item.effective_steps + item.exercise.precautions)


def printed_dose(item: Item):
    """The item's dose as printed: a one-sided exercise dosed on "both" is done on each side."""
    dose = item.effective_dose
    if dose.side == "both" and is_one_sided(item):
        return replace(dose, side="each")
    return dose


def dose_line(item: Item, book=None) -> str:
    """The item's dose line ("3 sets × 10 reps each side · ..."), in `book`'s language."""
    from .phrases import ENGLISH
    from .phrases import dose_line as line
    return line(printed_dose(item), book or ENGLISH)
