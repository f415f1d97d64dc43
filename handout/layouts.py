"""Print layouts as data: one frozen description per layout, read by the one renderer.

A layout says how big things are (margins, type, pictures, spacing), how the
exercises are arranged (one per row, two per row, cards on one sheet), which
parts of the handout it shows (education, steps, notes, diary, header...) and
what paper it uses (the clinic's sheet, or half of it imposed as a booklet).
The renderer (`handout.pdf`) reads only these fields and never a layout's
name. The right-to-left mirror is not described here: it follows from the
handout language when the page is laid out (`Look.rtl`), for every layout.

A new layout is a new `Layout(...)` in `LAYOUTS` below and its reference
render (`python -m docs.images` draws `docs/layout-<name>.png`, which
`tests/pdf/test_layouts.py` compares against). No Qt, no ReportLab: the
editor and the CLI read the names and labels without loading the PDF code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MM = 72 / 25.4  # points per millimetre


@dataclass(frozen=True)
class Shows:
    """Which parts of the handout a layout prints."""

    patient_panel: bool = True  # name, date, therapist, review date (else the name only)
    education: bool = True
    pain_rule: bool = True
    steps: bool = True
    notes: bool = True  # precautions and the therapist's notes on each exercise
    video: bool = True  # the video link's QR code
    advice: bool = True
    diary: bool = True
    time_note: bool = True  # "About 15 minutes a session", when asked for
    header: bool = True  # clinic logo, name and the title on every page
    footer: bool = True  # contact details and disclaimer
    page_numbers: bool = True


@dataclass(frozen=True)
class Layout:
    """One print layout. Lengths are in points (`12 * MM` for millimetres); type sizes
    in points; `*_scale` are multiples of the body size; `*_space` of it too."""

    name: str  # stored in the handout file ("options.layout")
    label: str  # what the editor's layout control shows
    hint: str  # the control's tooltip: what the layout is for
    body_size: float
    figure_width: float  # the picture's width beside the text (its height follows the pose)
    columns: int = 1  # exercises side by side ("rows" and "cells")
    arrangement: str = "rows"  # "rows": one exercise a row; "cells": `columns` a row;
    #                            "cards": picture, name and dose only, all on one sheet
    margin: float = 15 * MM  # home printers cannot print to the edge
    small_size: float = 7.5  # header, footer and captions
    qr_size: float = 20 * MM  # smallest QR code a phone reads from arm's length
    gap: float = 4 * MM  # between the picture and the text
    logo_height: float = 12 * MM
    leading: float = 1.35  # line height, as a multiple of the type size
    paragraph_space: float = 0.45  # after a paragraph
    title_scale: float = 1.9
    title_leading: float = 2.3
    heading_scale: float = 1.3
    heading_space: float = 0.8  # above a heading in the education or advice
    section_scale: float = 1.5  # "Your exercises"
    section_space: float = 1.0
    exercise_scale: float = 1.25  # the exercise's name
    dose_space: float = 0.5
    step_space: float = 0.25
    caption_scale: float = 0.85
    high_contrast: bool = False  # every word black, panels boxed not tinted
    panel_columns: int = 2  # the patient panel's fields side by side
    text_columns: int = 1  # education and advice (two: short bullet lines fill the page)
    built_min_width: float = 62 * MM  # a built figure's two panels stay readable
    picture_share: float = 0.38  # the tallest a picture may be, of the text frame
    max_exercises: int | None = None  # more than this cannot be printed in the layout
    paper: str = "sheet"  # "sheet": the clinic's paper; "booklet": half of it, imposed
    shows: Shows = field(default_factory=Shows)


LAYOUTS: dict[str, Layout] = {layout.name: layout for layout in (
    Layout("standard", "Standard", "One exercise a row, the picture beside its steps",
           body_size=10.5, figure_width=52 * MM),
    Layout("compact", "Compact", "Two exercises a row, smaller type: fits more on a page",
           body_size=8.5, figure_width=30 * MM, columns=2, arrangement="cells",
           margin=13 * MM, small_size=7, gap=3 * MM, logo_height=10 * MM,
           leading=1.28, paragraph_space=0.3, title_scale=1.8, title_leading=2.15,
           heading_space=0.5, section_space=0.6, dose_space=0.35, step_space=0.15,
           text_columns=2, built_min_width=40 * MM, picture_share=0.33),
    Layout("large-print", "Large print", "Body text 16 pt, black on white: easier to read",
           body_size=16, figure_width=70 * MM, small_size=12, qr_size=24 * MM,
           gap=5 * MM, logo_height=15 * MM, title_scale=1.6, title_leading=1.95,
           heading_scale=1.25, section_scale=1.35, exercise_scale=1.2, caption_scale=1.0,
           high_contrast=True, panel_columns=1, built_min_width=84 * MM,
           picture_share=0.42),
    Layout("fridge-sheet", "Fridge sheet",
           "One page to stick on the fridge: the pictures, names and doses of up to "
           "six exercises, nothing else",
           body_size=11, figure_width=80 * MM, columns=2, arrangement="cards",
           margin=12 * MM, small_size=7.5, gap=4 * MM, title_scale=1.6,
           title_leading=1.95, exercise_scale=1.2, max_exercises=6,
           shows=Shows(patient_panel=False, education=False, pain_rule=False,
                       steps=False, notes=False, video=False, advice=False,
                       diary=False, time_note=False, page_numbers=False)),
    Layout("a5-booklet", "A5 booklet",
           "A5 pages printed two to a sheet in booklet order: print on both sides, "
           "fold in half",
           body_size=9.5, figure_width=40 * MM, margin=11 * MM, small_size=7,
           gap=3 * MM, logo_height=9 * MM, title_scale=1.8, title_leading=2.15,
           heading_space=0.6, section_space=0.8, dose_space=0.4, step_space=0.2,
           built_min_width=50 * MM, picture_share=0.36, paper="booklet"),
)}

NAMES: tuple[str, ...] = tuple(LAYOUTS)
DEFAULT = "standard"


def get(name: str) -> Layout:
    """The layout called `name`; the standard one for a name this version does not know
    (a file from a newer version), so the handout still prints."""
    return LAYOUTS.get(name, LAYOUTS[DEFAULT])


def is_known(name: str) -> bool:
    return name in LAYOUTS


def label(name: str) -> str:
    return LAYOUTS[name].label if name in LAYOUTS else name


def unknown_notice(name: str) -> str:
    """What the editor and the CLI say about a layout this version does not know."""
    from .errors import clean
    return (f"This handout asks for a layout called \"{clean(name, 40)}\", which this "
            f"version of Handout Builder does not have: it prints in the "
            f"{LAYOUTS[DEFAULT].label} layout. The file keeps its layout until you choose "
            "another one.")


def too_many(layout: Layout, count: int) -> str:
    """Why a handout with `count` exercises cannot be printed in `layout` ("" if it can)."""
    limit = layout.max_exercises
    if limit is None or count <= limit:
        return ""
    return (f"The {layout.label.lower()} holds at most {limit} exercises; this handout has "
            f"{count}. Remove {count - limit} or choose another layout.")


def left_out(layout: Layout, education: bool, advice: bool, diary: bool,
             steps: bool = True) -> str:
    """What the layout does not print of what the handout has, for the editor ("")."""
    shows = layout.shows
    parts = [what for what, has, shown in (
        ("the steps", steps, shows.steps), ("the education", education, shows.education),
        ("the advice", advice, shows.advice), ("the diary", diary, shows.diary)) if has and not shown]
    if not parts:
        return ""
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"The {layout.label.lower()} leaves out {listed}."
