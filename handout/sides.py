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

from .model import Item

TOKEN = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")


def shown_side(item: Item) -> str:
    """The side the item's text and picture name: the dosed side, else the figure's."""
    side = item.effective_dose.side
    if side in ("left", "right"):
        return side
    # The body figure when there is one (it is what prints), else the old drawing.
    figure = getattr(item.exercise, "figure", None) or item.exercise.illustration or {}
    return figure.get("side", "right") if figure.get("side") in ("left", "right") else "right"


def resolve(text: str, side: str) -> str:
    """`text` with each `{a|b}` token printed as `a` for the left side, `b` for the right."""
    return TOKEN.sub(lambda m: m.group(1) if side == "left" else m.group(2), text)


def is_one_sided(item: Item) -> bool:
    """True when the exercise's text names sides with tokens."""
    return any(TOKEN.search(text) for text in item.effective_steps + item.exercise.precautions)


def dose_line(item: Item) -> str:
    """The item's dose as printed: "each side" added when a one-sided exercise is dosed on both."""
    line = item.effective_dose.describe()
    if item.effective_dose.side == "both" and is_one_sided(item):
        line = f"{line} · each side" if line else "each side"
    return line
