"""Exercise illustrations drawn by our own code (placeholder until the figure renderer lands).

`definition_problems(definition)` lists what is wrong with a figure definition
(an empty list when it is fine).
"""

from __future__ import annotations


def definition_problems(definition: dict) -> list[str]:
    if not isinstance(definition, dict):
        return ["expected a figure definition {...}"]
    return []
