"""Languages: export time of a handout in several scripts, PDF sizes, font sizes.

`export_scripts` is a 10-exercise handout whose name, notes and education mix
Arabic, Bengali, Chinese and Latin (every paragraph goes through the shaping
layout); the English 10-exercise figure is `export_10`. The one-page sizes
are the gluteus medius template with its Chinese and English text. The font
figures are the installed size of assets/fonts/ and its largest file.
"""

from __future__ import annotations

import datetime as _dt

from . import data
from .common import Context, Figure, median, runs_detail, time_runs_cpu

MIXED_NOTE = "ألم أقل من 4 من 10 · ব্যথা ৪/১০-এর বেশি হলে থামুন · 如果疼痛超过4/10，请停止。"


def _one_page(language: str):
    from handout.i18n import content, files
    from handout.library import ExerciseLibrary, TemplateLibrary, open_source

    exercises = ExerciseLibrary()
    templates = TemplateLibrary(exercises)
    translations, _ = files.read_all()
    template = open_source("gluteus-medius-pain", exercises, templates)
    if language != "en":
        template, _ = content.translate_template(template, language, translations)
    handout = template.new_handout(patient_name="王小明", date=_dt.date(2026, 3, 12))
    handout.education = handout.education.split("\n\n## ")[0]  # one page
    handout.advice = ""
    handout.items = handout.items[:2]
    for item in handout.items:
        if language != "en":
            item.exercise, _ = content.translate_exercise(item.exercise, language, translations)
    return handout


def run(ctx: Context, figures: dict[str, Figure]) -> None:
    from handout import paths, pdf
    from handout.library import ExerciseLibrary

    exercises = ExerciseLibrary().all()
    clinic = data.clinic()
    n = ctx.size(10, 10, 3)
    mixed = data.handout_from(exercises, n)
    mixed.patient_name = "Zoë Smith محمد علي রহিম 王小明"
    mixed.education = MIXED_NOTE + "\n\n" + mixed.education
    for item in mixed.items:
        item.notes = MIXED_NOTE
    pdf.render(mixed, clinic)  # loads every face once
    times, cpu = time_runs_cpu(lambda: pdf.render(mixed, clinic), ctx.repeats, warmup=0)
    fig = figures["export_scripts"]
    fig.value = median(times)
    fig.detail = (f"{n} exercises, a note in Arabic, Bengali and Chinese on each, a "
                  f"mixed-script name; {runs_detail(times)}; CPU {median(cpu):.3f} s")

    for key, language in (("size_page_zh", "zh_Hans"), ("size_page_en", "en")):
        handout = _one_page(language)
        size = len(pdf.render(handout, clinic))
        fig = figures[key]
        fig.value = size / 1024
        fig.detail = (f"{size:,} bytes; gluteus medius template, first section and two "
                      f"exercises, {language}")

    files = sorted(paths.FONTS.iterdir())
    total = sum(p.stat().st_size for p in files)
    largest = max(files, key=lambda p: p.stat().st_size)
    fig = figures["fonts_installed"]
    fig.value = total / 2**20
    fig.detail = (f"{len(files)} files; the largest, {largest.name}, "
                  f"{largest.stat().st_size / 2**20:.2f} MB (each must stay under 3 MB)")
    fig.extra_ok = largest.stat().st_size < 3 * 2**20
    ctx.log(f"languages: export {figures['export_scripts'].value:.3f} s, fonts "
            f"{total / 2**20:.1f} MB")
