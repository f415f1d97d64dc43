"""Figure definitions: checking the JSON an exercise file carries as its `"figure"`.

Every figure is a body figure (`"version": 2`; the format is
`handout.figures.body_format`, described in docs/figures.md). An exercise
file or a saved handout written by an older version may still carry an
`"illustration"`: the old stick-figure definition. It is kept as data (never
lost, never an error) but no longer drawn by its own code: if it was a
library exercise's, the built-figure index knows it as an earlier definition
of that exercise and draws that exercise's current figure
(`handout.figures.built.lookup`).
"""

from __future__ import annotations

from .body_format import VERSION, figure_problems


def definition_problems(definition: object) -> list[str]:
    """Every problem in a body-figure definition, each with its field path ([] when fine)."""
    if not isinstance(definition, dict):
        return ["expected a figure definition {...}"]
    if "version" in definition:
        return figure_problems(definition)
    if "posture" in definition:
        return ["version: a body figure (it has a \"posture\") needs \"version\": 2"] + \
            list(figure_problems(dict(definition, version=VERSION)))
    return ["version: expected a body figure with \"version\": 2 (see docs/figures.md); "
            "old stick-figure definitions are no longer drawn"]
