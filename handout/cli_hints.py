"""What the command line says to help: its version, "did you mean …?", forgiving input.

Kept apart from `handout.cli` (which parses and runs the commands) so that the
commands stay short:

- `version_line()`: `handout 0.1.0 (Python 3.11.7)`, from the package metadata,
  or `handout.__version__` in the standalone app, which has none.
- `get_exercise` / `get_template`: a look-up whose error for an unknown id
  offers the closest ids, found by the typo-tolerant exercise search
  (`handout.search`), which also serves templates through stand-ins.
- `any_case`, `region_id`: choices typed in any case (`a4`, `Large-Print`,
  `lower back`); `pdf_path`: `-o handout` writes `handout.pdf`.
- `nothing_found`: the message for a search that matched nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

from . import model
from .errors import LibraryError, ValidationError

DISTRIBUTION = "handout-builder"
MAX_SUGGESTIONS = 3


# ------------------------------------------------------------------ version

def version() -> str:
    """The installed version, from the package metadata (a frozen app may have none)."""
    from importlib import metadata
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        from . import __version__
        return __version__


def version_line(prog: str = "handout") -> str:
    """`handout 0.1.0 (Python 3.11.7)`, or `(standalone app)` when frozen."""
    where = "standalone app" if getattr(sys, "frozen", False) else \
        f"Python {sys.version.split()[0]}"
    return f"{prog} {version()} ({where})"


# ------------------------------------------------------------------ forgiving input

def any_case(choices) -> Callable[[str], str]:
    """An argparse `type` that takes a choice in any case: `a4` -> `A4`, `Large-Print`.

    Anything else is passed on unchanged, for argparse to refuse with its list.
    """
    canonical = {choice.casefold(): choice for choice in choices}

    def convert(text: str) -> str:
        return canonical.get(text.strip().casefold(), text)
    return convert


def region_id(typed: str, exercises) -> str:
    """A region id from its id or label in any case (`Hip`, `lower back`, `Knee`)."""
    wanted = typed.strip().casefold()
    extra = [r for r in exercises.regions() if r not in model.REGIONS]
    for region in [*model.REGIONS, *extra]:
        names = (region, region.replace("-", " "), model.REGIONS.get(region, region))
        if wanted in (name.casefold() for name in names):
            return region
    raise ValidationError(f"unknown region \"{typed}\"; expected one of "
                          f"{', '.join(model.REGIONS)}")


def pdf_path(text: str, default_name: str) -> Path:
    """Where a PDF goes: `-o handout` means handout.pdf; a folder gets the default name."""
    if text.endswith(("/", "\\")) or Path(text).is_dir():
        return Path(text) / default_name
    path = Path(text)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def nothing_found(search: str | None, region: str | None) -> str:
    """The message for a search that matched nothing."""
    where = f" in the region {region}" if region else ""
    if search and search.strip():
        return (f"no exercise matches \"{search.strip()}\"{where}; try fewer or shorter words, "
                "or `handout exercises` for the whole list")
    return f"no exercises{where}"


# ------------------------------------------------------------------ "did you mean"

def suggestions(typed: str, index, ids: dict[str, str]) -> str:
    """`did you mean "clamshell" (Clamshell)?` from a search index, or "".

    `ids` maps the ids that may be offered to their names; the typed id is
    searched as words ("clamshel", "calf-raise-single" -> "calf raise single").
    """
    from .search import words_of
    text = " ".join(words_of(typed))
    if not text:
        return ""
    found: list[str] = []
    for entry in index.search(text):
        if entry.id in ids and entry.id not in found:
            found.append(entry.id)
        if len(found) == MAX_SUGGESTIONS:
            break
    if not found:
        return ""
    shown = [f"\"{key}\" ({ids[key]})" for key in found]
    listed = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"
    return f"did you mean {listed}?"


def unknown(what: str, hint: str, listing: str) -> LibraryError:
    """`<what>; did you mean ...? Run `<listing>` to list them` (or `; run ...` without a hint)."""
    then = f"; {hint} Run" if hint else "; run"
    return LibraryError(f"{what}{then} `{listing}` to list them")


def exercise_suggestions(typed: str, exercises) -> str:
    """Library exercises whose name, aliases or id are close to a mistyped exercise id."""
    return suggestions(typed, exercises.search_index(), {e.id: e.name for e in exercises.all()})


def template_suggestions(typed: str, templates) -> str:
    """Templates whose name, id or tags are close to a mistyped template id.

    The exercise search is reused: each template stands in as an "exercise"
    whose name is the template's name, with its id as an alias and its tags.
    """
    from .search import SearchIndex
    stand_ins, names = [], {}
    for template in templates.all():
        if template.id in names:  # the same id in two origins: offered once
            continue
        names[template.id] = template.name
        stand_ins.append(model.Exercise(id=template.id, name=template.name, region="",
                                        level="", aliases=[template.id],
                                        tags=list(template.tags)))
    return suggestions(typed, SearchIndex(stand_ins), names)


def get_exercise(exercises, exercise_id: str) -> model.Exercise:
    """`exercises.get`, with "did you mean" in the message for an unknown id."""
    if exercise_id in exercises:
        return exercises.get(exercise_id)
    raise unknown(f"no exercise with id \"{exercise_id}\" in the library",
                  exercise_suggestions(exercise_id, exercises), "handout exercises")


def get_template(templates, template_id: str) -> model.Template:
    """`templates.get`, with "did you mean" in the message for an unknown id."""
    if template_id in templates:
        return templates.get(template_id)
    bare = template_id.rpartition(":")[2]  # "clinic:knee-oa" -> "knee-oa"
    raise unknown(f"no template with id \"{template_id}\"",
                  template_suggestions(bare, templates), "handout templates")
