"""The house style of the figures: one table of colours and line weights.

Both backends look colours up here by role, so the PDF and the screen agree.
Tones are pre-blended with white instead of using transparency: they print
the same on any printer, in colour or black and white, and overlapping limbs
of a faded pose never show through each other.
"""

from __future__ import annotations

import functools

# Body colours by (frame tone, limb side): (fill, outline).
_BODY = {
    ("end", "near"): ("#ffffff", "#262d33"),
    ("end", "far"): ("#d5dade", "#5f6a72"),
    ("mid", "near"): ("#f3f5f6", "#98a2a9"),
    ("mid", "far"): ("#e3e7ea", "#aeb6bc"),
    ("start", "near"): ("#f5f7f8", "#aab3b9"),
    ("start", "far"): ("#e8ebee", "#c1c8cd"),
}
_FIXED = {
    "prop-fill": "#e7e2d8",
    "prop-line": "#8f8676",
    "prop-top": "#f2eee7",
    "mat-fill": "#e4e9e8",
    "mat-line": "#b4bebc",
    "floor-fill": "#f1f3f2",
    "floor-line": "#7f8a90",
    "band-line": "#6f7880",
}

# Stroke widths, in outline units (the backends turn a unit into points or pixels).
OUTLINE = 1.0
ARROW = 2.4
FLOOR = 1.1
PROP = 0.8
BAND = 2.0
# One outline unit as a fraction of the smaller side of the drawing box: about
# 0.75 pt on a 5 cm figure, thick enough to survive a photocopier.
OUTLINE_PER_SIDE = 0.0055
MIN_OUTLINE = 0.45


def body_roles(tone: str, side: str) -> tuple[str, str]:
    return f"{tone}-{side}-fill", f"{tone}-{side}-line"


@functools.lru_cache(maxsize=64)
def palette(accent: str) -> dict[str, str]:
    """Every colour role resolved for one accent colour (a "#rrggbb" string)."""
    colours = dict(_FIXED)
    for (tone, side), (fill, line) in _BODY.items():
        colours[f"{tone}-{side}-fill"] = fill
        colours[f"{tone}-{side}-line"] = line
    accent = accent if _is_hex(accent) else "#2a7f8e"
    colours["accent"] = accent
    colours["accent-tint"] = blend(accent, "#ffffff", 0.82)
    return colours


def outline_width(width: float, height: float) -> float:
    return max(MIN_OUTLINE, OUTLINE_PER_SIDE * min(width, height))


def _is_hex(value: object) -> bool:
    return isinstance(value, str) and len(value) == 7 and value[0] == "#" and all(
        c in "0123456789abcdefABCDEF" for c in value[1:])


def blend(colour: str, other: str, amount: float) -> str:
    """`colour` moved `amount` (0-1) of the way towards `other`."""
    a = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b))
