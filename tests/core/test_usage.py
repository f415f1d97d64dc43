"""Favourites and recently used exercises: saved in the user folder, never a crash."""

from __future__ import annotations

import json

import pytest

from handout import usage
from handout.errors import StorageError
from handout.library import ExerciseLibrary
from handout.usage import UsageStore

pytestmark = pytest.mark.core


def test_lives_in_the_user_data_folder(user_home):
    store = UsageStore()
    store.add_favourite("clamshell")
    assert (user_home / "usage.json").is_file()
    document = json.loads((user_home / "usage.json").read_text(encoding="utf-8"))
    assert document["format"] == "handout-usage"
    assert isinstance(document["version"], int)


def test_favourites_persist_across_instances(user_home):
    store = UsageStore()
    store.add_favourite("clamshell")
    store.add_favourite("bridge")
    store.add_favourite("clamshell")  # no duplicates
    again = UsageStore()
    assert again.favourites() == ["clamshell", "bridge"]
    assert again.is_favourite("bridge")
    again.remove_favourite("clamshell")
    assert UsageStore().favourites() == ["bridge"]
    assert UsageStore().toggle_favourite("bridge") is False
    assert UsageStore().favourites() == []


def test_recent_is_newest_first_without_repeats_and_capped(user_home):
    store = UsageStore()
    for exercise_id in ("bridge", "clamshell", "step-up", "bridge"):
        store.record_use(exercise_id)
    assert UsageStore().recent() == ["bridge", "step-up", "clamshell"]
    assert UsageStore().recent(limit=2) == ["bridge", "step-up"]
    for i in range(usage.MAX_RECENT + 10):
        store.record_use(f"exercise-{i}")
    assert len(UsageStore().recent(limit=1000)) == usage.MAX_RECENT
    assert UsageStore().recent(1) == [f"exercise-{usage.MAX_RECENT + 9}"]


@pytest.mark.parametrize("content", [b"", b"{not json", b"[1, 2]", b"\xff\xfe\x00",
                                     b'{"format": "handout-usage", "version": 99, "usage": {}}',
                                     b'{"format": "handout", "version": 2}',
                                     b'{"format": "handout-usage", "version": 1, '
                                     b'"usage": {"favourites": "clamshell", "recent": [1, null]}}'])
def test_a_corrupt_file_starts_empty_and_does_not_crash(user_home, content):
    (user_home / "usage.json").write_bytes(content)
    store = UsageStore()
    assert store.favourites() == []
    assert store.recent() == []
    store.add_favourite("bridge")  # and it can be used (and repaired) at once
    assert UsageStore().favourites() == ["bridge"]


def test_bad_entries_are_dropped_good_ones_kept(user_home):
    (user_home / "usage.json").write_text(json.dumps(
        {"format": "handout-usage", "version": 1,
         "usage": {"favourites": ["bridge", 3, "Not An Id", "bridge", "clamshell"],
                   "recent": ["step-up"]}}), encoding="utf-8")
    store = UsageStore()
    assert store.favourites() == ["bridge", "clamshell"]
    assert store.recent() == ["step-up"]


def test_a_folder_in_the_way_is_reported_not_raised(user_home):
    (user_home / "usage.json").mkdir()
    store = UsageStore()
    assert store.favourites() == [] and store.problem
    store.record_use("bridge")  # cannot be saved: noted, never raised
    assert store.recent() == ["bridge"]
    assert store.problem
    with pytest.raises(StorageError):
        store.add_favourite("bridge")


def test_exercises_for_skips_ids_missing_from_the_library(user_home):
    library = ExerciseLibrary()
    store = UsageStore()
    store.add_favourite("clamshell")
    store.add_favourite("no-longer-here")
    assert [e.id for e in usage.exercises_for(store.favourites(), library)] == ["clamshell"]
