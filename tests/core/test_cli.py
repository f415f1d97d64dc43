"""The command line: export read back with pypdf, clear one-line errors, no partial files."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from handout import cli, storage
from tests.helpers import pdf_text

NAME = "Zoë Łukasiewicz-Ørsted"
GLUTE_EXERCISES = ["Clamshell", "Fire hydrant", "Step-up"]


def run(*argv):
    return cli.main([str(a) for a in argv])


def test_export_template_to_pdf_with_patient_name(tmp_path, capsys):
    out = tmp_path / "out.pdf"
    assert run("export", "gluteus-medius-pain", "-o", out, "--patient", NAME,
               "--date", "2026-11-23", "--therapist", "Sam Patel") == 0
    text = pdf_text(out.read_bytes())
    assert NAME in text
    for name in GLUTE_EXERCISES:
        assert name in text
    assert "Page 1 of" in text
    assert "23 November 2026" in text and "Sam Patel" in text
    assert "3 sets × 10 reps each side · hold 2 seconds · once a day" in text
    assert f"Exported 3 exercises to {out}" in capsys.readouterr().out


def test_export_is_deterministic(tmp_path):
    args = ("export", "gluteus-medius-pain", "--patient", "Ann", "--date", "2026-01-01")
    run(*args, "-o", tmp_path / "a.pdf")
    run(*args, "-o", tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_export_adds_library_exercises_in_order(tmp_path):
    out = tmp_path / "out.pdf"
    assert run("export", "gluteus-medius-pain", "--add", "clamshell", "-o", out) == 0
    text = pdf_text(out.read_bytes())
    assert "4. Clamshell" in text


def test_export_from_a_handout_file(tmp_path):
    exercises, templates = cli._libraries()
    handout = templates.get("gluteus-medius-pain").new_handout(patient_name="Ann Other")
    handout.items[0].notes = "Stop if pain goes above 5/10"
    path = tmp_path / "ann.handout.json"
    storage.save_handout(handout, path)
    out = tmp_path / "ann.pdf"
    assert run("export", path, "-o", out) == 0
    text = pdf_text(out.read_bytes())
    assert "Ann Other" in text and "Stop if pain goes above 5/10" in text


def test_default_output_name_comes_from_patient_and_date(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("export", "gluteus-medius-pain", "--patient", "Zoë Smith/Jones",
               "--date", "2026-11-23") == 0
    assert [p.name for p in tmp_path.glob("*.pdf")] == ["Zoë SmithJones 2026-11-23.pdf"]


def _bad(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize("make_source, message", [
    (lambda d: d / "missing.json", "no such file"),
    (lambda d: _bad(d, "cut.json", b'{"format": "handout", "version": 2, "handout": {"ti'),
     "cut short"),
    (lambda d: _bad(d, "types.json", json.dumps(
        {"format": "handout", "version": 2, "handout": {"items": [
            {"exercise_id": "clamshell", "dose": {"reps": "lots"}}]}}).encode()),
     'items[0].dose.reps: “lots” is not understood'),
    (lambda d: _bad(d, "unknown.json", json.dumps(
        {"format": "handout", "version": 2, "handout": {"items": [
            {"exercise_id": "moon-walk"}]}}).encode()),
     'items[0].exercise_id: no exercise "moon-walk" in the library'),
    (lambda d: "no-such-template", '"no-such-template" is neither a template id nor a file'),
])
def test_bad_input_exits_2_with_one_clear_line_and_no_pdf(tmp_path, capsys, make_source,
                                                          message):
    out = tmp_path / "out.pdf"
    assert run("export", make_source(tmp_path), "-o", out) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".out.pdf*"))


def test_unknown_added_exercise_exits_2(tmp_path, capsys):
    out = tmp_path / "out.pdf"
    assert run("export", "gluteus-medius-pain", "--add", "moon-walk", "-o", out) == 2
    assert 'no exercise with id "moon-walk"' in capsys.readouterr().err
    assert not out.exists()


def test_bad_date_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as caught:
        run("export", "gluteus-medius-pain", "--date", "23/11/2026")
    assert caught.value.code == 2
    assert 'expected a date like 2026-03-31, got "23/11/2026"' in capsys.readouterr().err


def test_templates_and_exercises_listings(capsys):
    assert run("templates", "--json") == 0
    templates = json.loads(capsys.readouterr().out)
    glute = next(t for t in templates if t["id"] == "gluteus-medius-pain")
    assert glute["name"] == "Gluteus medius pain"
    assert glute["exercises"] == ["clamshell", "fire-hydrant", "step-up"]
    assert run("exercises", "--search", "clam", "--json") == 0
    found = json.loads(capsys.readouterr().out)
    assert found[0]["id"] == "clamshell"
    assert run("exercises", "--region", "hip") == 0
    assert "clamshell" in capsys.readouterr().out
    assert run("exercises", "--region", "moon") == 2


def test_validate_reports_every_problem(tmp_path, capsys):
    good = tmp_path / "good.json"
    storage.save_handout(cli._libraries()[1].get("gluteus-medius-pain").new_handout(), good)
    bad = _bad(tmp_path, "bad.json", json.dumps(
        {"format": "handout", "version": 2, "handout": {"date": "soon", "items": [
            {"exercise_id": "clamshell", "dose": {"sets": -1}}]}}).encode())
    assert run("validate", good, bad) == 2
    captured = capsys.readouterr()
    assert f"{good}: OK" in captured.out
    assert "date: expected a date" in captured.err
    assert "items[0].dose.sets: “-1”: sets must be more than 0" in captured.err
    assert run("validate", good) == 0


def test_module_entry_point_runs_without_a_traceback(tmp_path):
    result = subprocess.run([sys.executable, "-m", "handout", "export", tmp_path / "x.json"],
                            capture_output=True, text=True, cwd=Path(__file__).parents[2])
    assert result.returncode == 2
    assert "no such file" in result.stderr and "Traceback" not in result.stderr


def test_export_from_a_template_uses_the_clinic_paper_and_therapist(tmp_path):
    storage.save_clinic(cli.model.Clinic(name="Clinic", therapist="Dr Default",
                                         page_size="Letter"), cli.paths.clinic_file())
    out = tmp_path / "out.pdf"
    assert run("export", "gluteus-medius-pain", "-o", out) == 0
    from pypdf import PdfReader
    page = PdfReader(out).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert "Dr Default" in pdf_text(out.read_bytes())


# ------------------------------------------------------------------ a CLI that helps

def usage_error(capsys, *argv) -> str:
    """The one line a usage error prints (argparse exits 2)."""
    with pytest.raises(SystemExit) as caught:
        run(*argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


def test_version_comes_from_the_package_metadata(capsys):
    from importlib import metadata

    import handout
    with pytest.raises(SystemExit) as caught:
        run("--version")
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"handout {metadata.version('handout-builder')} (Python ")
    assert metadata.version("handout-builder") == handout.__version__


def test_version_without_metadata_as_in_a_frozen_app(monkeypatch):
    from importlib import metadata

    import handout

    def missing(_name):
        raise metadata.PackageNotFoundError("handout-builder")

    monkeypatch.setattr(metadata, "version", missing)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert cli.version_line() == f"handout {handout.__version__} (standalone app)"


def test_unknown_template_id_suggests_the_closest(tmp_path, capsys):
    assert run("export", "glute-med-pain", "-o", tmp_path / "x.pdf") == 2
    err = capsys.readouterr().err
    assert ('"glute-med-pain" is neither a template id nor a file; did you mean '
            '"gluteus-medius-pain" (Gluteus medius pain)? Run `handout templates`') in err
    assert err.count("\n") == 1 and not (tmp_path / "x.pdf").exists()


def test_several_close_templates_are_all_offered(capsys):
    assert run("export", "knee-oa") == 2
    err = capsys.readouterr().err
    assert 'did you mean "knee-osteoarthritis" (Knee osteoarthritis)' in err


def test_nothing_close_means_no_suggestion(capsys):
    assert run("export", "moon-walk") == 2
    err = capsys.readouterr().err
    assert "did you mean" not in err and "run `handout templates` to list them" in err


def test_an_exercise_id_given_as_a_template_says_how_to_add_it(capsys):
    assert run("export", "clamshell") == 2
    assert "it is an exercise: `handout export TEMPLATE --add clamshell`" in \
        capsys.readouterr().err


def test_unknown_exercise_id_suggests_the_closest(tmp_path, capsys):
    assert run("export", "gluteus-medius-pain", "--add", "clamshel", "-o",
               tmp_path / "x.pdf") == 2
    err = capsys.readouterr().err
    assert ('no exercise with id "clamshel" in the library; did you mean "clamshell" '
            '(Clamshell)? Run `handout exercises` to list them') in err
    assert not (tmp_path / "x.pdf").exists()


def test_words_in_another_order_still_find_the_exercise(capsys):
    assert run("exercise", "new", "--name", "Mine", "--based-on", "calf-raise-single") == 2
    assert 'did you mean "single-leg-calf-raise"' in capsys.readouterr().err


def test_template_export_suggests_too(tmp_path, capsys):
    assert run("template", "export", "low-back", "-o", tmp_path / "t.json") == 2
    assert 'did you mean "low-back-pain" (Low back pain)?' in capsys.readouterr().err


@pytest.mark.parametrize("typed, expected", [("a4", (595, 842)), ("LETTER", (612, 792))])
def test_page_size_in_any_case(tmp_path, typed, expected):
    from pypdf import PdfReader
    out = tmp_path / "x.pdf"
    assert run("export", "gluteus-medius-pain", "--page-size", typed, "-o", out) == 0
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == expected


def test_layout_in_any_case(tmp_path):
    args = ("export", "gluteus-medius-pain", "--date", "2026-01-01")
    run(*args, "--layout", "Large-Print", "-o", tmp_path / "a.pdf")
    run(*args, "--layout", "large-print", "-o", tmp_path / "b.pdf")
    run(*args, "-o", tmp_path / "c.pdf")
    a, b, c = ((tmp_path / f"{n}.pdf").read_bytes() for n in "abc")
    assert a == b and a != c


def test_a_choice_that_does_not_exist_is_still_refused(capsys):
    err = usage_error(capsys, "export", "gluteus-medius-pain", "--layout", "huge")
    assert "invalid choice: 'huge'" in err and "run `handout export --help`" in err


def test_region_by_id_or_label_in_any_case(capsys):
    assert run("exercises", "--region", "HIP") == 0
    hip = capsys.readouterr().out
    assert run("exercises", "--region", "Hip and gluteal") == 0
    assert capsys.readouterr().out == hip and "clamshell" in hip
    assert run("exercises", "--region", "lower back") == 0
    assert "bird-dog" in capsys.readouterr().out


def test_an_empty_search_says_so_on_stderr(capsys):
    assert run("exercises", "--search", "zzzzqq") == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == ('handout: no exercise matches "zzzzqq"; try fewer or shorter '
                            'words, or `handout exercises` for the whole list\n')
    assert run("exercises", "--search", "zzzzqq", "--json") == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == [] and "no exercise matches" in captured.err


def test_a_search_that_finds_something_prints_no_message(capsys):
    assert run("exercises", "--search", "clam") == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("argv, help_command", [
    (("export", "gluteus-medius-pain", "--bogus"), "handout export"),
    (("export", "--bogus", "gluteus-medius-pain"), "handout export"),
    (("template", "import", "x.json", "--bogus"), "handout template import"),
    (("templates", "--bogus"), "handout templates"),
])
def test_a_bad_flag_points_at_the_sub_command_help(capsys, argv, help_command):
    err = usage_error(capsys, *argv)
    assert err == (f"{help_command}: unrecognized argument: --bogus; "
                   f"run `{help_command} --help`\n")


def test_a_mistyped_command_is_corrected(capsys):
    err = usage_error(capsys, "exprot", "gluteus-medius-pain")
    assert 'unknown command "exprot"; did you mean "export"?' in err
    assert "run `handout --help`" in err


@pytest.mark.parametrize("given, written", [
    ("handout", "handout.pdf"),
    ("handout.PDF", "handout.PDF"),
    ("notes.txt", "notes.txt.pdf"),
])
def test_output_without_pdf_gets_it(tmp_path, capsys, given, written):
    folder = tmp_path / "out"
    folder.mkdir()
    assert run("export", "gluteus-medius-pain", "-o", folder / given) == 0
    assert [p.name for p in folder.iterdir()] == [written]
    assert f"to {folder / written}" in capsys.readouterr().out


def test_output_to_a_new_folder_with_a_slash_uses_the_default_name(tmp_path):
    assert run("export", "gluteus-medius-pain", "--patient", "Ann", "--date", "2026-11-23",
               "-o", f"{tmp_path / 'new'}/") == 0
    assert [p.name for p in (tmp_path / "new").iterdir()] == ["Ann 2026-11-23.pdf"]


def test_sheet_output_without_pdf_gets_it(tmp_path):
    assert run("sheet", "-o", tmp_path / "library") == 0
    assert (tmp_path / "library.pdf").read_bytes().startswith(b"%PDF")


def test_a_failed_first_export_does_not_speak_of_a_previous_version(tmp_path, capsys):
    from tests.helpers import failing_replace
    out = tmp_path / "new.pdf"
    with failing_replace():
        assert run("export", "gluteus-medius-pain", "-o", out) == 2
    err = capsys.readouterr().err
    assert "could not be saved (No space left on device); no file was written" in err
    assert "previous" not in err and not out.exists()


def test_a_failed_export_over_an_old_file_keeps_it_and_says_so(tmp_path, capsys):
    from tests.helpers import failing_replace
    out = tmp_path / "old.pdf"
    out.write_bytes(b"%PDF-old")
    with failing_replace():
        assert run("export", "gluteus-medius-pain", "-o", out) == 2
    assert "the previous version is unchanged" in capsys.readouterr().err
    assert out.read_bytes() == b"%PDF-old"


def test_summary_prints_the_programme_for_the_record(tmp_path, capsys):
    from handout import editing
    from handout.library import ExerciseLibrary

    handout = cli._libraries()[1].get("gluteus-medius-pain").new_handout("Ann Lee")
    editing.set_dose_field(handout, 0, "work", "8-12")
    editing.set_dose_field(handout, 0, "side", "left")
    editing.set_item_field(handout, 0, "notes", "Stop if pain\ngoes above 4/10")
    editing.add_exercise(handout, ExerciseLibrary().get("walking"))
    path = tmp_path / "ann.handout.json"
    storage.save_handout(handout, path)
    assert run("summary", path) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ("Home exercise programme (Gluteus medius pain: your exercise "
                        "programme) for Ann Lee:")
    assert lines[1] == "1. Clamshell: 3 sets × 8–12 reps · hold 2 seconds · once a day · left side"
    assert lines[2] == "   Note: Stop if pain goes above 4/10"
    assert lines[-2] == "4. Walking programme: 10 minutes · every day"
    assert lines[-1].startswith("About ") and lines[-1].endswith(" minutes a session.")


def test_a_reader_that_stops_early_is_not_a_crash(tmp_path):
    """`handout exercises | head -1`: the pipe closes under the command."""
    import os
    import subprocess
    process = subprocess.Popen([sys.executable, "-m", "handout", "exercises"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "HANDOUT_HOME": str(tmp_path)})
    process.stdout.readline()
    process.stdout.close()  # the reader goes away with most of the list unread
    err = process.stderr.read().decode()
    assert process.wait(60) == 0
    assert "went wrong" not in err and "Traceback" not in err


def test_the_new_layouts_from_the_cli(tmp_path, capsys):
    from pypdf import PdfReader
    args = ("export", "gluteus-medius-pain", "--date", "2026-01-01")
    assert run(*args, "--layout", "fridge-sheet", "-o", tmp_path / "f.pdf") == 0
    assert len(PdfReader(tmp_path / "f.pdf").pages) == 1
    assert run(*args, "--layout", "A5-Booklet", "-o", tmp_path / "b.pdf") == 0
    box = PdfReader(tmp_path / "b.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    capsys.readouterr()
    crowded = ["--add", "bridge", "--add", "squat", "--add", "calf-raise", "--add", "walking"]
    assert run(*args, *crowded, "--layout", "fridge-sheet", "-o", tmp_path / "x.pdf") == 2
    err = capsys.readouterr().err
    assert "at most 6 exercises; this handout has 7" in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_a_handout_with_an_unknown_layout_exports_as_standard_and_says_so(tmp_path, capsys):
    from handout import paths
    from handout.library import ExerciseLibrary
    source = tmp_path / "newer.handout.json"
    template = json.loads((paths.BUNDLED_TEMPLATES / "gluteus-medius-pain.json")
                          .read_text(encoding="utf-8"))["template"]
    body = {k: v for k, v in template.items() if k not in ("id", "name", "description", "tags")}
    body.setdefault("options", {})["layout"] = "poster"
    source.write_text(json.dumps({"format": "handout", "version": 2, "handout": body}),
                      encoding="utf-8")
    capsys.readouterr()
    assert run("export", source, "-o", tmp_path / "b.pdf") == 0
    err = capsys.readouterr().err
    assert '"poster"' in err and "Standard layout" in err
    assert storage.load_handout(source, ExerciseLibrary().get).options.layout == "poster"
