"""The exercise diary: a page to stick on the fridge and tick every day.

One table per week: the handout's exercises down the side (with their dose,
so the page stands on its own), Monday to Sunday across, and a row for the
day's pain score from 0 to 10. Each day cell follows the dose:

- a tick box for each time the exercise is due that day ("twice a day" gets
  two; six at most, more becomes a "___ times" line to fill in);
- a timed exercise in minutes or hours ("walk 10 minutes") gets a line per
  session to write the minutes done, and a distance one the metres, km or
  miles, instead of tick boxes;
- "3 times a week" still shows every day: the patient ticks the days they did.

A week with many exercises splits across pages with its header row repeated.
"""

from __future__ import annotations

import datetime as _dt

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer, Table, TableStyle

from .. import i18n
from ..dose import Frequency, parse_frequency
from ..model import Dose, Handout, Item
from ..phrases import ENGLISH, Phrasebook, dose_line
from ..sides import printed_dose
from . import markup
from .styles import PANEL, Look
from .text import Paragraph, draw_string, string_width

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MAX_BOXES = 6  # more tick boxes than this a day would not fit the cell: a line to fill in
NAME_CHARS = 90  # the full name is on the exercise; the diary needs to recognise it
DOSE_CHARS = 120


def times_a_day(frequency: Frequency | str) -> int:
    """How many times a day an exercise is due: 2 for "twice a day", else 1."""
    if not isinstance(frequency, Frequency):
        try:
            frequency = parse_frequency(frequency or "")
        except Exception:  # words we cannot count: once
            return 1
    return max(1, frequency.sessions_per_day())


def write_in_unit(dose: Dose, book: Phrasebook = ENGLISH) -> str:
    """The unit a patient writes in the day cell ("min"), or "" for tick boxes."""
    duration = dose.duration
    if duration is None or dose.reps is not None:
        return ""
    if duration.kind == "time":
        # A plank of 30 s is ticked; a walk of 10 minutes is written down.
        return "" if duration.unit == "s" else book.gettext("min")
    return {"m": book.gettext("m"), "km": book.gettext("km"),
            "mile": book.gettext("miles")}.get(duration.unit, "")


class WriteIn(Flowable):
    """`count` short lines to write on, each with its unit after it ("___ min")."""

    def __init__(self, count: int, unit: str, size: float, colour: colors.Color) -> None:
        super().__init__()
        self.count = count
        self.unit = unit
        self.size = size
        self.colour = colour
        self.row = size * 1.5

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = self.count * self.row
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        font_size = self.size * 0.62
        canvas.setFillColor(self.colour)
        canvas.setStrokeColor(self.colour)
        canvas.setLineWidth(0.6)
        # Shaped: the unit is in the handout language ("دقيقة", "分钟").
        label = string_width(self.unit, font_size)
        for n in range(self.count):
            y = self.height - (n + 1) * self.row + self.size * 0.25
            end = max(self.width * 0.35, self.width - label - 1.5)
            canvas.line(0, y, end, y)
            draw_string(canvas, self.width, y + 0.5, self.unit, font_size, anchor="end")


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


def _week_title(number: int, start: _dt.date | None, language: str = "en") -> str:
    catalog = i18n.catalog(language)
    if start is None:
        return catalog.ptext("diary", "Week {number}", number=number)
    # CLDR's span format, never strftime (which follows the process locale).
    span = catalog.format_date_range(start, start + _dt.timedelta(days=6))
    if catalog.direction == "rtl":
        # A right-to-left mark after the week number, so "1 · 30" does not read
        # as one left-to-right run of numbers.
        return catalog.ptext("diary", "Week {number} · {dates}", number=f"{number}\u200f",
                             dates=span)
    return catalog.ptext("diary", "Week {number} · {dates}", number=number, dates=span)


def _week_table(items: list[Item], start: _dt.date | None, look: Look) -> Table:
    styles = look.styles
    size = look.metrics.body_size
    pad = size * 0.4
    # Wide enough for "Wed" in the header's bold type: large print needs more.
    catalog = look.catalog
    days = catalog.weekday_names() if look.language != "en" else DAYS
    label = max(string_width(day, size, bold=True, language=look.language)
                for day in days) + pad + 4
    day_width = min(max(16 * mm, label), look.width * 0.72 / 7)
    name_width = look.width - 7 * day_width
    header: list = [Paragraph(markup.plain(catalog.ptext("diary", "Exercise")),
                              styles["cellhead"].clone("cellhead-left",
                                                                      alignment=0))]
    for offset, day in enumerate(days):
        label = day if start is None else \
            f"{day}<br/>{(start + _dt.timedelta(days=offset)).day}"
        header.append(Paragraph(label, styles["cellhead"]))
    rows = [header]
    box = size * 1.05
    ink = colors.black if look.high_contrast else colors.HexColor("#39424a")
    book = getattr(look, "phrasebook", ENGLISH)
    for number, item in enumerate(items, start=1):
        name = _cut(" ".join(item.exercise.name.split()), NAME_CHARS)
        dose = item.effective_dose
        line = _cut(dose_line(printed_dose(item), book), DOSE_CHARS)
        label = f"{number}. {markup.plain(name)}"
        if line:
            # Smaller than the name, except in large print, where nothing is small.
            small = size if look.high_contrast else size * 0.8
            label += f"<br/><font size=\"{small:.1f}\">{markup.plain(line)}</font>"
        times = times_a_day(dose.frequency)
        unit = write_in_unit(dose, book)
        if unit or times > MAX_BOXES:
            cells = [WriteIn(times if unit else 1, unit or book.gettext("times"), size, ink)
                     for _ in DAYS]
        else:
            cells = [TickBoxes(times, box, ink) for _ in DAYS]
        rows.append([Paragraph(label, styles["cell"])] + cells)
    rows.append([Paragraph(f"<b>{markup.plain(catalog.ptext('diary', 'Pain today'))}</b> "
                           f"{markup.plain(catalog.ptext('diary', '(0 = none, 10 = worst)'))}",
                           styles["cell"])] +
                [""] * 7)
    widths = [name_width] + [day_width] * 7
    if look.rtl:
        # Mirrored: the exercises on the right, Monday beside them, Sunday on the left.
        rows = [list(reversed(row)) for row in rows]
        widths.reverse()
    table = Table(rows, colWidths=widths, repeatRows=1)
    name = -1 if look.rtl else 0  # the exercise names' column
    days = ((0, 0), (-2, -1)) if look.rtl else ((1, 0), (-1, -1))
    grid = colors.black if look.high_contrast else colors.HexColor("#9aa5ad")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.6, grid),
        ("BACKGROUND", (0, 0), (-1, 0), PANEL if not look.high_contrast else colors.white),
        ("LINEBELOW", (0, 0), (-1, 0), 1.2, look.line),
        ("BACKGROUND", (0, -1), (-1, -1), PANEL if not look.high_contrast else colors.white),
        ("LEFTPADDING", days[0], days[1], pad / 2), ("RIGHTPADDING", days[0], days[1], pad / 2),
        ("LEFTPADDING", (name, 0), (name, -1), pad), ("RIGHTPADDING", (name, 0), (name, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        # The pain row needs room to write a number by hand.
        ("TOPPADDING", (0, -1), (-1, -1), pad * 2), ("BOTTOMPADDING", (0, -1), (-1, -1), pad * 2),
    ]))
    # The pain row never starts a page alone: two exercises come with it, unless
    # those rows together are too tall for a page (long words in large print).
    first = max(1, len(rows) - 3)
    # Measured on a copy: wrapping a table rewrites its cells.
    probe = Table([list(row) for row in rows], colWidths=widths)
    probe.wrap(look.width, look.height)
    heights = getattr(probe, "_rowHeights", None) or []
    if sum(heights[first:]) + sum(heights[:1]) <= look.height * 0.8:
        table.setStyle(TableStyle([("NOSPLIT", (0, first), (-1, -1))]))
    return table


def _week_start(monday: _dt.date | None, week: int) -> _dt.date | None:
    """The Monday of diary week `week` (from 0), or None: undated, also for a week that
    would run past the last day the calendar has (31 December 9999)."""
    if monday is None:
        return None
    first = monday.toordinal() + 7 * week
    if first + 6 > _dt.date.max.toordinal():
        return None
    return _dt.date.fromordinal(first)


def _instructions(handout: Handout, book: Phrasebook) -> str:
    timed = any(write_in_unit(i.effective_dose, book) for i in handout.items)
    if not timed:
        # One message, as the catalogues have it.
        return book.gettext("Tick a box each time you do an exercise. At the end of each "
                            "day, write down your pain from 0 (no pain) to 10 (the worst "
                            "pain you can imagine). Bring this diary to your next "
                            "appointment.")
    first = book.gettext("Tick a box each time you do an exercise; for a walk or another "
                         "timed exercise, write down how long (or how far) you went.") \
        if timed else book.gettext("Tick a box each time you do an exercise.")
    return first + " " + book.gettext(
        "At the end of each day, write down your pain from 0 (no pain) to 10 (the worst "
        "pain you can imagine). Bring this diary to your next appointment.")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def diary(handout: Handout, look: Look) -> list[Flowable]:
    """The diary pages for `handout.options.diary_weeks` weeks (none for 0 or no exercises)."""
    weeks = max(0, min(12, int(handout.options.diary_weeks or 0)))
    if not weeks or not handout.items:
        return []
    styles = look.styles
    book = getattr(look, "phrasebook", ENGLISH)
    monday = handout.date - _dt.timedelta(days=handout.date.weekday()) if handout.date else None
    story: list[Flowable] = [
        PageBreak(),
        Paragraph(markup.plain(look.catalog.ptext("diary", "Your exercise diary")), styles["title"]),
        Paragraph(_instructions(handout, book), styles["body"]),
    ]
    for week in range(weeks):
        start = _week_start(monday, week)
        # Not "keep with next": that would push a week too long for one page
        # onto a fresh page; asking for a fifth of a page keeps title and rows together.
        title = Paragraph(_week_title(week + 1, start, look.language), styles["heading"].clone(
            "week", keepWithNext=0))
        story += [CondPageBreak(look.height * 0.2), title,
                  _week_table(handout.items, start, look),
                  Spacer(1, look.metrics.body_size * 0.8)]
    return story
