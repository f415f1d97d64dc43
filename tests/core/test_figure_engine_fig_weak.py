"""Engine addition for the weak-figure fixes: `arrows: each`, an arrow on every panel
after the first for the step from the panel before (a shoulder roll: up, then back and
down), where a figure otherwise has one arrow, on its last panel.
"""

from __future__ import annotations

import re

import pytest

from handout.figures import definition_problems

np = pytest.importorskip("numpy")

from handout.figures.engine import build  # noqa: E402

pytestmark = pytest.mark.core


def _roll(**extra) -> dict:
    definition = {
        "version": 2, "posture": "sitting", "side": "right",
        "frames": [{"name": "start"},
                   {"name": "middle", "both": {"scapula_elevation": 40}},
                   {"name": "end", "both": {"scapula_retraction": 25,
                                            "scapula_depression": 10}}],
        "view": {"from": "side", "elevation": 10, "turn": 25}, "close_up": "neck",
        "layout": "panels", "moving": "treated shoulder", "pivot": "chest",
        "motion": "move"}
    definition.update(extra)
    return definition


def _panels_with_arrows(data: dict) -> list[int]:
    return [i for i, panel in enumerate(data["panels"])
            if any(role == "arrow" for role, _ in panel["layers"])]


def _start(path: str) -> tuple[float, float]:
    x, y = re.match(r"M(-?\d+)[ ]?(-?\d+)", path).groups()
    return float(x), float(y)


def test_arrows_each_puts_an_arrow_on_every_panel_after_the_first():
    assert definition_problems(_roll(arrows="each")) == []
    each = build.draw_exercise(_roll(arrows="each"), "roll-each")
    last = build.draw_exercise(_roll(), "roll-last")
    assert len(each["panels"]) == 3
    assert _panels_with_arrows(each) == [1, 2]
    assert _panels_with_arrows(last) == [2]
    # The middle panel's arrow shows the lift: its head is higher than its tail.
    arrow = next(d for role, d in each["panels"][1]["layers"] if role == "arrow")
    head = next(d for role, d in each["panels"][1]["layers"] if role == "arrow-head")
    # The arrow's path starts at its tail; the head's polygon starts near its tip.
    tail_y = _start(arrow)[1]
    head_y = _start(head)[1]
    assert head_y > tail_y


@pytest.mark.parametrize("extra, words", [
    ({"arrows": "sometimes"}, "arrows: expected last or each"),
    ({"arrows": "each", "layout": "faded-start"}, "arrows: each needs layout panels"),
    ({"arrows": "each", "motion": "hold"}, "arrows: each needs layout panels"),
])
def test_arrows_each_is_refused_where_it_cannot_be_drawn(extra, words):
    problems = definition_problems(_roll(**extra))
    assert any(words in p for p in problems), problems
