"""Flowables for the parts of a handout: the patient header, text sections, exercises.

Each exercise is a two-column table (picture and video code | name, dose,
steps) that never splits across pages. The table can hold only so much: the
steps, notes and precautions that would make it taller than about half a page
flow below it at full width instead, so no input can make a piece taller than
the page (which is what makes ReportLab raise `LayoutError`). `compact` puts
two such tables side by side in each row.
"""

from __future__ import annotations

import datetime as _dt

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from .. import figures, i18n, sides
from ..model import Handout, Item
from ..phrases import ENGLISH
from . import bilingual, markup
from .resources import NONE, Resources
from .styles import PANEL, RULE, Look
from .text import Paragraph
from .video import video_block

# The tallest one unsplittable piece may be, as a share of the frame's height.
# A row of the exercise table (one step, one note) up to a third of a page;
# a compact cell (which cannot split) up to 45%, so one always fits on a
# page that is already partly used. What is taller flows below at full width.
ROW_SHARE = 0.33
CELL_SHARE = 0.45
KEEP_WHOLE_SHARE = 0.7  # an exercise shorter than this never splits
HEADER_VALUE_CHARS = 200  # a header cell cannot split, so its text is bounded


DEFAULT_TITLE = "Your exercise programme"


def format_date(date: _dt.date | None, language: str = "en") -> str:
    # CLDR's format for the language, never strftime: that follows the
    # process locale, which Qt changes when it starts.
    return i18n.catalog(language).format_date(date)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def patient_header(handout: Handout, look: Look) -> list[Flowable]:
    """The title and a panel with the patient's name, date, therapist and review date."""
    styles = look.styles
    catalog = look.catalog
    title = handout.title.strip()
    if not title or title == DEFAULT_TITLE:
        title = catalog.text(DEFAULT_TITLE)
    story: list[Flowable] = [Paragraph(markup.plain(title), styles["title"])]
    language = look.language
    fields = [(catalog.ptext("patient panel", "For:"), handout.patient_name),
              (catalog.ptext("patient panel", "Date:"), format_date(handout.date, language)),
              (catalog.ptext("patient panel", "Therapist:"), handout.therapist),
              (catalog.ptext("patient panel", "Review on:"), format_date(handout.review_date, language))]
    cells = [Paragraph(f"<b>{markup.plain(label)}</b> "
                       f"{markup.plain(_shorten(value, HEADER_VALUE_CHARS))}", styles["meta"])
             for label, value in fields if value.strip()]
    if cells:
        # Large print keeps one field per line: two columns of 16 pt text wrap badly.
        columns = 1 if look.large else 2
        rows = [cells[i:i + columns] + [""] * (columns - len(cells[i:i + columns]))
                for i in range(0, len(cells), columns)]
        if look.rtl:  # the first field on the right, where the reader starts
            rows = [list(reversed(row)) for row in rows]
        table = Table(rows, colWidths=[look.width / columns] * columns)
        pad = look.metrics.body_size * 0.6
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.white if look.large else PANEL),
            ("BOX", (0, 0), (-1, -1), 1.2 if look.large else 0, colors.black if look.large
             else PANEL),
            # The accent bar on the side the lines start from.
            ("LINEAFTER", (-1, 0), (-1, -1), 3, look.line) if look.rtl else
            ("LINEBEFORE", (0, 0), (0, -1), 3, look.line),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad * 0.55),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.55),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story += [table, Spacer(1, look.metrics.body_size * 0.6)]
    return story


def text_section(text: str, look: Look, closing: bool = False) -> list[Flowable]:
    """Education or advice text, in the small safe markup of `markup`.

    `compact` sets it in two balanced columns: its lines are short (bullets),
    so one wide column would leave half the page empty. No paragraph leaves a
    single line at the top of a page; `closing` (the advice at the end): its
    last short block stays with the one before, so the handout never ends
    on a page holding one sentence.
    """
    styles = {name: style.clone(f"{name}-text", allowWidows=0)
              for name, style in look.styles.items()}
    styles["heading"] = look.styles["heading"]  # `_two_columns` knows it by identity
    story: list[Flowable] = []
    columns = look.metrics.columns == 2
    for block in markup.parse(text):
        body = markup.inline(block.text)
        if block.kind == "heading":
            # Never the last thing on a page: the heading's style keeps it with
            # the next block, and this asks for room for a few lines under it.
            if not columns:
                story.append(CondPageBreak(styles["heading"].leading * 4))
            story.append(Paragraph(body, styles["heading"]))
        elif block.kind == "bullet":
            story.append(Paragraph(body, styles["bullet"], bulletText="•"))
        elif block.kind == "numbered":
            story.append(Paragraph(body, styles["bullet"], bulletText=f"{block.number}."))
        else:
            story.append(Paragraph(body, styles["body"]))
    if columns and story:
        return _two_columns(story, look) or story
    if closing and len(story) >= 2 and _height(story[-1], look.width) < \
            look.metrics.body_size * 1.35 * 3.5:
        story[-2:] = [KeepTogether(story[-2:])]
    return story


def is_short(story: list[Flowable], look: Look, share: float = 0.25) -> bool:
    """True when `story` takes less than `share` of a page."""
    return sum(_height(f, look.width) for f in story) < look.height * share


def _two_columns(story: list[Flowable], look: Look) -> list[Flowable] | None:
    """`story` set in two columns of about equal height, or None when it is too long.

    A table row cannot split across pages, so only text that fits in well
    under a page is set this way; a column never ends with a heading.
    """
    gap = 6 * mm
    width = (look.width - gap) / 2
    heights = [_height(f, width) for f in story]
    total = sum(heights)
    if total / 2 > look.height * 0.6 or len(story) < 2:
        return None
    best, best_index, used = total, 0, 0.0
    for index in range(1, len(story)):
        used += heights[index - 1]
        if getattr(story[index - 1], "style", None) is look.styles["heading"]:
            continue  # a heading stays with what follows it
        tallest = max(used, total - used)
        if tallest < best:
            best, best_index = tallest, index
    if not best_index:
        return None
    # The right column starts at the top: its first block's space above would misalign it.
    if look.rtl:  # right to left: the first column is on the right, where reading starts
        table = Table([[story[best_index:], story[:best_index]]], colWidths=[width, width + gap])
        table.setStyle(TableStyle(_PLAIN_CELLS + [("LEFTPADDING", (1, 0), (1, 0), gap)]))
        return [table]
    table = Table([[story[:best_index], story[best_index:]]], colWidths=[width + gap, width])
    table.setStyle(TableStyle(_PLAIN_CELLS + [("RIGHTPADDING", (0, 0), (0, 0), gap)]))
    return [table]


def section_heading(text: str, look: Look, keep_with: float = 0.0) -> list[Flowable]:
    """A section title ("Your exercises") with the accent rule under it.

    `keep_with`: the height of what must follow on the same page (the head
    of the first exercise), so the title never ends a page on its own.
    """
    heading = Paragraph(text, look.styles["section"].clone("section-free", keepWithNext=0))
    rule = Table([[""]], colWidths=[look.width], rowHeights=[2],
                 spaceAfter=look.metrics.body_size * 0.6)
    rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.5,
                               look.line)]))
    needed = _height(heading, look.width) + _height(rule, look.width) + keep_with
    return [CondPageBreak(min(needed, look.height * 0.9)), heading, rule]


# ------------------------------------------------------------------ exercises

def exercise_figure(item: Item, width: float, accent: str, height: float | None = None,
                    max_height: float | None = None, resources: Resources = NONE) -> Flowable:
    """The picture for one exercise, `width` wide.

    Its height (unless given) follows the picture: a built figure's own shape
    (a lying figure is wide and short), 3/4 of the width for an old stick
    figure. The one place that decides which picture an item gets, so photos
    (when an item has them) can be chosen here; a picture of another shape (a
    stack of photos) must stay within `max_height`, or the exercise could
    outgrow the page.
    """
    if item.exercise.photos:  # the therapist's own photos replace the figure
        from .photo import photo_figure
        limits = [h for h in (height, max_height) if h is not None]
        return photo_figure(item.exercise, width, min(limits) if limits else None, resources)
    definition = figures.definition_of(item.exercise)
    if height is None:
        height = width / figures.figure_aspect(definition)
    if max_height is not None:
        height = min(height, max_height)
    try:
        return figures.figure_drawing(definition, width, height,
                                      side=item.effective_dose.side, accent=accent)
    except Exception:  # a bad figure definition must not stop the handout printing
        return _blank_figure(width, height, accent)


def _blank_figure(width: float, height: float, accent: str) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(Rect(1, 1, width - 2, height - 2, rx=6, ry=6, strokeWidth=1,
                     strokeColor=colors.HexColor(accent), fillColor=PANEL))
    return drawing


def _height(flowable: Flowable, width: float) -> float:
    if isinstance(flowable, KeepTogether):  # it can only measure itself on a page
        return sum(_height(part, width) for part in flowable._content)
    _, h = flowable.wrap(width, 1e6)
    return h + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def _fill(fixed: list[Flowable], optional: list[Flowable], width: float,
          budget: float) -> tuple[list[Flowable], list[Flowable]]:
    """Split `optional` into what fits after `fixed` within `budget` points, and the rest.

    Order is kept: once one piece does not fit, it and everything after it
    go to the rest, so steps are never shuffled.
    """
    used = sum(_height(f, width) for f in fixed)
    for index, flowable in enumerate(optional):
        used += _height(flowable, width)
        if used > budget:
            return fixed + optional[:index], optional[index:]
    return fixed + optional, []


def _steps(steps: list[str], look: Look) -> list[Flowable]:
    return [Paragraph(markup.plain(step), look.styles["step"], bulletText=f"{n}.")
            for n, step in enumerate(steps, start=1)]


def _extras(item: Item, look: Look) -> list[Flowable]:
    """Precautions and the therapist's notes: the text under the steps."""
    out: list[Flowable] = []
    side = sides.shown_side(item)
    for text in item.exercise.precautions:
        if text.strip():
            text = sides.resolve(text.strip(), side)
            out.append(Paragraph(f"<b>{markup.plain(look.catalog.text('Take care:'))}</b> "
                                 f"{markup.plain(text)}", look.styles["note"]))
    paragraphs = [p for p in item.notes.replace("\r\n", "\n").split("\n") if p.strip()]
    for i, text in enumerate(paragraphs):
        prefix = f"<b>{markup.plain(look.catalog.text('Note:'))}</b> " if i == 0 else ""
        out.append(Paragraph(prefix + markup.plain(text.strip()), look.styles["note"]))
    return out


# The narrowest picture of a built figure (start and end panels side by side)
# by layout, so each panel stays readable: standard, compact, large print.
BUILT_MIN_WIDTH = {"standard": 62 * mm, "compact": 40 * mm, "large": 84 * mm}


def _picture_column(item: Item, look: Look, figure_width: float) -> list[Flowable]:
    """The picture (sized to its pose) and the video code under it."""
    column_width = look.width / look.metrics.columns
    # A built figure may be up to 38% of the frame tall (42% in large print, a third
    # in compact), so two standing figures side by side still get 60 mm.
    tallest = look.height * (0.42 if look.large else 0.33 if look.metrics.columns == 2
                             else 0.38)
    definition = figures.definition_of(item.exercise)
    if not item.exercise.photos and figures.built_figure(definition) is not None:
        kind = "large" if look.large else "compact" if look.metrics.columns == 2 else "standard"
        aspect = figures.figure_aspect(definition)
        # Wide enough for two readable panels, and wider for a wide pose (a lying
        # body is small in a narrow box); never more than half the column, and no
        # taller than the limit (a tall pose gets a narrower box).
        wide = max(1.0, aspect) ** 0.5
        figure_width = min(max(figure_width, BUILT_MIN_WIDTH[kind]) * wide,
                           column_width * 0.52)
        figure_width = min(figure_width, tallest * aspect)
        height = figure_width / aspect
    else:
        figure_width = min(figure_width, look.height * 0.33 / 0.75)
        height = None
    column: list[Flowable] = [exercise_figure(item, figure_width, look.accent, height=height,
                                              max_height=look.height * 0.45,
                                              resources=look.resources)]
    video = video_block(item.effective_video_url, figure_width, look)
    if video is not None:
        column += [Spacer(1, look.metrics.body_size * 0.5), video]
    return column


def _beside(fixed: list[Flowable], optional: list[Flowable], width: float, target: float,
            limit: float) -> tuple[list[Flowable], list[Flowable]]:
    """Fill the text column beside the picture: pieces go in while the column is
    still shorter than the picture (`target`) and stays under `limit` points."""
    used = sum(_height(f, width) for f in fixed)
    for index, flowable in enumerate(optional):
        height = _height(flowable, width)
        if used >= target or used + height > limit:
            return fixed + optional[:index], optional[index:]
        used += height
    return fixed + optional, []


class ExerciseAnchor(Flowable):
    """Marks where exercise `number` starts: an outline entry in the PDF (a viewer's
    sidebar lists the exercises) and, when asked, its page number for the preview."""

    def __init__(self, number: int, title: str, pages: list[int] | None) -> None:
        super().__init__()
        self.number = number
        self.title = title
        self.pages = pages
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        add = getattr(self.canv, "add_bookmark", None)  # NumberedCanvas, see `page`
        if add is not None and not getattr(self, "_marked", False):
            add(f"exercise-{self.number}", self.title)
            self._marked = True
        if self.pages is not None:
            while len(self.pages) < self.number:
                self.pages.append(0)
            if not self.pages[self.number - 1]:
                self.pages[self.number - 1] = self.canv.getPageNumber()


def _parts(number: int, item: Item, look: Look, width: float, figure_width: float):
    """The pieces of one exercise: picture column, its width, the text column's
    width, the fixed text (name and dose) and the text that may move (steps, notes)."""
    styles = look.styles
    left = _picture_column(item, look, figure_width)
    left_width = max(f.wrap(width, 1e6)[0] for f in left)
    text_width = width - left_width - look.metrics.gap
    name = " ".join(item.exercise.name.split())
    fixed: list[Flowable] = [
        # Inside the exercise's first row, so it is on the page the exercise starts on.
        ExerciseAnchor(number, f"{number}. {_shorten(name, 120)}",
                       getattr(look, "exercise_pages", None)),
        Paragraph(f"{number}. {markup.plain(item.exercise.name.strip())}", styles["exercise"])]
    side = sides.shown_side(item)
    steps = [sides.resolve(s.strip(), side) for s in item.effective_steps if s.strip()]
    # Then the same text in the handout's second language, if it has one.
    optional = _steps(steps, look) + _extras(item, look) + bilingual.exercise_block(number, look)
    # The dose line is built from phrases (`handout.phrases`), in the look's language.
    dose = sides.dose_line(item, getattr(look, "phrasebook", ENGLISH))
    if dose:
        line = Paragraph(markup.plain(dose), styles["dose"])
        # Name and dose stay beside the picture, unless together they would be
        # taller than a page can hold in one piece (a long unbroken load or
        # frequency in large print): then the dose flows with the steps.
        if sum(_height(f, text_width) for f in fixed + [line]) <= look.height * 0.6:
            fixed.append(line)
        else:
            optional.insert(0, line)
    return left, left_width, text_width, fixed, optional


_PLAIN_CELLS = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def _mirrored(rows: list[list], widths: list[float], look: Look):
    """Rows of (picture, text) cells, their widths and a plain style, mirrored for a
    right-to-left language: the text column first (on the left is where a
    right-to-left line ends), the picture on the right, against the page edge
    the reader starts from."""
    style = list(_PLAIN_CELLS)
    if not look.rtl:
        return rows, widths, style
    style.append(("ALIGN", (1, 0), (1, -1), "RIGHT"))
    return [list(reversed(row)) for row in rows], list(reversed(widths)), style


def _exercise_table(number: int, item: Item, look: Look) -> tuple[Flowable, list[Flowable]]:
    """One exercise as a table that may split between steps, and any text too long for it.

    Row 0 holds the picture, name, dose and the first steps and never splits;
    each further step or note is a row of its own in the text column, so a
    long exercise continues on the next page in the same column. A single
    piece taller than a third of the page leaves the table and flows below.
    """
    left, left_width, text_width, fixed, optional = _parts(
        number, item, look, look.width, look.metrics.figure_width)
    gap = look.metrics.gap
    picture = sum(_height(f, left_width) for f in left)
    # Beside the picture until the text is as tall as it (one piece may
    # overhang, or a gap would open under the picture); never a huge piece.
    beside, rest = _beside(fixed, optional, text_width, picture,
                           picture + look.height * ROW_SHARE)
    rows: list[list] = [[left, beside]]
    outside: list[Flowable] = []
    for flowable in rest:
        if outside or _height(flowable, text_width) > look.height * ROW_SHARE:
            outside.append(flowable)
        else:
            rows.append(["", flowable])
    rows, widths, style = _mirrored(rows, [left_width + gap, text_width], look)
    table = Table(rows, colWidths=widths)
    text_column = 0 if look.rtl else 1
    # A cell drops the space after its last paragraph; give it back as padding
    # so steps in rows of their own are spaced like the ones beside the picture.
    for index, row in enumerate(rows):
        cell = row[text_column]
        last = cell[-1] if isinstance(cell, list) else cell
        style.append(("BOTTOMPADDING", (0, index), (-1, index), last.getSpaceAfter()))
    if len(rows) > 1:
        # An exercise that fits in 70% of a page is never split: a few steps
        # alone at the top of a page read badly. A longer one may split, but
        # its head never ends a page alone: one more row comes with it.
        _, total = table.wrap(look.width, look.height)
        heights = getattr(table, "_rowHeights", None) or [total]
        # A second language's text may start a page of its own (its label names it).
        second = bilingual.first_row(rows, text_column)
        whole = len(rows) if second is None else max(second, 1)
        if sum(heights[:whole]) <= look.height * KEEP_WHOLE_SHARE:
            last = whole - 1
        elif sum(heights[:2]) <= look.height * 0.9:
            last = 1
        else:
            last = 0  # a head this tall leaves no room for a row with it (found by fuzzing)
        if last:
            style.append(("NOSPLIT", (0, 0), (-1, last)))
        if second:  # whole when short, else its label stays with the name and a step
            end = len(rows) - 1 if sum(heights[second:]) <= look.height * 0.4 \
                else min(second + 2, len(rows) - 1)
            style.append(("NOSPLIT", (0, second), (-1, end)))
        table.unsplittable_height = sum(heights[:max(last, 1) + 1])
    table.setStyle(TableStyle(style))
    return _never_too_tall(table, look.width, look), outside


def _exercise_cell(number: int, item: Item, look: Look,
                   width: float) -> tuple[Flowable, list[Flowable]]:
    """One exercise in a compact cell: picture with text beside it, then text under
    both (like text wrapping round a picture), bounded in height; the rest overflows."""
    left, left_width, text_width, fixed, optional = _parts(
        number, item, look, width, look.metrics.figure_width)
    gap = look.metrics.gap
    picture = sum(_height(f, left_width) for f in left)
    budget = look.height * CELL_SHARE
    beside, rest = _beside(fixed, optional, text_width, picture, budget)
    used = max(picture, sum(_height(f, text_width) for f in beside))
    under, outside = _fill([], rest, width, budget - used)
    start = bilingual.first_index(under)
    if outside and start is not None:  # a second language is not cut: all of it follows
        under, outside = under[:start], under[start:] + outside
    rows, widths, style = _mirrored([[left, beside]], [left_width + gap, text_width], look)
    if under:
        # A span keeps its content in its first cell, whichever side that is.
        rows.append([under, ""])
        style += [("SPAN", (0, 1), (1, 1)), ("TOPPADDING", (0, 1), (-1, 1), 2)]
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle(style))
    return _never_too_tall(table, width, look, whole=True), outside


def _never_too_tall(table: Table, width: float, look: Look, whole: bool = False) -> Flowable:
    """The table, or (only if what cannot split is taller than the frame) a shrunk copy.

    `whole`: the table must stay in one piece; otherwise only its first row must.

    Only a pathological entry (a 200-character unbroken name in large print
    on a small page) gets here; shrinking it is better than refusing to print.
    """
    table.wrap(width, look.height)
    heights = getattr(table, "_rowHeights", None) or [0]
    if (sum(heights) if whole else heights[0]) <= look.height * 0.95:
        return table
    return Shrunk(table, look.height * 0.95)


class Shrunk(Flowable):
    """A flowable scaled down (never up) to fit `max_height`, as wide as it is given.

    ReportLab's `KeepInFrame` needs a canvas to measure itself, which the
    block builders, measuring ahead, do not have; this one measures without.
    """

    def __init__(self, content: Flowable, max_height: float) -> None:
        super().__init__()
        self.content = content
        self.max_height = max_height
        self.scale = 1.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        scale = 1.0
        for _ in range(8):  # a narrower scale gives a wider column: converge
            _, height = self.content.wrap(availWidth / scale, 1e9)
            if height * scale <= self.max_height * 1.0001:
                break
            scale = max(0.05, scale * min(0.98, self.max_height / (height * scale)))
        self.scale = scale
        self.width, self.height = availWidth, height * scale
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.scale(self.scale, self.scale)
        self.content.drawOn(self.canv, 0, 0)
        self.canv.restoreState()


def _rule(width: float) -> Table:
    rule = Table([[""]], colWidths=[width], rowHeights=[1])
    rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE)]))
    return rule


def exercise_block(number: int, item: Item, look: Look) -> list[Flowable]:
    """One exercise, full width: picture left; name, dose and steps right."""
    table, outside = _exercise_table(number, item, look)
    size = look.metrics.body_size
    if outside:
        outside.insert(0, Spacer(1, size * 0.4))
    return [table, *outside, Spacer(1, size * 0.3), _rule(look.width), Spacer(1, size * 0.8)]


def compact_rows(items: list[Item], look: Look) -> list[Flowable]:
    """Exercises two to a row; text too long for a cell follows the row, labelled."""
    size = look.metrics.body_size
    column_gap = 6 * mm
    cell_width = (look.width - column_gap) / 2
    story: list[Flowable] = []
    for start in range(0, len(items), 2):
        cells: list[Flowable | str] = []
        overflow: list[Flowable] = []
        for number, item in enumerate(items[start:start + 2], start=start + 1):
            cell, outside = _exercise_cell(number, item, look, cell_width)
            cells.append(cell)
            if outside:
                name = _shorten(item.exercise.name, 80)
                continued = look.catalog.text("{name} (continued)", name=f"{number}. {name}")
                overflow.append(Paragraph(markup.plain(continued),
                                          look.styles["continued"]))
                overflow += outside
        if len(cells) == 1:
            cells.append("")
        row = Table([cells], colWidths=[cell_width + column_gap, cell_width])
        row.setStyle(TableStyle(_PLAIN_CELLS))
        row.is_exercise_row = True
        story += [row, *overflow, Spacer(1, size * 0.3), _rule(look.width),
                  Spacer(1, size * 0.7)]
    return story


def _unsplittable_head(flowable: Flowable, look: Look) -> float:
    """How tall the start of `flowable` is that must stay on one page."""
    if isinstance(flowable, KeepTogether):
        return _unsplittable_head(flowable._content[0], look)
    flowable.wrap(look.width, look.height)
    heights = getattr(flowable, "_rowHeights", None)
    if not heights:
        return _height(flowable, look.width)
    if getattr(flowable, "unsplittable_height", None):  # set by _exercise_table
        return flowable.unsplittable_height
    # An exercise table keeps its first two rows together; a compact row is one row.
    return sum(heights[:2])


def exercises(items: list[Item], look: Look, heading: str = "",
              note: str = "", closing: list[Flowable] | None = None) -> list[Flowable]:
    """All exercises of a handout, in the handout's layout, under `heading`.

    `note` (the time a session takes) is printed under the heading, with it.
    `closing` (the advice that ends the handout) follows; when it is short it
    is kept on one page with the last exercise, never alone on a last page.
    """
    if look.metrics.columns == 2:
        story = compact_rows(items, look)
        # The last row of two exercises starts the last block (then overflow, rule...).
        rows = [i for i, f in enumerate(story) if getattr(f, "is_exercise_row", False)]
        last = len(story) - rows[-1] if rows else 0
    else:
        story = []
        last = 0
        for number, item in enumerate(items, start=1):
            block = exercise_block(number, item, look)
            story += block
            last = len(block)
    if closing:
        if story and is_short(closing, look):
            # One level of keeping together: a KeepTogether inside another misjudges
            # its height and pushes everything to the next page.
            flat = [part for f in closing
                    for part in (f._content if isinstance(f, KeepTogether) else [f])]
            story[-last:] = [KeepTogether(story[-last:] + flat)]
        else:
            story += closing
    if note and story:
        story.insert(0, Paragraph(markup.plain(note), look.styles["meta"].clone(
            "section-note", spaceAfter=look.metrics.body_size * 0.6)))
    if heading and story:
        head = _unsplittable_head(story[0], look)
        if note:
            head = _height(story[0], look.width) + _unsplittable_head(story[1], look)
        story = section_heading(heading, look, head) + story
    return story
