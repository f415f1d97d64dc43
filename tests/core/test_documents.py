"""Total loading: any JSON in any field of any file kind loads or gives our one-line error.

Every loader gets arbitrary JSON (hypothesis `recursive` values, whole and
spliced into a valid document), and the stated limits (size, exercise count,
text length, nesting, integer size) are checked before any work is done.
What loads can always be saved again and reads back the same.
"""

from __future__ import annotations

import json
import re
import time

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from handout import documents, settings, storage
from handout.errors import HandoutError, LimitError, StorageError, ValidationError
from handout.library import ExerciseLibrary, TemplateLibrary
from handout.model import Template
from handout.trash import Trash
from handout.usage import UsageStore
from tests.factories import write_json
from tests.fuzzing import examples, json_values, spliced

UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
INTERNAL = re.compile(r"0x[0-9a-fA-F]{6,}|<[A-Za-z_.]+ (object|at)|Traceback")


@pytest.fixture(scope="module")
def exercises():
    return ExerciseLibrary(clinic_folder=None)


def a_valid(kind: str, exercises) -> dict:
    """One valid document of each kind, to splice arbitrary values into."""
    clamshell = storage.exercise_to_dict(exercises.get("clamshell"))
    if kind == "handout-exercise":
        return storage.document("handout-exercise", "exercise", clamshell)
    if kind == "handout-template":
        return json.loads((exercises.bundled_dir.parent / "templates" /
                           "gluteus-medius-pain.json").read_text("utf-8"))
    if kind == "handout":
        return {"format": "handout", "version": 2, "handout": {
            "title": "Knee", "patient_name": "Zoë Smith", "date": "2026-03-31",
            "items": [{"exercise_id": "clamshell", "dose": {"sets": 3, "reps": 10}},
                      {"exercise_id": "clamshell", "exercise": clamshell}],
            "options": {"layout": "large-print", "page_size": "A4", "diary_weeks": 2}}}
    if kind == "handout-clinic":
        return {"format": "handout-clinic", "version": 2, "clinic": {
            "name": "Riverside", "address": "1 Mill Lane", "disclaimer": "Stop if it hurts",
            "page_size": "A4", "accent_color": "#2a7f8e"}}
    if kind == "handout-settings":
        return {"format": "handout-settings", "version": 1, "settings": {"clinic_folder": ""}}
    if kind == "handout-usage":
        return {"format": "handout-usage", "version": 1,
                "usage": {"favourites": ["clamshell"], "recent": ["bridge"]}}
    if kind == "handout-favourites":
        return {"format": "handout-favourites", "version": 1,
                "templates": ["bundled:gluteus-medius-pain"]}
    if kind == "handout-trash-entry":
        return {"format": "handout-trash-entry", "version": 1, "entry": {
            "kind": "template", "origin": "user", "id": "knee", "name": "Knee",
            "deleted_at": "2026-03-31T10:00:00.000000", "files": ["knee.json"], "bytes": 10}}
    raise AssertionError(kind)


KINDS = ["handout-exercise", "handout-template", "handout", "handout-clinic",
         "handout-settings", "handout-usage", "handout-favourites", "handout-trash-entry"]


def load_and_save(kind: str, path, exercises, tmp_path) -> None:
    """Load `path` as `kind` the way the app does, then save what loaded and read it back."""
    if kind == "handout-exercise":
        exercise = storage.load_exercise(path)
        data = storage.exercise_bytes(exercise)
        assert storage.exercise_from_bytes(data) == exercise
    elif kind == "handout-template":
        template = storage.load_template(path, exercises.get)
        data = storage.template_bytes(template)
        again = storage.template_from_document(storage.parse_document(data, kind),
                                               resolve=exercises.get)
        assert again.handout == template.handout
    elif kind == "handout":
        handout = storage.load_handout(path, exercises.get)
        data = storage.handout_bytes(handout)
        again = storage.handout_from_document(storage.parse_document(data, kind),
                                              resolve=exercises.get)
        assert again == handout
    elif kind == "handout-clinic":
        clinic = storage.load_clinic(path)
        target = tmp_path / "clinic-again.json"
        storage.save_clinic(clinic, target)
        assert storage.load_clinic(target) == clinic
    elif kind == "handout-settings":
        loaded = settings.load_settings(path)
        target = tmp_path / "settings-again.json"
        settings.save_settings(loaded, target)
        assert settings.load_settings(target) == loaded
    elif kind == "handout-usage":
        store = UsageStore(path)  # never raises: a damaged file means empty lists
        store.add_favourite("bridge")
        assert "bridge" in UsageStore(path).favourites()
    elif kind == "handout-favourites":
        library = TemplateLibrary(exercises, bundled_dir=tmp_path / "none",
                                  user_dir=tmp_path / "t", trash_dir=tmp_path / "tr",
                                  favourites_file=path, clinic_folder=None)
        library.favourites()
        mine = Template(id="knee", name="Knee", origin="user")
        library.set_favourite(mine)
        assert library.is_favourite(mine)
    elif kind == "handout-trash-entry":
        trash = Trash(tmp_path / "trash")
        folder = tmp_path / "trash" / "20260331T100000000000-abcdef"
        if (folder / "entry.json").exists():
            (folder / "entry.json").unlink()
        (folder / "files").mkdir(parents=True, exist_ok=True)
        (folder / "files" / "knee.json").write_text("{}")
        (folder / "entry.json").write_bytes(path.read_bytes())
        for entry in trash.entries():
            assert entry.kind in ("template", "exercise", "photos")


def check_message(error: HandoutError) -> None:
    text = str(error)
    assert "\n" not in text and not UNSAFE.search(text), text
    assert not INTERNAL.search(text), text


def attempt(kind, path, exercises, tmp_path) -> None:
    try:
        load_and_save(kind, path, exercises, tmp_path)
    except HandoutError as error:
        check_message(error)


# One folder per test, its files written again for every example.
REUSE = dict(suppress_health_check=[HealthCheck.function_scoped_fixture,
                                    HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
@hsettings(max_examples=examples(20), **REUSE)
@given(value=json_values())
def test_any_json_value_loads_or_gives_our_error(kind, value, exercises, tmp_path):
    path = write_json(tmp_path / "file.json", value, ascii_only=len(repr(value)) % 5 != 0)
    attempt(kind, path, exercises, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
@hsettings(max_examples=examples(30), **REUSE)
@given(data=st.data())
def test_any_value_in_any_field_loads_or_gives_our_error(kind, data, exercises, tmp_path):
    document = data.draw(spliced(a_valid(kind, exercises)))
    path = write_json(tmp_path / "file.json", document)
    attempt(kind, path, exercises, tmp_path)


@pytest.mark.parametrize("kind", KINDS)
def test_every_valid_example_loads(kind, exercises, tmp_path):
    path = write_json(tmp_path / "file.json", a_valid(kind, exercises))
    load_and_save(kind, path, exercises, tmp_path)  # no error at all


# ------------------------------------------------------------------ the cases found

def test_a_format_that_is_a_list_is_our_error(tmp_path):
    path = write_json(tmp_path / "t.json", {"format": ["handout-template"], "version": 2})
    with pytest.raises(ValidationError, match="format: expected the name of a file format"):
        storage.load_template(path)


def test_a_figure_with_a_list_where_a_name_goes_is_our_error(tmp_path, exercises):
    document = a_valid("handout-exercise", exercises)
    document["exercise"]["figure"] = {"version": 2, "posture": ["standing"], "frames": ["x"]}
    path = write_json(tmp_path / "e.json", document)
    with pytest.raises(ValidationError, match="figure"):
        storage.load_exercise(path)


def test_a_4301_digit_integer_is_refused(tmp_path, exercises):
    document = a_valid("handout", exercises)
    text = json.dumps(document).replace('"sets": 3', '"sets": ' + "9" * 4301)
    path = tmp_path / "h.handout.json"
    path.write_text(text)
    with pytest.raises(LimitError, match="4,301 digits"):
        storage.load_handout(path, exercises.get)


@pytest.mark.parametrize("depth", [33, 488, 100_000])
def test_deep_nesting_is_refused_before_any_work(tmp_path, exercises, depth):
    document = a_valid("handout-exercise", exercises)
    text = json.dumps(document).replace('"frames": [', '"frames": ' + "[" * depth + "]" * depth
                                        + ", \"x\": [", 1)
    path = tmp_path / "deep.json"
    path.write_text(text)
    start = time.perf_counter()
    with pytest.raises(LimitError, match="nested more than 32 levels"):
        storage.load_exercise(path)
    assert time.perf_counter() - start < 5  # refused up front, not after a deep copy


def test_lone_surrogates_and_control_characters_never_reach_a_save(tmp_path, exercises):
    document = a_valid("handout", exercises)
    document["handout"]["patient_name"] = "Zo\udceb \x1b[31mSmith\x07"
    document["handout"]["items"][0]["notes"] = "a\ud800b\x00c"
    path = write_json(tmp_path / "h.json", document)
    handout = storage.load_handout(path, exercises.get)
    assert handout.patient_name == "Zo\ufffd [31mSmith"
    assert handout.items[0].notes == "a\ufffdbc"
    data = storage.handout_bytes(handout)  # the save that used to crash
    assert b"\xed" not in data
    storage.save_handout(handout, tmp_path / "again.json")


def test_a_lone_surrogate_typed_in_memory_is_cleaned_on_save(tmp_path):
    from handout.model import Handout
    handout = Handout(patient_name="Zoë \ud83d Smith", advice="ok\x00")
    storage.save_handout(handout, tmp_path / "h.json")
    assert "\ufffd" in storage.load_handout(tmp_path / "h.json").patient_name


def test_more_than_300_exercises_are_refused_clearly(tmp_path, exercises):
    document = a_valid("handout", exercises)
    document["handout"]["items"] = [{"exercise_id": "clamshell"}] * 301
    path = write_json(tmp_path / "big.handout.json", document)
    with pytest.raises(LimitError) as caught:
        storage.load_handout(path, exercises.get)
    assert "301 exercises" in str(caught.value) and "at most 300" in str(caught.value)
    document["handout"]["items"] = [{"exercise_id": "clamshell"}] * 300
    write_json(path, document)
    assert len(storage.load_handout(path, exercises.get).items) == 300


def test_300000_items_in_a_big_file_are_refused_before_reading_them(tmp_path, exercises):
    item = json.dumps({"exercise_id": "clamshell", "dose": {"sets": 3}})
    text = '{"format": "handout", "version": 2, "handout": {"items": [' + \
        ",".join([item] * 300_000) + "]}}"
    path = tmp_path / "huge.handout.json"
    path.write_text(text)
    assert path.stat().st_size > 8_000_000
    start = time.perf_counter()
    with pytest.raises(StorageError, match="too large"):
        storage.load_handout(path, exercises.get)
    assert time.perf_counter() - start < 1  # the size was checked before reading


def test_a_text_longer_than_the_limit_is_refused(tmp_path, exercises):
    document = a_valid("handout-exercise", exercises)
    document["exercise"]["steps"] = ["x" * (documents.MAX_STRING + 1)]
    path = write_json(tmp_path / "e.json", document)
    with pytest.raises(LimitError, match="text longer than 200,000"):
        storage.load_exercise(path)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_numbers_no_file_can_hold_are_refused(tmp_path, exercises, constant):
    text = json.dumps(a_valid("handout", exercises)).replace('"sets": 3', f'"sets": {constant}')
    path = tmp_path / "h.json"
    path.write_text(text)
    with pytest.raises(LimitError):
        storage.load_handout(path, exercises.get)


def test_messages_never_echo_control_characters_or_internal_names(tmp_path, exercises):
    document = a_valid("handout", exercises)
    document["handout"]["\x1b[2Jevil\nkey"] = 1
    document["handout"]["items"][0]["dose"]["side"] = "\x07" * 3
    path = write_json(tmp_path / "bad\nname.json", document)
    with pytest.raises(ValidationError) as caught:
        storage.load_handout(path, exercises.get)
    check_message(caught.value)
    assert "\\x1b" in str(caught.value) or "[2Jevil" in str(caught.value)


def test_the_limits_are_stated_in_one_place():
    assert documents.MAX_ITEMS == storage.MAX_ITEMS == 300
    assert documents.KINDS["handout"].max_bytes == 8_000_000
    assert set(documents.KINDS) >= {k for k in KINDS} | {"handout-lock"}
