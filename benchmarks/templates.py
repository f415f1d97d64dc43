"""Template listing: 500 templates in a clinic library folder.

The templates are saved the way the app saves them (each a JSON file with a
copy of its exercises) into a scratch clinic folder pointed at by
`HANDOUT_CLINIC_DIR`, then listed the way the app lists them. The exercise
library is loaded once beforehand (the app has it already when the template
browser opens), so the figure is the listing alone.
"""

from __future__ import annotations

import os

from . import data
from .common import Context, Figure, median, runs_detail, time_runs


def _lister(ctx: Context, clinic_dir):
    """A function that lists every template, as the app does, and how it was called."""
    from handout.library import ExerciseLibrary, TemplateLibrary

    exercises = ExerciseLibrary()
    try:
        from handout import templates as templates_module  # the templates engineer's module
    except ImportError:
        templates_module = None
    store_class = getattr(templates_module, "TemplateStore", None) if templates_module else None
    if store_class is not None:
        def list_all():
            return store_class(exercises).all()
        return list_all, "handout.templates.TemplateStore(...).all()"
    # Fallback: the library's own TemplateLibrary, with the clinic folder as its user folder.
    def list_all():
        return TemplateLibrary(exercises, user_dir=clinic_dir).all()
    return list_all, "TemplateLibrary(user_dir=clinic folder).all() (no handout.templates yet)"


def run(ctx: Context, figures: dict[str, Figure]) -> None:
    from handout.library import ExerciseLibrary

    count = ctx.size(500, 500, 20)
    clinic_dir = ctx.work / "clinic"
    exercises = ExerciseLibrary().all()
    data.write_templates(data.templates(exercises, count), clinic_dir / "templates")
    previous = os.environ.get("HANDOUT_CLINIC_DIR")
    os.environ["HANDOUT_CLINIC_DIR"] = str(clinic_dir)
    try:
        list_all, how = _lister(ctx, clinic_dir / "templates")
        listed = list_all()
        found = sum(1 for t in listed if t.id.startswith("clinic-template-"))
        if found != count:
            raise RuntimeError(f"listed {found} of the {count} clinic templates via {how}")
        times = time_runs(list_all, ctx.repeats)
    finally:
        if previous is None:
            os.environ.pop("HANDOUT_CLINIC_DIR", None)
        else:
            os.environ["HANDOUT_CLINIC_DIR"] = previous
    fig = figures["templates"]
    fig.value = median(times)
    size = sum(p.stat().st_size for p in (clinic_dir / "templates").glob("*.json"))
    fig.detail = (f"{count} templates of 4-8 exercises ({size / 1e6:.1f} MB of JSON), "
                  f"{len(listed)} listed in all; {runs_detail(times)}; via {how}")
    ctx.log(f"templates: {fig.value:.3f} s")
