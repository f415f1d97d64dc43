"""Template listing: 500 templates in a clinic library folder.

The templates are saved the way the app saves them (each a JSON file with a
copy of its exercises) into a scratch clinic folder pointed at by
`HANDOUT_CLINIC_DIR`, then listed the way the app lists them: a new
`handout.templates.TemplateLibrary` reading every file, then `all()`. The
exercise library is loaded once beforehand (the app has it already), so the
figure is the listing alone.
"""

from __future__ import annotations

import os

from . import data
from .common import Context, Figure, median, runs_detail, time_runs, time_runs_cpu


def run(ctx: Context, figures: dict[str, Figure]) -> None:
    from handout.library import ExerciseLibrary

    count = ctx.size(500, 500, 20)
    clinic_dir = ctx.work / "clinic"
    exercises = ExerciseLibrary().all()
    data.write_templates(data.templates(exercises, count), clinic_dir / "templates")
    previous = os.environ.get("HANDOUT_CLINIC_DIR")
    os.environ["HANDOUT_CLINIC_DIR"] = str(clinic_dir)
    try:
        from handout.templates import TemplateLibrary

        library = ExerciseLibrary()  # with the clinic folder set, as the app loads it

        def list_all():
            return TemplateLibrary(library).all()

        listed = list_all()
        found = sum(1 for t in listed if t.origin == "clinic")
        if found != count:
            raise RuntimeError(f"listed {found} of the {count} clinic templates")
        times, cpu = time_runs_cpu(list_all, ctx.repeats)
        warm = TemplateLibrary(library)
        reload_times = time_runs(lambda: (warm.reload(), warm.all()), ctx.repeats)
        search_times = time_runs(lambda: warm.search("knee"), ctx.repeats)
    finally:
        if previous is None:
            os.environ.pop("HANDOUT_CLINIC_DIR", None)
        else:
            os.environ["HANDOUT_CLINIC_DIR"] = previous
    fig = figures["templates"]
    fig.value = median(times)
    size = sum(p.stat().st_size for p in (clinic_dir / "templates").glob("*.json"))
    fig.detail = (f"{count} templates of 4-8 exercises ({size / 1e6:.1f} MB of JSON), "
                  f"{len(listed)} listed in all; a new `TemplateLibrary(...).all()` (every "
                  f"file read): {runs_detail(times)}, CPU time {median(cpu):.3f} s; "
                  f"`reload()` with the files unchanged {median(reload_times):.3f} s; "
                  f"`search(\"knee\")` "
                  f"{median(search_times) * 1000:.1f} ms")
    ctx.log(f"templates: {fig.value:.3f} s")
