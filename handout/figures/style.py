"""The house style of the figures: one table of colours and line weights.

Both backends (the PDF and the Qt painter) look colours up here by the roles
of `built.ROLE_STYLE`, so the page and the screen agree. Tones are solid
colours, never transparency: they print the same on any printer, in colour or
black and white.
"""

from __future__ import annotations

import functools


def _is_hex(value: object) -> bool:
    return isinstance(value, str) and len(value) == 7 and value[0] == "#" and all(
        c in "0123456789abcdefABCDEF" for c in value[1:])


def blend(colour: str, other: str, amount: float) -> str:
    """`colour` moved `amount` (0-1) of the way towards `other`."""
    a = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b))


# Colours of the roles in `built.ROLE_STYLE`. The figure reads in black and
# white: the body is white inside a near-black outline, props a light warm
# grey with a mid-grey line, the faded start pose a dashed grey outline (the
# dash, not the tint, says "start"), the arrow a dark accent.
_BUILT = {
    "body-fill": "#ffffff",
    "outline-line": "#1a1f23",
    "inner-line": "#2c3439",
    "prop-fill": "#ebe7e0",
    "prop-line": "#6f685d",
    "floor-line": "#6f787e",
    "ghost-fill": "#f3f4f5",
    "ghost-line": "#5d676e",
}
# Outline width as a share of a panel's drawn size (the geometric mean of its
# sides), within limits (points): about 0.9 pt on a 45 mm panel, never thinner
# than a photocopier keeps.
BUILT_OUTLINE_SHARE = 0.0075
BUILT_OUTLINE_MIN = 0.7
BUILT_OUTLINE_MAX = 1.6
DASH = (2.2, 1.6)  # ghost outline dash, in outline units


@functools.lru_cache(maxsize=64)
def built_palette(accent: str) -> dict[str, str]:
    colours = dict(_BUILT)
    colours["accent"] = print_safe(accent if _is_hex(accent) else "#2a7f8e")
    return colours


def built_outline_width(figure, scale: float) -> float:
    """The body outline's width (points or pixels) for a built figure drawn at `scale`."""
    sizes = [(p.box[2] * p.box[3]) ** 0.5 for p in figure.panels] or \
        [(figure.width * figure.height) ** 0.5]
    drawn = min(sizes) * scale
    return max(BUILT_OUTLINE_MIN, min(BUILT_OUTLINE_MAX, BUILT_OUTLINE_SHARE * drawn))


def _luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def print_safe(colour: str, ratio: float = 4.5) -> str:
    """`colour` darkened until it stands out on white paper and on a photocopy."""
    for _ in range(40):
        if 1.05 / (_luminance(colour) + 0.05) >= ratio:
            break
        colour = blend(colour, "#000000", 0.1)
    return colour
