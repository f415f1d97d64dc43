"""Side-aware exercise text: `{left|right}` tokens printed for the side an item is dosed on.

DECISIONS.md, decision 1: in a step, `{left|right}` is the side being treated
(the first word is printed when the left side is treated, the second when the
right is) and `{right|left}` the other side. When the dose side is "both" or
"alternate", the side the picture shows is used: the figure's own `side`,
"right" unless its definition says otherwise.
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
    figure = item.exercise.illustration or {}
    return figure.get("side", "right") if figure.get("side") in ("left", "right") else "right"


def resolve(text: str, side: str) -> str:
    """`text` with each `{a|b}` token printed as `a` for the left side, `b` for the right."""
    return TOKEN.sub(lambda m: m.group(1) if side == "left" else m.group(2), text)
