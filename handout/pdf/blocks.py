"""Flowables for the parts of a handout: the patient header, text sections, exercises.

Each exercise is a two-column table (picture | name, dose, steps) kept together
on one page. Text that can be long (notes, very long steps) flows below the
table instead of inside a fixed cell, so no input can make a piece taller
than the page.
"""

from __future__ import annotations

import datetime as _dt

from reportlab.lib import colors
from reportlab.platypus import (CondPageBreak, Flowable, KeepTogether, ListFlowable,
                                ListItem, Paragraph, Spacer, Table, TableStyle)

from .. import figures
from ..model import Handout, Item
from . import markup
from .styles import PANEL, RULE

# Above this many characters, steps leave the table and flow below it.
STEPS_IN_TABLE_LIMIT = 1200


def format_date(date: _dt.date | None) -> str:
    return f"{date.day} {date:%B %Y}" if date else ""


def patient_header(handout: Handout, styles: dict, width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(markup.plain(handout.title or "Your exercise programme"),
                                       styles["title"])]
    fields = [("For", handout.patient_name), ("Date", format_date(handout.date)),
              ("Therapist", handout.therapist), ("Review on", format_date(handout.review_date))]
    cells = [Paragraph(f"<b>{label}:</b> {markup.plain(value)}", styles["meta"])
             for label, value in fields if value.strip()]
    if cells:
        columns = 2
        rows = [cells[i:i + columns] + [""] * (columns - len(cells[i:i + columns]))
                for i in range(0, len(cells), columns)]
        table = Table(rows, colWidths=[width / columns] * columns)
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), PANEL),
            ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story += [table, Spacer(1, styles["body"].fontSize)]
    return story


def text_section(text: str, styles: dict) -> list[Flowable]:
    """Education or advice text, in the small safe markup of `markup`."""
    story: list[Flowable] = []
    bullets: list[Flowable] = []

    def flush_bullets() -> None:
        if bullets:
            story.append(ListFlowable(list(bullets), bulletType="bullet", start="•",
                                      leftIndent=styles["bullet"].leftIndent,
                                      bulletFontName=styles["body"].fontName,
                                      bulletFontSize=styles["body"].fontSize))
            bullets.clear()

    for block in markup.parse(text):
        if block.kind == "bullet":
            bullets.append(ListItem(Paragraph(markup.inline(block.text), styles["bullet"])))
            continue
        flush_bullets()
        if block.kind == "heading":
            # Keep a heading with the start of what follows: no orphaned headings.
            story.append(CondPageBreak(styles["heading"].leading * 4))
            story.append(Paragraph(markup.inline(block.text), styles["heading"]))
        else:
            story.append(Paragraph(markup.inline(block.text), styles["body"]))
    flush_bullets()
    return story


def exercise_figure(item: Item, width: float, accent: str) -> Flowable:
    height = width * 0.75
    return figures.figure_drawing(item.exercise.illustration, width, height,
                                  side=item.effective_dose.side, accent=accent)


def _steps(steps: list[str], styles: dict) -> list[Flowable]:
    return [Paragraph(markup.plain(step), styles["step"], bulletText=f"{n}.")
            for n, step in enumerate(steps, start=1) if step.strip()]


def exercise_block(number: int, item: Item, styles: dict, width: float, figure_width: float,
                   accent: str) -> list[Flowable]:
    """One exercise: heading, picture, dose and steps together; long text flows after."""
    exercise = item.exercise
    dose = item.effective_dose.describe()
    steps = [s for s in item.effective_steps if s.strip()]
    steps_fit = sum(len(s) for s in steps) <= STEPS_IN_TABLE_LIMIT
    right: list[Flowable] = [Paragraph(f"{number}. {markup.plain(exercise.name)}",
                                       styles["exercise"])]
    if dose:
        right.append(Paragraph(markup.plain(dose), styles["dose"]))
    if steps_fit:
        right += _steps(steps, styles)
    gap = 10
    table = Table([[exercise_figure(item, figure_width, accent), right]],
                  colWidths=[figure_width + gap, width - figure_width - gap])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    after: list[Flowable] = []
    if not steps_fit:
        after += _steps(steps, styles)
    if item.notes.strip():
        after += _notes(item.notes, styles, width)
    rule = Table([[""]], colWidths=[width], rowHeights=[1])
    rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE)]))
    # The table (heading, picture, dose) never splits; notes may flow on.
    head = [table, Spacer(1, 6)]
    if after:
        head.append(after[0])
        after = after[1:]
    return [KeepTogether(head), *after, Spacer(1, 4), rule, Spacer(1, 10)]


def _notes(notes: str, styles: dict, width: float) -> list[Flowable]:
    paragraphs = [p for p in notes.replace("\r\n", "\n").split("\n") if p.strip()]
    out = []
    for i, text in enumerate(paragraphs):
        prefix = "<b>Note:</b> " if i == 0 else ""
        out.append(Paragraph(prefix + markup.plain(text), styles["note"]))
    return out


def accent_rule(width: float, accent: str) -> Table:
    rule = Table([[""]], colWidths=[width], rowHeights=[2])
    rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.5, colors.HexColor(accent))]))
    return rule
