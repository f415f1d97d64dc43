"""Headless commands: export handouts, list templates and exercises, validate files.

Exit 0 on success, 2 on bad input with one line on stderr naming the file and
the problem. Never a traceback, never a partial output file. Everything that
lives in a folder comes from one `Collection` (`handout.collection`); a bug
of ours is written to the crash log without the command's values
(`handout.crashlog`).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import sys
from pathlib import Path
from typing import Callable

from . import crashlog, documents, editing, model, paths, storage
from .cli_hints import (any_case, get_exercise, get_template, nothing_found, pdf_path,
                        region_id, suggestions, template_suggestions, unknown,
                        version_line)
from .errors import HandoutError, RenderError, ValidationError, clean

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse with our one-line error style (it already exits 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}; run `{self.prog} --help`\n")


class _Version(argparse.Action):
    """`--version`: looked up only when asked, so every other command starts as fast."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(version_line())
        parser.exit(EXIT_OK)


_COLLECTION = None


def _collection():
    """The one owner of the libraries for this command (opened once)."""
    global _COLLECTION
    # Imported here so `handout --help` stays instant.
    from .collection import Collection
    if _COLLECTION is None:
        _COLLECTION = Collection()
    return _COLLECTION


def _libraries():
    collection = _collection()
    return collection.exercises, collection.templates


def load_clinic() -> model.Clinic:
    """The clinic profile from the user data folder, or an empty one."""
    clinic, error = _collection().clinic_profile()
    if error is not None:
        raise error
    return clinic


def _text(value: str) -> str:
    """A text argument as the patient will read it: undecodable bytes become "�"."""
    return documents.clean_text(value.encode("utf-8", "surrogateescape")
                                .decode("utf-8", "replace"))


def _shown(path: Path | str) -> str:
    """A path for a message (a name with undecodable bytes must not break printing)."""
    return clean(str(path), 500)


def _date(text: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-03-31, got \"{text}\"")


def default_pdf_name(handout: model.Handout) -> str:
    """A file name from the patient's name and the date, e.g. `Zoe Smith 2026-11-23.pdf`."""
    name = handout.patient_name.strip() or handout.title.strip() or "handout"
    safe = "".join(c for c in name if c.isalnum() or c in " -_.'").strip(" .") or "handout"
    date = f" {handout.date.isoformat()}" if handout.date else ""
    return f"{safe[:80]}{date}.pdf"


# ------------------------------------------------------------------ commands

def _open_source(source: str, exercises, templates) -> model.Handout | model.Template:
    """`library.open_source`, with "did you mean" when `source` is an unknown template id."""
    from .library import open_source
    path = Path(source)
    if (source not in templates and not path.exists() and path.suffix.lower() != ".json"
            and "/" not in source and "\\" not in source):
        hint = template_suggestions(source, templates)
        if not hint and source in exercises:
            hint = (f"it is an exercise: `handout export TEMPLATE --add {source}` adds it "
                    "to a template's handout.")
        raise unknown(f"\"{source}\" is neither a template id nor a file", hint,
                       "handout templates")
    return open_source(source, exercises, templates)


def cmd_export(args: argparse.Namespace) -> int:
    collection = _collection()
    exercises, templates = collection.exercises, collection.templates
    clinic = load_clinic()
    source = _open_source(args.source, exercises, templates)
    if isinstance(source, model.Template):
        # A new handout from a template: the clinic's paper and therapist, as in the app.
        handout = source.new_handout(therapist=clinic.therapist, language=clinic.language)
        handout.options.page_size = clinic.page_size
    else:
        handout = source
    if args.patient is not None:
        handout.patient_name = _text(args.patient)[:500]
    if args.date is not None:
        handout.date = args.date
    elif handout.date is None:
        handout.date = _dt.date.today()
    if args.therapist is not None:
        handout.therapist = _text(args.therapist)[:500]
    if len(handout.items) + len(args.add) > storage.MAX_ITEMS:
        raise ValidationError(f"a handout can hold at most {storage.MAX_ITEMS} exercises")
    for exercise_id in args.add:
        get_exercise(exercises, exercise_id)  # an unknown id: "did you mean ...?"
        editing.add_exercise(handout, exercises.get(exercise_id))
    if args.language:
        if args.language == handout.second_language and args.second_language is None:
            handout.second_language = handout.language  # the two swap, as in the editor
        handout.language = args.language
    if args.second_language is not None:
        handout.second_language = "" if args.second_language == "none" else args.second_language
    if handout.second_language == handout.language:
        raise ValidationError(f"the second language cannot be the handout language "
                              f"({handout.language}); choose another with --second-language, "
                              "or --second-language none", field="--second-language")
    if args.layout:
        handout.options.layout = args.layout
    if args.page_size:
        handout.options.page_size = args.page_size
    if args.diary is not None:
        handout.options.diary_weeks = args.diary
    if not args.output:
        out = Path(default_pdf_name(handout))
    elif Path(args.output).is_dir():
        out = Path(args.output) / default_pdf_name(handout)
    else:
        out = pdf_path(args.output, default_pdf_name(handout))
    data = collection.render(handout, clinic)
    storage.atomic_write(out, data)
    print(f"Exported {len(handout.items)} exercise{'s' if len(handout.items) != 1 else ''} "
          f"to {_shown(out)}")
    return EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    """The programme as plain text for the patient's record (as "Copy summary" in the app)."""
    from .library import open_source
    from .summary import summary

    exercises, templates = _libraries()
    source = open_source(args.source, exercises, templates)
    handout = source.new_handout() if isinstance(source, model.Template) else source
    sys.stdout.write(summary(handout))
    return EXIT_OK


def cmd_templates(args: argparse.Namespace) -> int:
    from .templates import exercise_ids  # without loading every template in full
    _, templates = _libraries()
    rows = templates.all()
    favourites = templates.favourites()
    if args.json:
        # Unreadable files are listed too ("readable": false) so a script sees them.
        print(json.dumps([{"id": t.id, "name": t.name, "origin": t.origin,
                           "description": t.description, "tags": t.tags,
                           "exercises": exercise_ids(t),
                           "favourite": f"{t.origin}:{t.id}" in favourites,
                           "readable": True} for t in rows]
                         + [{"id": p.path.stem, "name": p.path.name, "origin": p.origin,
                             "readable": False, "problem": p.reason}
                            for p in templates.problems],
                         ensure_ascii=False, indent=2))
    else:
        width = max((len(t.id) for t in rows), default=2)
        for t in rows:
            print(f"{t.id:<{width}}  {t.name}  [{t.origin}]")
        for problem in templates.problems:
            reason = problem.reason.removeprefix(f"{problem.path}: ")
            print(f"{problem.path.name:<{width}}  (unreadable: {_one_line(reason)})  "
                  f"[{problem.origin or '?'}]")
    for problem in templates.problems:
        print(f"handout: unreadable template {_one_line(problem.reason)}", file=sys.stderr)
    if templates.clinic_error:
        print(f"handout: {_one_line(templates.clinic_error)}", file=sys.stderr)
    return EXIT_OK


def cmd_template_export(args: argparse.Namespace) -> int:
    _, templates = _libraries()
    template = get_template(templates, args.id)
    out = Path(args.output)
    if out.is_dir():
        out = out / f"{template.id}.json"
    templates.export(template, out)
    print(f"Exported the template \"{template.name}\" [{template.origin}] to {_shown(out)}")
    return EXIT_OK


def cmd_template_import(args: argparse.Namespace) -> int:
    _, templates = _libraries()
    try:
        template = templates.import_file(args.file, replace=args.replace, as_copy=args.copy)
    except HandoutError as error:
        existing = getattr(error, "existing", None)  # TemplateExistsError
        if existing is None:
            raise
        raise type(error)(f"a template with id \"{existing.id}\" (\"{existing.name}\", "
                          f"{existing.origin}) already exists; use --copy to import it with a "
                          "new id, or --replace to make it your own under that id",
                          existing) from None
    print(f"Imported the template \"{template.name}\" into My templates as "
          f"\"{template.id}\" ({templates.path_of(template)})")
    return EXIT_OK


def cmd_exercises(args: argparse.Namespace) -> int:
    exercises, _ = _libraries()
    region = region_id(args.region, exercises) if args.region else None
    found = exercises.search(args.search or "", region=region)
    if args.json:
        print(json.dumps([{**storage.exercise_to_dict(e), "origin": e.origin} for e in found],
                         ensure_ascii=False, indent=2))
    else:
        width = max((len(e.id) for e in found), default=2)
        for e in found:
            print(f"{e.id:<{width}}  {e.name}  ({model.REGIONS.get(e.region, e.region)})")
    if not found:
        # On stderr, like every message: stdout stays the (empty) list for scripts.
        print(f"handout: {nothing_found(args.search, region)}", file=sys.stderr)
    for problem in exercises.problems:
        print(f"handout: unreadable exercise {_one_line(problem.reason)}", file=sys.stderr)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    exercises, _ = _libraries()
    bad = 0
    for name in args.files:
        problems = storage.validate_file(name, exercises.get)
        if problems:
            bad += 1
            for problem in problems:
                print(_one_line(problem), file=sys.stderr)
        else:
            print(f"{_shown(name)}: OK")
    return EXIT_BAD_INPUT if bad else EXIT_OK


def cmd_exercise_new(args: argparse.Namespace) -> int:
    from . import custom_exercises, photos

    exercises, _ = _libraries()
    if len(args.photo) > photos.MAX_PHOTOS:
        raise ValidationError(f"at most {photos.MAX_PHOTOS} photos per exercise "
                              f"({len(args.photo)} given)")
    # Every photo is read and cleaned before anything is written.
    pictures = [photos.load_photo(path) for path in args.photo]
    based_on = get_exercise(exercises, args.based_on) if args.based_on else None
    fields = {}
    if args.region:
        fields["region"] = args.region
    elif based_on is None:
        fields["region"] = "general"
    if args.step:
        fields["steps"] = [_text(step) for step in args.step]
    exercise = custom_exercises.create(exercises, _text(args.name), based_on=based_on,
                                       photo_sources=pictures,
                                       origin="clinic" if args.clinic else "user", **fields)
    print(exercise.id)
    return EXIT_OK


def cmd_exercise_delete(args: argparse.Namespace) -> int:
    from . import custom_exercises

    exercises, _ = _libraries()
    if args.id not in exercises:
        own = {e.id: e.name for e in exercises.all() if e.origin != "bundled"}
        raise unknown(f"no exercise with id \"{args.id}\" among your own or the clinic's",
                      suggestions(args.id, exercises.search_index(), own),
                      "handout exercises")
    entry = custom_exercises.delete(exercises, args.id)
    print(f"Moved \"{entry.name}\" to the trash (`handout exercise restore {entry.exercise_id}` "
          "brings it back)")
    return EXIT_OK


def cmd_exercise_restore(args: argparse.Namespace) -> int:
    from . import custom_exercises
    from .errors import LibraryError

    exercises, _ = _libraries()
    entries = [e for e in custom_exercises.list_trash(exercises) if e.exercise_id == args.id]
    if not entries:
        raise LibraryError(f"no exercise \"{args.id}\" in the trash")
    exercise = custom_exercises.restore(exercises, entries[0])
    print(exercise.id)
    return EXIT_OK


def cmd_sheet(args: argparse.Namespace) -> int:
    """Every library exercise's panels, large, with its name and first step, for review."""
    from .figures.contact_sheet import contact_sheet_pdf

    exercises, _ = _libraries()
    chosen = [exercises.get(args.exercise)] if args.exercise else exercises.all()
    out = pdf_path(args.output, "library.pdf")
    data = contact_sheet_pdf(chosen, accent=load_clinic().accent_color)
    storage.atomic_write(out, data)
    print(f"{len(chosen)} exercise{'s' if len(chosen) != 1 else ''} drawn in {_shown(out)}")
    return EXIT_OK


def cmd_figures_build(args: argparse.Namespace) -> int:
    """Draw the bundled exercises' figures from the body into assets/figures/."""
    import time

    try:
        from .figures.engine.build import build_figures
    except ImportError as error:  # numpy is a build-time dependency only
        raise HandoutError(f"building figures needs the figure tools ({error.name} is not "
                           "installed); install them with: pip install \"handout-builder"
                           "[figures]\"") from None
    from .figures import built
    from .figures.engine.build import bundled_definitions

    bundled = bundled_definitions()
    if args.exercise and args.exercise not in {i for i, _ in bundled}:
        raise ValidationError(f"no bundled exercise \"{args.exercise}\" with a figure "
                              "(see `handout exercises`)")
    started = time.perf_counter()

    def report(result) -> None:
        if result.problem:
            print(f"handout: {result.exercise}: {result.problem}", file=sys.stderr)
        elif result.written and args.verbose:
            print(f"{result.exercise}: {result.seconds:.2f} s")

    if args.cycle_to:
        if not args.out:
            raise ValidationError("--cycle-to is for benchmarks: give --out FOLDER too")
        # Benchmark only: the converted definitions again and again, each a new figure.
        converted = [(i, d) for i, d in bundled if "version" in d]
        bundled = [(f"{converted[n % len(converted)][0]}-{n:03d}",
                    {**converted[n % len(converted)][1], "note": f"copy {n}"})
                   for n in range(args.cycle_to)] if converted else []
    folder = Path(args.out) if args.out else built.figures_folder()
    results = build_figures(bundled, folder, jobs=args.jobs,
                            force=args.force, only=args.exercise, report=report)
    drawn = sum(r.written for r in results)
    failed = [r for r in results if r.problem]
    print(f"Drew {drawn} figure{'s' if drawn != 1 else ''} "
          f"({len(results) - drawn - len(failed)} already current, {len(failed)} failed) "
          f"in {time.perf_counter() - started:.1f} s into {folder}")
    return EXIT_BAD_INPUT if failed else EXIT_OK


# ------------------------------------------------------------------ parser

def cmd_i18n_status(args: argparse.Namespace) -> int:
    from . import i18n
    from .i18n import files

    languages = i18n.LANGUAGES
    if args.language:
        code = i18n.normalise(args.language)
        if code is None:
            raise i18n.LanguageError(f"\"{args.language}\" is not one of the handout languages: "
                                     f"{', '.join(i18n.LANGUAGES)}", field="--language")
        languages = (code,)
    exercises, templates = _libraries()
    items = [e for e in exercises.all() if args.all or e.origin == "bundled"] + \
        [t for t in templates.all() if args.all or t.origin == "bundled"]
    collection = _collection()
    translations, problems = collection.translations(), collection.translation_problems
    print(files.status_text(items, translations, languages, details=args.details))
    for problem in problems:
        print(f"unreadable: {_one_line(problem)}")
    return EXIT_OK


def _language(typed: str) -> str:
    """A handout language for `--language` ("es", "ES", "pt-PT", "zh-Hans")."""
    from . import i18n
    code = i18n.normalise(typed)
    if code is None:
        import difflib
        close = difflib.get_close_matches(typed, list(i18n.LANGUAGES), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise argparse.ArgumentTypeError(
            f"\"{typed}\" is not a handout language{hint}; choose one of "
            f"{', '.join(i18n.LANGUAGES)}")
    return code


def _second_language(typed: str) -> str:
    """A language for `--second-language`, or "none" to print only the handout language."""
    return "none" if typed.strip().lower() in ("none", "") else _language(typed)


def _language_names() -> list[str]:
    from . import i18n
    return list(i18n.LANGUAGES)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="handout",
                     description="Handout Builder: illustrated exercise handouts, headless.")
    parser.add_argument("-V", "--version", action=_Version,
                        help="print the version and exit")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                parser_class=_Parser)

    export = sub.add_parser("export", help="export a template or handout file to PDF")
    export.add_argument("source", metavar="SOURCE",
                        help="a template id, or the path of a template or handout file")
    export.add_argument("-o", "--output", metavar="OUT.pdf",
                        help="where to write the PDF (.pdf is added if missing; a folder: "
                             "the default name inside it); default: the patient's name and "
                             "the date, in the current folder")
    export.add_argument("--patient", metavar="NAME", help="the patient's name")
    export.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                        help="the handout's date (default: today)")
    export.add_argument("--therapist", metavar="NAME", help="the therapist's name")
    export.add_argument("--add", action="append", default=[], metavar="EXERCISE_ID",
                        help="append a library exercise with its default dose (repeatable)")
    export.add_argument("--layout", type=any_case(model.LAYOUTS), choices=model.LAYOUTS,
                        help="page layout (any case)")
    export.add_argument("--language", type=_language, metavar="LANG",
                        help="the handout language: " + ", ".join(_language_names()) +
                             " (default: the clinic's, else English)")
    export.add_argument("--second-language", type=_second_language, metavar="LANG",
                        help="also print each exercise's text (and our education, pain rule "
                             "and advice) in this language, for a carer; \"none\" for only "
                             "the handout language")
    export.add_argument("--page-size", type=any_case(model.PAGE_SIZES),
                        choices=model.PAGE_SIZES, help="paper size (any case)")
    export.add_argument("--diary", type=int, choices=range(0, 13), metavar="WEEKS",
                        help="add an exercise diary page for WEEKS weeks (0-12)")
    export.set_defaults(run=cmd_export)

    summary = sub.add_parser("summary", help="print a handout's programme as plain text "
                                             "for the patient's record")
    summary.add_argument("source", metavar="SOURCE",
                         help="a handout file (or a template id or file)")
    summary.set_defaults(run=cmd_summary)

    templates = sub.add_parser("templates", help="list the templates")
    templates.add_argument("--json", action="store_true", help="print JSON")
    templates.set_defaults(run=cmd_templates)

    template = sub.add_parser("template", help="share templates: export and import files")
    template_sub = template.add_subparsers(dest="action", required=True, metavar="ACTION",
                                           parser_class=_Parser)
    t_export = template_sub.add_parser("export", help="write a template to a file to share")
    t_export.add_argument("id", metavar="ID",
                          help="the template's id (see `handout templates`); clinic:ID or "
                               "bundled:ID to pick one of two with the same id")
    t_export.add_argument("-o", "--output", required=True, metavar="FILE",
                          help="the file (or folder) to write")
    t_export.set_defaults(run=cmd_template_export)
    t_import = template_sub.add_parser("import", help="add a template file to My templates")
    t_import.add_argument("file", metavar="FILE", help="a template file")
    how = t_import.add_mutually_exclusive_group()
    how.add_argument("--replace", action="store_true",
                     help="overwrite your own template with the same id")
    how.add_argument("--copy", action="store_true",
                     help="if the id is taken, import it as a copy with a new id")
    t_import.set_defaults(run=cmd_template_import)

    exercises = sub.add_parser("exercises", help="list or search the exercises")
    exercises.add_argument("--search", metavar="TEXT", help="words to search for")
    exercises.add_argument("--region", metavar="REGION",
                           help=f"only this body region ({', '.join(model.REGIONS)}; "
                                "any case)")
    exercises.add_argument("--json", action="store_true", help="print JSON")
    exercises.set_defaults(run=cmd_exercises)

    exercise = sub.add_parser("exercise", help="your own exercises: new, delete, restore")
    exercise_sub = exercise.add_subparsers(dest="action", required=True, metavar="ACTION",
                                           parser_class=_Parser)
    e_new = exercise_sub.add_parser("new", help="create your own exercise; prints its id")
    e_new.add_argument("--name", required=True, metavar="NAME", help="the exercise's name")
    e_new.add_argument("--based-on", metavar="ID",
                       help="start from a copy of this library exercise")
    e_new.add_argument("--photo", action="append", default=[], metavar="FILE",
                       help="a photo (JPEG, PNG, WebP, BMP, TIFF) shown instead of the "
                            "figure; up to 3")
    e_new.add_argument("--region", type=any_case(model.REGIONS), choices=list(model.REGIONS),
                       metavar="REGION",
                       help=f"body region ({', '.join(model.REGIONS)})")
    e_new.add_argument("--step", action="append", default=[], metavar="TEXT",
                       help="one instruction step (repeatable, in order)")
    e_new.add_argument("--clinic", action="store_true",
                       help="save it in the clinic library instead of My exercises")
    e_new.set_defaults(run=cmd_exercise_new)
    e_delete = exercise_sub.add_parser("delete", help="move your own exercise to the trash")
    e_delete.add_argument("id", metavar="ID")
    e_delete.set_defaults(run=cmd_exercise_delete)
    e_restore = exercise_sub.add_parser("restore", help="bring a deleted exercise back")
    e_restore.add_argument("id", metavar="ID")
    e_restore.set_defaults(run=cmd_exercise_restore)

    sheet = sub.add_parser("sheet", help="the pose review sheet: every exercise's panels, "
                                         "large, with its name and first step")
    sheet.add_argument("-o", "--output", default="library.pdf", metavar="OUT.pdf",
                       help="where to write the PDF (default: library.pdf; .pdf is added "
                            "if missing)")
    sheet.add_argument("--exercise", metavar="ID", help="only this exercise")
    sheet.set_defaults(run=cmd_sheet)

    figures = sub.add_parser("figures", help="build the exercise figures from the body "
                                             "(for developers)")
    figures_sub = figures.add_subparsers(dest="action", required=True, metavar="ACTION",
                                         parser_class=_Parser)
    f_build = figures_sub.add_parser("build", help="draw the bundled exercises' figures into "
                                                   "assets/figures/")
    f_build.add_argument("--exercise", metavar="ID", help="only this exercise")
    f_build.add_argument("--jobs", type=int, metavar="N",
                         help="processes to use (default: 2, or 1 on one core)")
    f_build.add_argument("--force", action="store_true",
                         help="draw every figure again, even if it is current")
    f_build.add_argument("--out", metavar="FOLDER",
                         help="write the figures here instead of assets/figures/")
    f_build.add_argument("--cycle-to", type=int, metavar="N", help=argparse.SUPPRESS)
    f_build.add_argument("-v", "--verbose", action="store_true",
                         help="print each figure drawn and how long it took")
    f_build.set_defaults(run=cmd_figures_build)

    i18n = sub.add_parser("i18n", help="translations: what is missing, stale or still a draft")
    i18n_sub = i18n.add_subparsers(dest="i18n_command", required=True, metavar="ACTION",
                                   parser_class=_Parser)
    status = i18n_sub.add_parser("status", help="report each language's translations")
    status.add_argument("--language", metavar="LANG", help="only this language (e.g. pl, zh_Hans)")
    status.add_argument("--details", action="store_true",
                        help="list every missing or stale string and every check that fails")
    status.add_argument("--all", action="store_true",
                        help="include the clinic's and your own exercises and templates")
    status.set_defaults(run=cmd_i18n_status)

    validate = sub.add_parser("validate", help="check files and report every problem")
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.set_defaults(run=cmd_validate)
    _remember_parsers(parser)
    return parser


def _remember_parsers(parser: argparse.ArgumentParser) -> None:
    """Each (sub-)command records its own parser as `usage`, for errors found after parsing."""
    parser.set_defaults(usage=parser)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                _remember_parsers(command)


def _parse(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """Parse, sending an unknown flag to the sub-command's own usage line and help."""
    words = list(sys.argv[1:] if argv is None else argv)
    commands = next(a.choices for a in parser._actions
                    if isinstance(a, argparse._SubParsersAction))
    typed = words[0] if words and not words[0].startswith("-") else None
    if typed is not None and typed not in commands:
        import difflib
        close = difflib.get_close_matches(typed, list(commands), n=1)
        hint = f"did you mean \"{close[0]}\"? The" if close else "the"
        parser.error(f"unknown command \"{typed}\"; {hint} commands are "
                     f"{', '.join(commands)}")
    args, extra = parser.parse_known_args(words)
    if extra:
        command = args.usage
        command.error(f"unrecognized argument{'s' if len(extra) > 1 else ''}: "
                      f"{' '.join(extra)}")
    return args
COMMANDS = ("export", "templates", "template", "import", "exercises", "exercise", "new",
            "delete", "restore", "sheet", "validate", "summary", "i18n", "status", "figures",
            "build")


def main(argv: list[str] | None = None) -> int:
    global _COLLECTION
    parser = build_parser()
    args = _parse(parser, argv)
    run: Callable[[argparse.Namespace], int] = args.run
    _COLLECTION = None  # one command, one fresh look at the folders
    try:
        return run(args)
    except RenderError as error:  # our layout bug: logged, and said so in one line
        log = _log_crash(argv, error)
        print(f"handout: {_one_line(str(error))} Details (no patient data) are in {log}",
              file=sys.stderr)
        return EXIT_FAILED
    except HandoutError as error:
        print(f"handout: {_one_line(str(error))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("handout: interrupted", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader left (`handout exercises | head`): not a bug. Python would
        # complain again flushing stdout at exit, so point it at nothing.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:  # a bug of ours: log it, never show a traceback
        log = _log_crash(argv, error)
        print(f"handout: something went wrong inside Handout Builder; details were written "
              f"to {log}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        _COLLECTION = None


def _one_line(text: str) -> str:
    return " ".join(clean(text).split())


def _log_crash(argv: list[str] | None, error: BaseException) -> str:
    """Write the crash (frames and types, option names, no values) to the log; its path."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    written = crashlog.write(paths.log_file(),
                             "handout " + crashlog.command_line(arguments, COMMANDS),
                             crashlog.describe(type(error), error, error.__traceback__))
    return _shown(written) if written is not None else "(the log could not be written)"
