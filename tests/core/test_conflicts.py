"""Shared clinic writes are conflict-safe: of two saves exactly one wins, stale edits refused.

Two real processes save the same clinic template, and the same clinic
exercise, at the same moment, 50 rounds each: every round one is told
"saved" and the other gets `ConflictError`, and the winner's edit is what is
on disk. Sequential stale edits (an exercise or template changed by a
colleague since it was opened) are refused too, for saves, renames and deletes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from handout import custom_exercises as ce
from handout.collection import Collection
from handout.errors import ConflictError
from handout.model import Handout
from tests.factories import make_clinic_folder

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 50

WORKER = r"""
import sys, time
from handout import custom_exercises as ce
from handout.collection import Collection
from handout.errors import ConflictError
me = sys.argv[1]
for line in sys.stdin:
    kind, round_ = line.split()
    collection = Collection()
    mark = f"edited by {me} in round {round_}"
    if kind == "template":
        obj = collection.templates.get("clinic:shared")
        obj.handout.title = mark
    else:
        obj = collection.exercises.get("shared-ex")
        obj.steps = [mark]
    print("ready", flush=True)
    start_at = float(sys.stdin.readline())  # both have read the file: now both save
    time.sleep(max(0.0, start_at - time.time()))
    try:
        if kind == "template":
            collection.templates.save(obj)
        else:
            ce.update(collection.exercises, obj)
        print("saved", flush=True)
    except ConflictError as error:
        print("conflict " + str(error), flush=True)
    except Exception as error:
        print("error " + type(error).__name__ + " " + str(error), flush=True)
"""


@pytest.fixture
def shared(tmp_path, monkeypatch):
    clinic = make_clinic_folder(tmp_path / "clinic")
    monkeypatch.setenv("HANDOUT_CLINIC_DIR", str(clinic))
    collection = Collection()
    template = collection.templates.save_as_template(Handout(title="start"), "Shared",
                                                     origin="clinic")
    assert template.id == "shared"
    ce.create(collection.exercises, "Shared ex", origin="clinic", steps=["start"])
    return clinic


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["template", "exercise"])
def test_two_processes_saving_at_once_exactly_one_wins_every_round(shared, tmp_path, kind):
    env = dict(os.environ)
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, name], env=env, cwd=ROOT,
                                text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
               for name in ("alice", "bob")]
    target = shared / ("templates/shared.json" if kind == "template"
                       else "exercises/shared-ex.json")
    try:
        for round_ in range(ROUNDS):
            for worker in workers:
                worker.stdin.write(f"{kind} {round_}\n")
                worker.stdin.flush()
            assert [w.stdout.readline().strip() for w in workers] == ["ready", "ready"]
            start_at = time.time() + 0.05
            for worker in workers:
                worker.stdin.write(f"{start_at}\n")
                worker.stdin.flush()
            answers = [w.stdout.readline().strip() for w in workers]
            saved = [a == "saved" for a in answers]
            assert sum(saved) == 1, (round_, answers)
            loser = answers[saved.index(False)]
            assert loser.startswith("conflict ") and \
                "changed by someone else" in loser and "keep yours as a copy" in loser
            winner = ("alice", "bob")[saved.index(True)]
            assert f"edited by {winner} in round {round_}" in target.read_text("utf-8")
    finally:
        for worker in workers:
            worker.stdin.close()
            worker.wait(30)
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")]  # no litter


def test_a_stale_exercise_edit_is_refused(shared):
    alice, bob = Collection(), Collection()
    mine = alice.exercises.get("shared-ex")
    theirs = bob.exercises.get("shared-ex")
    mine.steps = ["Alice's steps"]
    ce.update(alice.exercises, mine)
    theirs.steps = ["Bob's steps"]
    with pytest.raises(ConflictError, match="changed by someone else since you opened it: "
                                            "keep yours as a copy, or reload it"):
        ce.update(bob.exercises, theirs)
    assert Collection().exercises.get("shared-ex").steps == ["Alice's steps"]
    copy_ = ce.save_copy(bob.exercises, theirs)  # keep as a copy...
    assert copy_.steps == ["Bob's steps"] and copy_.id != "shared-ex"
    bob.reload()  # ...or reload, then the edit goes through
    fresh = bob.exercises.get("shared-ex")
    fresh.steps = ["Bob, after reloading"]
    ce.update(bob.exercises, fresh)
    assert Collection().exercises.get("shared-ex").steps == ["Bob, after reloading"]


def test_a_stale_exercise_delete_is_refused(shared):
    alice, bob = Collection(), Collection()
    mine = alice.exercises.get("shared-ex")
    mine.steps = ["Changed"]
    ce.update(alice.exercises, mine)
    with pytest.raises(ConflictError):
        ce.delete(bob.exercises, bob.exercises.get("shared-ex"))
    assert (shared / "exercises" / "shared-ex.json").exists()


def test_stale_template_renames_and_deletes_are_refused(shared):
    alice, bob = Collection(), Collection()
    alice.templates.rename(alice.templates.get("clinic:shared"), "Shared (Alice)")
    with pytest.raises(ConflictError):
        bob.templates.rename(bob.templates.get("clinic:shared"), "Shared (Bob)")
    with pytest.raises(ConflictError):
        bob.templates.delete(bob.templates.get("clinic:shared"))
    fresh = bob.templates.reload_template(bob.templates.get("clinic:shared"))
    assert fresh.name == "Shared (Alice)"
    bob.templates.delete(fresh)  # after reloading it is Bob's to delete
    assert not (shared / "templates" / "shared.json").exists()


def test_a_template_reloaded_by_the_library_still_refuses_the_old_copy(shared):
    """The edit in hand came from the file as it was; a reload in between changes nothing."""
    alice, bob = Collection(), Collection()
    old = bob.templates.get("clinic:shared")
    old.handout.title = "Bob's"
    mine = alice.templates.get("clinic:shared")
    mine.handout.title = "Alice's"
    alice.templates.save(mine)
    bob.reload()  # the library now knows Alice's version...
    with pytest.raises(ConflictError):
        bob.templates.save(old)  # ...but this edit started from the one before


def test_two_new_exercises_with_one_id_never_overwrite_each_other(shared):
    alice, bob = Collection(), Collection()
    first = ce.draft(alice.exercises, "Hip hitch", origin="clinic")
    second = ce.draft(bob.exercises, "Hip hitch", origin="clinic")
    assert first.id == second.id
    ce.save(alice.exercises, first, new=True, origin="clinic")
    with pytest.raises(ConflictError, match="already exists"):
        ce.save(bob.exercises, second, new=True, origin="clinic")
