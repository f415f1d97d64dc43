"""The exercise diary: a page to stick on the fridge and tick every day.

One table per week: the handout's exercises down the side, Monday to Sunday
across, a tick box for each time the exercise is due that day ("twice a day"
gets two), and a row for the day's pain score from 0 to 10. A week with many
exercises splits across pages with its header row repeated.
"""

from __future__ import annotations

import datetime as _dt
import re

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table, TableStyle

from .. import i18n
from ..model import Handout, Item
from . import markup
from .fonts import BOLD
from .styles import PANEL, Look
from .text import Paragraph

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MAX_BOXES = 3  # more boxes than this per day would not fit the cell
NAME_CHARS = 90  # the full name is on the exercise; the diary needs to recognise it

_TIMES = {"once": 1, "twice": 2, "three times": 3, "thrice": 3}
_TIMES_A_DAY = re.compile(r"\b(once|twice|thrice|three times|(\d+)\s*(?:x|times))\s*"
                          r"(?:a|per|each|every)\s+day\b", re.IGNORECASE)


def times_a_day(frequency: str) -> int:
    """How many tick boxes a day: 2 for "twice a day", 3 for "3 times per day", else 1."""
    match = _TIMES_A_DAY.search(frequency or "")
    if not match:
        return 1
    count = int(match.group(2)) if match.group(2) else _TIMES[match.group(1).lower()]
    return max(1, min(MAX_BOXES, count))


class TickBoxes(Flowable):
    """`count` empty squares, centred in the cell, with room around them.

    In a narrow cell the squares shrink a little (to 70%), then stack.
    """

    def __init__(self, count: int, size: float, colour: colors.Color) -> None:
        super().__init__()
        self.count = count
        self.size = size
        self.box = size
        self.colour = colour
        self.gap = size * 0.35
        self.per_row = count

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        fit = (availWidth - self.gap * (self.count + 1)) / self.count
        if fit >= self.size * 0.7:
            self.box, self.per_row = min(self.size, fit), self.count
        else:
            self.box = self.size
            self.per_row = max(1, min(self.count, int((availWidth - self.gap) //
                                                      (self.size + self.gap))))
        rows = -(-self.count // self.per_row)
        self.width = availWidth
        self.height = rows * self.box + (rows - 1) * self.gap
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(0.9)
        step = self.box + self.gap
        for i in range(self.count):
            row, column = divmod(i, self.per_row)
            in_row = min(self.per_row, self.count - row * self.per_row)
            x = (self.width - (in_row * step - self.gap)) / 2 + column * step
            y = self.height - self.box - row * step
            self.canv.roundRect(x, y, self.box, self.box, self.box * 0.15, stroke=1, fill=0)


def _week_title(number: int, start: _dt.date | None) -> str:
    if start is None:
        return f"Week {number}"
    # CLDR's span format, never strftime (which follows the process locale).
    span = i18n.catalog("en").format_date_range(start, start + _dt.timedelta(days=6))
    return f"Week {number} · {span}"


def _week_table(items: list[Item], start: _dt.date | None, look: Look) -> Table:
    styles = look.styles
    size = look.metrics.body_size
    pad = size * 0.4
    # Wide enough for "Wed" in the header's bold type: large print needs more.
    label = max(stringWidth(day, BOLD, size) for day in DAYS) + pad + 4
    day_width = min(max(16 * mm, label), look.width * 0.72 / 7)
    name_width = look.width - 7 * day_width
    header: list = [Paragraph("Exercise", styles["cellhead"].clone("cellhead-left",
                                                                      alignment=0))]
    for offset, day in enumerate(DAYS):
        label = day if start is None else \
            f"{day}<br/>{(start + _dt.timedelta(days=offset)).day}"
        header.append(Paragraph(label, styles["cellhead"]))
    rows = [header]
    box = size * 1.05
    for number, item in enumerate(items, start=1):
        name = " ".join(item.exercise.name.split())
        if len(name) > NAME_CHARS:
            name = name[:NAME_CHARS - 1] + "…"
        boxes = times_a_day(item.effective_dose.frequency)
        rows.append([Paragraph(f"{number}. {markup.plain(name)}", styles["cell"])] +
                    [TickBoxes(boxes, box, colors.black if look.large else colors.HexColor(
                        "#39424a")) for _ in DAYS])
    rows.append([Paragraph("<b>Pain today</b> (0 = none, 10 = worst)", styles["cell"])] +
                [""] * 7)
    table = Table(rows, colWidths=[name_width] + [day_width] * 7, repeatRows=1)
    grid = colors.black if look.large else colors.HexColor("#9aa5ad")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.6, grid),
        ("BACKGROUND", (0, 0), (-1, 0), PANEL if not look.large else colors.white),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, look.line),
        ("BACKGROUND", (0, -1), (-1, -1), PANEL if not look.large else colors.white),
        ("LEFTPADDING", (0, 0), (0, -1), pad), ("RIGHTPADDING", (0, 0), (0, -1), pad),
        ("LEFTPADDING", (1, 0), (-1, -1), pad / 2), ("RIGHTPADDING", (1, 0), (-1, -1), pad / 2),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        # The pain row needs room to write a number by hand.
        ("TOPPADDING", (0, -1), (-1, -1), pad * 2), ("BOTTOMPADDING", (0, -1), (-1, -1), pad * 2),
        # The pain row never starts a page alone: two exercises come with it.
        ("NOSPLIT", (0, max(1, len(rows) - 3)), (-1, -1)),
    ]))
    return table


def diary(handout: Handout, look: Look) -> list[Flowable]:
    """The diary pages for `handout.options.diary_weeks` weeks (none for 0 or no exercises)."""
    weeks = max(0, min(12, int(handout.options.diary_weeks or 0)))
    if not weeks or not handout.items:
        return []
    styles = look.styles
    monday = handout.date - _dt.timedelta(days=handout.date.weekday()) if handout.date else None
    story: list[Flowable] = [
        PageBreak(),
        Paragraph("Your exercise diary", styles["title"]),
        Paragraph("Tick a box each time you do an exercise. At the end of each day, write "
                  "down your pain from 0 (no pain) to 10 (the worst pain you can imagine). "
                  "Bring this diary to your next appointment.", styles["body"]),
    ]
    for week in range(weeks):
        start = monday + _dt.timedelta(weeks=week) if monday else None
        # Not "keep with next": that would push a week too long for one page
        # onto a fresh page; asking for a fifth of a page keeps title and rows together.
        title = Paragraph(_week_title(week + 1, start), styles["heading"].clone(
            "week", keepWithNext=0))
        story += [CondPageBreak(look.height * 0.2), title,
                  _week_table(handout.items, start, look),
                  Spacer(1, look.metrics.body_size * 0.8)]
    return story
