"""Templates ranked by relevance to what the therapist types: "knee" finds knee templates first.

Pure Python, no Qt. Every typed word must be found in a template (its name,
its tags, which are mostly conditions, the body regions of its exercises,
its description or its exercises' names; "oa" means osteoarthritis, "tkr" a
replacement, "runner's knee" patellofemoral pain); where it is found decides the
rank: the name beats a tag, which beats a body region, which beats the
description, which beats an exercise's name. An exact word beats its
beginning ("kne"), which beats a small typo ("shoulde"). A name that begins
with the whole query gets a bonus. Ties keep the library's order
(alphabetical), so an empty query lists everything as before.
"""

from __future__ import annotations

from typing import Callable, Iterable

from .model import REGIONS, Template
from .search import SYNONYMS, STOP_WORDS, edit_distance, max_typos, normalise, words_of

# What therapists type for a condition, besides the search's own abbreviations ("oa").
CONDITION_WORDS = {
    "tkr": ("knee", "replacement"), "tka": ("knee", "replacement"),
    "thr": ("hip", "replacement"), "tha": ("hip", "replacement"),
    "runners": ("patellofemoral",), "runner": ("patellofemoral",),
    "pfps": ("patellofemoral",), "rc": ("rotator",), "lbp": ("back",), "pf": ("plantar",),
}

NAME, TAG, REGION, DESCRIPTION, EXERCISE = 100.0, 70.0, 50.0, 25.0, 15.0
EXACT, PREFIX, TYPO = 1.0, 0.8, 0.5
NAME_STARTS_BONUS = 50.0


def _word_score(word: str, candidates: Iterable[str]) -> float:
    best = 0.0
    limit = max_typos(word)
    for candidate in candidates:
        if candidate == word:
            return EXACT
        if candidate.startswith(word):
            best = max(best, PREFIX)
        elif best < TYPO and limit and edit_distance(word, candidate[:len(word) + 1]
                                                     if len(candidate) > len(word) + 1
                                                     else candidate, limit) <= limit:
            best = TYPO
    return best


def score(template: Template, text: str,
          regions: Callable[[Template], list[str]] = lambda t: [],
          exercise_names: Callable[[Template], list[str]] = lambda t: []) -> float:
    """How well `template` matches `text` (0: not at all; every word must match)."""
    words = [meaning for w in words_of(text) if w not in STOP_WORDS
             for meaning in CONDITION_WORDS.get(w, (w,))]
    if not words:
        return 1.0
    fields = (
        (NAME, words_of(template.name)),
        (TAG, [w for tag in template.tags for w in words_of(tag)]),
        (REGION, [w for region in regions(template)
                  for w in words_of(f"{region} {REGIONS.get(region, '')}")]),
        (DESCRIPTION, words_of(template.description)),
        (EXERCISE, [w for name in exercise_names(template) for w in words_of(name)]),
    )
    total = 0.0
    for word in words:
        meanings = [word] + ([SYNONYMS[word]] if word in SYNONYMS else [])
        best = max(weight * _word_score(meaning, candidates)
                   for meaning in meanings for weight, candidates in fields)
        if best == 0:
            return 0.0
        total += best
    if normalise(template.name).startswith(normalise(text).strip()):
        total += NAME_STARTS_BONUS
    return total


def rank(templates: list[Template], text: str,
         regions: Callable[[Template], list[str]] = lambda t: [],
         exercise_names: Callable[[Template], list[str]] = lambda t: []) -> list[Template]:
    """The templates that match `text`, most relevant first (stable for ties)."""
    scored = [(score(t, text, regions, exercise_names), n, t) for n, t in enumerate(templates)]
    return [t for s, _, t in sorted((x for x in scored if x[0] > 0),
                                    key=lambda x: (-x[0], x[1]))]
