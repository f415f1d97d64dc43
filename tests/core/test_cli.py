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
