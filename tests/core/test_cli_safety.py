"""The CLI under bad files, bad clinic folders and bad arguments: only our errors, one line.

`handout export` of arbitrary JSON spliced into a handout exits 0 (a PDF) or 2
(one line naming the file); with such files inside the clinic folder,
listing and exporting everything else still works. The crash log records
neither the command's values nor patient text, and an undecodable argument
never breaks it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from handout import cli, paths, storage
from tests.factories import make_clinic_folder, write_json
from tests.fuzzing import examples, spliced

ROOT = Path(__file__).resolve().parents[2]
REUSE = dict(suppress_health_check=[HealthCheck.function_scoped_fixture,
                                    HealthCheck.too_slow, HealthCheck.data_too_large])


def a_handout() -> dict:
    clamshell = json.loads((paths.BUNDLED_EXERCISES / "clamshell.json").read_text("utf-8"))
    return {"format": "handout", "version": 2, "handout": {
        "title": "Knee", "patient_name": "Zoë Smith", "date": "9999-12-27",
        "education": "## Why\n\nKeep moving.", "advice": "Ice.",
        "items": [{"exercise_id": "clamshell", "dose": {"sets": 3, "frequency": "twice a day"}},
                  {"exercise_id": "bridge", "exercise": {**clamshell["exercise"],
                                                         "id": "bridge"},
                   "notes": "W" * 200}],
        "options": {"layout": "large-print", "page_size": "Letter", "diary_weeks": 2}}}


def one_line_or_nothing(text: str) -> bool:
    return text == "" or (text.endswith("\n") and text.count("\n") == 1 and
                          "Traceback" not in text)


@pytest.mark.slow
@hsettings(max_examples=examples(40), **REUSE)
@given(data=st.data())
def test_export_of_any_handout_file_is_a_pdf_or_one_line(data, tmp_path, capsys):
    source = write_json(tmp_path / "fuzzed.handout.json", data.draw(spliced(a_handout())))
    out = tmp_path / "out.pdf"
    out.unlink(missing_ok=True)
    code = cli.main(["export", str(source), "-o", str(out)])
    err = capsys.readouterr().err
    assert code in (0, 2), err
    assert one_line_or_nothing(err), err
    assert (code == 0) == out.exists()
    if code == 0:
        assert out.read_bytes().startswith(b"%PDF")


def a_template() -> dict:
    document = json.loads((paths.BUNDLED_TEMPLATES / "gluteus-medius-pain.json")
                          .read_text("utf-8"))
    document["template"]["id"] = "fuzzed"
    return document


def an_exercise() -> dict:
    document = json.loads((paths.BUNDLED_EXERCISES / "bridge.json").read_text("utf-8"))
    document["exercise"]["id"] = "fuzzed-ex"
    return document


@pytest.mark.slow
@hsettings(max_examples=examples(15), **REUSE)
@given(template=spliced(a_template()), exercise=spliced(an_exercise()))
def test_a_bad_file_in_the_clinic_folder_stops_nothing_else(template, exercise, tmp_path,
                                                            monkeypatch, capsys):
    clinic = make_clinic_folder(tmp_path / "clinic")
    write_json(clinic / "templates" / "fuzzed.json", template)
    write_json(clinic / "exercises" / "fuzzed-ex.json", exercise, ascii_only=False)
    monkeypatch.setenv("HANDOUT_CLINIC_DIR", str(clinic))
    for argv in (["templates"], ["templates", "--json"], ["exercises"],
                 ["export", "gluteus-medius-pain", "-o", str(tmp_path / "g.pdf")],
                 ["export", "low-back-pain", "--add", "clamshell", "-o",
                  str(tmp_path / "l.pdf")]):
        assert cli.main(argv) == 0, (argv, capsys.readouterr().err)
        capsys.readouterr()
    assert (tmp_path / "g.pdf").read_bytes().startswith(b"%PDF")


def test_undecodable_arguments_never_crash_anything(tmp_path):
    env = dict(os.environ, HANDOUT_HOME=str(tmp_path / "home"))
    out = tmp_path / "out.pdf"
    done = subprocess.run([sys.executable, "-m", "handout", "export", "gluteus-medius-pain",
                           b"--patient", b"Zo\xeb \xff\xfe Smith", b"-o", os.fsencode(out)],
                          cwd=ROOT, env=env, capture_output=True)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    done = subprocess.run([sys.executable, "-m", "handout", "export", b"\xff\xfe.json"],
                          cwd=ROOT, env=env, capture_output=True)
    assert done.returncode == 2 and done.stderr.count(b"\n") == 1, done.stderr
    assert b"Traceback" not in done.stderr


def test_the_crash_log_records_no_values_and_survives_odd_text(tmp_path, monkeypatch, capsys):
    patient = "".join(["Zo", "ë Sm", "ith"])  # not spelt out in this file

    def broken(handout, clinic=None, resources=None):
        raise RuntimeError(" ".join(["cannot", "draw", handout.patient_name, "\udcff"]))

    monkeypatch.setattr("handout.pdf.render", broken)
    code = cli.main(["export", "gluteus-medius-pain", "--patient", patient,
                     "--therapist", "Dr \udcfe Who", "-o", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    log = paths.log_file().read_text("utf-8")
    assert "handout export … --patient … --therapist … -o …" in log
    assert "builtins.RuntimeError" in log and "Traceback" in log
    assert patient not in log and "Who" not in log and "cannot draw" not in log
    assert not (tmp_path / "x.pdf").exists()


def test_a_layout_bug_is_reported_as_ours_in_one_line(tmp_path, monkeypatch, capsys):
    from handout.pdf import blocks

    def broken(*args, **kwargs):
        raise ValueError("<Table@0x7F446F73B1D0 1 rows x 2 cols> with cell(0,1)")

    monkeypatch.setattr(blocks, "exercises", broken)
    code = cli.main(["export", "gluteus-medius-pain", "-o", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert "bug in Handout Builder, not a problem with your handout" in err
    assert "0x" not in err and "Table" not in err


def test_more_than_300_exercises_are_refused_by_the_cli(tmp_path, capsys):
    document = a_handout()
    document["handout"]["items"] = [{"exercise_id": "clamshell"}] * 300
    source = write_json(tmp_path / "full.handout.json", document)
    code = cli.main(["export", str(source), "--add", "bridge", "-o", str(tmp_path / "x.pdf")])
    assert code == 2 and "at most 300 exercises" in capsys.readouterr().err
    assert storage.MAX_ITEMS == 300
