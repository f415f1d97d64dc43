"""Ranked, typo-tolerant exercise search: an index built once, answered per keystroke.

Pure Python, no Qt. `SearchIndex(exercises)` tokenises every exercise once
(name, aliases, tags, region id and label, equipment ids and labels) into an
inverted index; `SearchIndex.search(text, region=..., equipment=..., level=...)`
then answers in a few milliseconds, even over thousands of exercises.

How a query is matched and ranked:

- The query is split into words; every word must match something in the
  exercise (a word that matches nothing removes the exercise). Small words
  such as "a", "the", "with" are ignored.
- A word matches an indexed word exactly, as its beginning ("abd" finds
  "abduction", "glute med" finds "gluteus medius"), or, only when it matches
  nothing that way, within a small edit distance that grows with the word's
  length ("clamshll", "hamstirng"): none up to 3 letters, 1 from 4 letters,
  2 from 8 letters.
- Where the word is found matters more than how: a name beats an alias, an
  alias beats the region, which beats a tag, which beats the equipment. An exact
  word beats a beginning, which beats a typo.
- A name that starts with the whole query, or equals it, gets a bonus, so
  "clam" puts Clamshell first; so, a little less, does a multi-word query
  found as a phrase in a name, alias or tag ("back pain").
- Ties are broken alphabetically by name; an empty query lists everything
  (still filtered) alphabetically.

Fuzzy look-ups use a deletion index (the SymSpell idea): every indexed word,
and every beginning of it from four letters, is stored with each single letter
deleted; a query word's own deletions are looked up in it, and the few
candidates found are checked with a real edit distance. That avoids comparing
the query with the whole vocabulary on every keystroke.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from . import model
from .model import Exercise

# Weight of each field an exercise word can come from.
# The region ranks above a tag: "knee" should bring up the knee exercises
# before those merely tagged with something knee-related.
NAME, ALIAS, TAG, REGION, EQUIPMENT = 100.0, 60.0, 35.0, 45.0, 30.0
# Share of a weaker field added when the same word is in several fields.
EXTRA_FIELD = 0.1

# Quality of a word match, multiplied by the field weight.
EXACT = 1.0
PREFIX = 0.75  # plus up to PREFIX_EXTRA for how much of the word was typed
PREFIX_EXTRA = 0.15
TYPO = 0.55
TYPO_PREFIX = 0.45

NAME_STARTS_BONUS = 60.0
PHRASE_BONUS = 40.0  # several words typed together and found together ("back pain")
NAME_EQUALS_BONUS = 100.0
ALL_IN_NAME_BONUS = 20.0

MIN_FUZZY_PREFIX = 4
MAX_FUZZY_WORD = 30  # longer typed words are matched exactly or as a beginning only
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12  # beginnings shorter than this are not indexed for typos
STOP_WORDS = frozenset({"a", "an", "and", "the", "of", "on", "in", "to", "with", "for",
                        "at", "or", "your", "my"})

# Abbreviations therapists type that are not the beginning of the word they mean.
SYNONYMS = {
    "quads": "quadriceps",
    "quad": "quadriceps",
    "hams": "hamstrings",
    "hammy": "hamstrings",
    "glutes": "gluteal",
    "glute": "gluteus",
    "abs": "abdominals",
    "lats": "latissimus",
    "traps": "trapezius",
    "trap": "trapezius",
    "scap": "scapula",
    "shldr": "shoulder",
    "er": "external",
    "ir": "internal",
    "rom": "range",
    "lbp": "back",
    "oa": "osteoarthritis",
    "pfp": "patellofemoral",
}

_APOSTROPHES = re.compile(r"['\u2019\u2018`]")
_NOT_WORD = re.compile(r"[^0-9a-z\u00c0-\uffff]+")


def normalise(text: str) -> str:
    """Casefolded, without apostrophes ("Child's" -> "childs")."""
    return _APOSTROPHES.sub("", text.casefold())


def words_of(text: str) -> list[str]:
    """The words of `text` for matching: lower case, split on anything not a letter or digit."""
    return [w for w in _NOT_WORD.split(normalise(text)) if w]


def _index_words(text: str) -> list[str]:
    """Words to index for `text`: its words, plus joined forms of hyphenated ones ("stepup")."""
    out = [w for w in words_of(text) if w not in STOP_WORDS]
    for chunk in normalise(text).split():
        parts = [p for p in _NOT_WORD.split(chunk) if p]
        if len(parts) > 1:
            out.append("".join(parts))
    return out


def max_typos(word: str) -> int:
    """How many edits a typed word may be off by: longer words forgive more."""
    if len(word) >= 8:
        return 2
    if len(word) >= 4:
        return 1
    return 0


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap of neighbours counts as one), capped at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if a == b:
        return 0
    previous2: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        row_min = i
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (previous2 is not None and i > 1 and j > 1 and ca == b[j - 2]
                    and a[i - 2] == cb):
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            if value < row_min:
                row_min = value
        if row_min > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@dataclass
class SearchHit:
    """One exercise found, with its score (higher is better)."""

    exercise: Exercise
    score: float


class SearchIndex:
    """An inverted index over a fixed list of exercises. Build once, search often."""

    def __init__(self, exercises: Iterable[Exercise]) -> None:
        self.exercises: list[Exercise] = list(exercises)
        # word -> {exercise number: best field weight for that word}
        self._postings: dict[str, dict[int, float]] = {}
        self._name_words: list[frozenset[str]] = []
        self._names: list[str] = []
        self._phrases: list[str] = []
        self._sort_keys: list[str] = []
        for number, exercise in enumerate(self.exercises):
            self._add(number, exercise)
        self._vocabulary = sorted(self._postings)
        # A beginning of a word (from MIN_FUZZY_PREFIX letters, up to the whole
        # word), and each of its single-letter deletions -> the words it came
        # from, joined by spaces: strings, not lists, so that the garbage
        # collector has a few thousand objects to walk instead of a million.
        fuzzy: dict[str, list[str]] = {}
        for word in self._vocabulary:
            for length in range(MIN_FUZZY_PREFIX, len(word) + 1):
                prefix = word[:length]
                for key in {prefix, *_deletions(prefix)}:
                    words = fuzzy.setdefault(key, [])
                    if not words or words[-1] != word:
                        words.append(word)
        self._fuzzy: dict[str, str] = {key: " ".join(words) for key, words in fuzzy.items()}
        del fuzzy
        self._alphabetical = sorted(range(len(self.exercises)),
                                    key=lambda n: (self._sort_keys[n], n))
        # exercise number -> its place in alphabetical order, the tie-breaker
        self._rank = [0] * len(self.exercises)
        for place, number in enumerate(self._alphabetical):
            self._rank[number] = place
        self._word_cache: dict[str, dict[int, float]] = {}
        # The first keystroke matches the most words; answer it from a table.
        self._first_letters: dict[str, dict[int, float]] = {}
        for letter in {word[0] for word in self._vocabulary}:
            self._first_letters[letter] = self._word_scores(letter)
        self._word_cache.clear()

    def __len__(self) -> int:
        return len(self.exercises)

    # ------------------------------------------------------------- building

    def _add(self, number: int, exercise: Exercise) -> None:
        fields: list[tuple[float, str]] = [(NAME, exercise.name)]
        fields += [(ALIAS, alias) for alias in exercise.aliases]
        fields += [(TAG, tag) for tag in exercise.tags]
        fields += [(REGION, exercise.region), (REGION, model.REGIONS.get(exercise.region, ""))]
        for item in exercise.equipment:
            fields += [(EQUIPMENT, item), (EQUIPMENT, model.EQUIPMENT.get(item, ""))]
        fields.append((TAG, exercise.level))
        for weight, text in fields:
            for word in _index_words(text):
                entry = self._postings.setdefault(word, {})
                old = entry.get(number)
                entry[number] = weight if old is None else \
                    max(old, weight) + EXTRA_FIELD * min(old, weight)
        self._name_words.append(frozenset(_index_words(exercise.name)))
        self._names.append(" ".join(words_of(exercise.name)))
        # Name, aliases and tags as " word word" lines, for phrase look-ups.
        self._phrases.append("\n".join(" " + " ".join(words_of(text)) for text in
                                        [exercise.name, *exercise.aliases, *exercise.tags]))
        self._sort_keys.append(exercise.name.casefold())

    # ------------------------------------------------------------ matching

    def _word_matches(self, word: str) -> dict[str, float]:
        """Indexed words matching a typed word, each with the quality of the match."""
        found: dict[str, float] = {}
        if word in self._postings:
            found[word] = EXACT
        start = bisect.bisect_left(self._vocabulary, word)
        for i in range(start, len(self._vocabulary)):
            candidate = self._vocabulary[i]
            if not candidate.startswith(word):
                break
            if candidate != word:
                found[candidate] = max(found.get(candidate, 0.0),
                                       PREFIX + PREFIX_EXTRA * len(word) / len(candidate))
        limit = max_typos(word) if len(word) <= MAX_FUZZY_WORD else 0
        # A word found as typed (or as a beginning) is taken to be meant: "calf"
        # must not also bring up "half", nor "band" bring up "bend".
        if limit and not found:
            keys = {word} | _deletions(word)
            if limit >= 2:
                keys |= {d2 for d1 in _deletions(word) for d2 in _deletions(d1)}
            for key in keys:
                stored = self._fuzzy.get(key)
                if not stored:
                    continue
                for candidate in stored.split(" "):
                    if found.get(candidate, 0.0) >= TYPO:
                        continue
                    # The key is a beginning of the candidate, or one with a
                    # letter deleted: the beginning is len(key) or one longer.
                    for length in (len(key), len(key) + 1):
                        if length > len(candidate) or length < MIN_FUZZY_PREFIX:
                            continue
                        if edit_distance(word, candidate[:length], limit) <= limit:
                            quality = TYPO if length == len(candidate) else TYPO_PREFIX
                            if found.get(candidate, 0.0) < quality:
                                found[candidate] = quality
        return found

    def _word_scores(self, word: str) -> dict[int, float]:
        """Exercise number -> best score of one typed word (cached per word)."""
        cached = self._word_cache.get(word)
        if cached is None and len(word) == 1:
            cached = self._first_letters.get(word)
        if cached is not None:
            return cached
        scores: dict[int, float] = {}
        words = [word]
        if word in SYNONYMS:
            words.append(SYNONYMS[word])
        for typed in words:
            for candidate, quality in self._word_matches(typed).items():
                for number, weight in self._postings[candidate].items():
                    score = weight * quality
                    if scores.get(number, 0.0) < score:
                        scores[number] = score
        if len(self._word_cache) > 512:
            self._word_cache.clear()
        self._word_cache[word] = scores
        return scores

    def _score(self, query_words: list[str]) -> dict[int, float]:
        """Exercise number -> total score; only exercises every word matched."""
        total: dict[int, float] | None = None
        for word in sorted(query_words, key=lambda w: -len(w)):
            scores = self._word_scores(word)
            if total is None:
                total = dict(scores)
            else:
                total = {n: s + scores[n] for n, s in total.items() if n in scores}
            if not total:
                return {}
        return total or {}

    # -------------------------------------------------------------- search

    def hits(self, text: str = "", region: str | None = None, equipment: str | None = None,
             level: str | None = None) -> list[SearchHit]:
        """Matching exercises with their scores, best first."""
        by_rank, exercises = self._alphabetical, self.exercises
        return [SearchHit(exercises[by_rank[r]], -s)
                for s, r in self._ranked(text, region, equipment, level)]

    def search(self, text: str = "", region: str | None = None, equipment: str | None = None,
               level: str | None = None) -> list[Exercise]:
        """Matching exercises, best first (alphabetical when `text` is empty)."""
        by_rank, exercises = self._alphabetical, self.exercises
        return [exercises[by_rank[r]] for _, r in self._ranked(text, region, equipment, level)]

    def _ranked(self, text: str, region: str | None, equipment: str | None,
                level: str | None) -> list[tuple[float, int]]:
        """(minus score, alphabetical place) of each match, sorted: best first."""
        # A pasted paragraph is not a query: look at its start only, so a
        # keystroke never takes long.
        typed = words_of(text[:MAX_QUERY_CHARS])[:MAX_QUERY_WORDS]
        query_words = [w for w in typed if w not in STOP_WORDS] or typed

        filtered = bool(region or equipment or level)

        def allowed(number: int) -> bool:
            exercise = self.exercises[number]
            return ((not region or exercise.region == region)
                    and (not equipment or equipment in exercise.equipment)
                    and (not level or exercise.level == level))

        if not query_words:
            return [(0.0, place) for place, n in enumerate(self._alphabetical)
                    if not filtered or allowed(n)]
        scores = self._score(query_words)
        if len(query_words) > 1:
            # "clam shell" and "step up" typed as separate words: also try them joined.
            joined = self._word_scores("".join(query_words))
            for number, score in joined.items():
                if scores.get(number, 0.0) < score:
                    scores[number] = score
        if filtered:
            scores = {n: s for n, s in scores.items() if allowed(n)}
        phrase = " ".join(typed)
        names, name_words, rank = self._names, self._name_words, self._rank
        phrases = self._phrases
        spaced = " " + phrase if len(typed) > 1 else ""
        ranked = []
        for number, score in scores.items():
            name = names[number]
            if name.startswith(phrase):
                score += NAME_EQUALS_BONUS if name == phrase else NAME_STARTS_BONUS
            elif spaced and spaced in phrases[number]:
                score += PHRASE_BONUS
            words = name_words[number]
            for word in query_words:
                if word not in words:
                    break
            else:
                score += ALL_IN_NAME_BONUS
            ranked.append((-score, rank[number]))
        ranked.sort()
        return ranked
