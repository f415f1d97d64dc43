"""The library folders are a boundary: links out, FIFOs, devices and stray files.

Nothing outside the clinic (or user) folder is read, written or moved into
the trash through a link; a FIFO named like a template never hangs a command;
a link to /dev/zero is refused without reading it; clean-up removes only the
app's own leftovers, by exact name.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from handout import custom_exercises as ce, photos, safe_io
from handout.collection import Collection
from handout.errors import StorageError
from handout.model import Handout
from tests.core.test_photos import phone_jpeg
from tests.factories import make_clinic_folder, write_exercise, write_template

ROOT = Path(__file__).resolve().parents[2]
needs_links = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX links and FIFOs")


def run_cli(args, home, clinic, timeout=60, memory=None):
    """`handout ARGS` in a fresh process; (exit code, stderr), or ("hang", "")."""
    env = dict(os.environ, HANDOUT_HOME=str(home), HANDOUT_CLINIC_DIR=str(clinic))

    def limit():
        if memory:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    try:
        done = subprocess.run([sys.executable, "-m", "handout", *map(str, args)], env=env,
                              cwd=ROOT, capture_output=True, text=True, timeout=timeout,
                              preexec_fn=limit)
    except subprocess.TimeoutExpired:
        return "hang", ""
    return done.returncode, done.stderr


@pytest.fixture
def outside(tmp_path):
    folder = tmp_path / "outside"
    folder.mkdir()
    return folder


@pytest.fixture
def clinic(tmp_path):
    return make_clinic_folder(tmp_path / "clinic")


# ------------------------------------------------------------------ links out

@needs_links
def test_a_photo_linked_from_outside_is_never_embedded(clinic, outside, user_home):
    secret = outside / "secret.jpg"
    secret.write_bytes(phone_jpeg(400, 300))
    (clinic / "exercises" / "photos").mkdir()
    link = clinic / "exercises" / "photos" / "linky_0123456789ab.jpg"
    link.symlink_to(secret)
    write_exercise(clinic / "exercises", "linky", "Linky",
                   photos=["photos/linky_0123456789ab.jpg"])
    collection = Collection(clinic=clinic)
    exercise = collection.exercises.get("linky")
    assert collection.photo_path(exercise, exercise.photos[0]) is None
    handout = Handout(items=[collection.exercises.new_item("linky")])
    assert collection.resources(handout).photos == {exercise.photos[0]: None}
    assert b"/Subtype /Image" not in collection.render(handout)
    # A link that stays inside the folder is followed.
    inside = clinic / "exercises" / "photos" / "kept.jpg"
    inside.write_bytes(phone_jpeg(400, 300))
    link.unlink()
    link.symlink_to(inside)
    assert collection.photo(exercise, exercise.photos[0]) is not None


@needs_links
def test_a_template_linked_from_outside_is_not_read_nor_moved(clinic, outside, user_home):
    victim = write_template(outside, "victim", "Victim")
    before = victim.read_bytes()
    (clinic / "templates" / "victim.json").symlink_to(victim)
    collection = Collection(clinic=clinic)
    assert "clinic:victim" not in collection.templates
    reasons = [p.reason for p in collection.templates.problems]
    assert any("leads outside" in r for r in reasons)
    assert victim.read_bytes() == before and not list(collection.trash.folder.glob("*"))


@needs_links
def test_a_linked_templates_folder_is_never_written_through(clinic, outside, user_home):
    (clinic / "templates").rmdir()
    (clinic / "templates").symlink_to(outside, target_is_directory=True)
    collection = Collection(clinic=clinic)
    with pytest.raises(StorageError, match="outside"):
        collection.templates.save_as_template(Handout(), "Outside", origin="clinic")
    assert list(outside.iterdir()) == []


@needs_links
def test_a_linked_photos_folder_is_never_written_through(clinic, outside, user_home):
    (clinic / "exercises" / "photos").symlink_to(outside, target_is_directory=True)
    collection = Collection(clinic=clinic)
    with pytest.raises(StorageError, match="outside"):
        ce.create(collection.exercises, "Wall push", origin="clinic",
                  photo_sources=[photos.load_photo(phone_jpeg(400, 300))])
    assert list(outside.iterdir()) == []
    assert not (clinic / "exercises" / "wall-push.json").exists()


@needs_links
def test_deleting_an_exercise_never_moves_a_linked_photo(clinic, outside, user_home):
    collection = Collection(clinic=clinic)
    exercise = ce.create(collection.exercises, "Wall push", origin="clinic",
                         photo_sources=[photos.load_photo(phone_jpeg(400, 300))])
    stored = clinic / "exercises" / exercise.photos[0]
    keep = outside / "keep.jpg"
    keep.write_bytes(stored.read_bytes())
    stored.unlink()
    stored.symlink_to(keep)
    entry = ce.delete(collection.exercises, "wall-push")
    assert keep.exists() and exercise.photos[0] not in entry.files


# ------------------------------------------------------------------ FIFO, devices

@needs_links
def test_a_fifo_named_like_a_template_or_exercise_hangs_nothing(tmp_path, clinic):
    os.mkfifo(clinic / "templates" / "fifo.json")
    os.mkfifo(clinic / "exercises" / "fifo.json")
    home = tmp_path / "home"
    for args in (["templates"], ["exercises"],
                 ["export", "gluteus-medius-pain", "-o", tmp_path / "out.pdf"]):
        code, err = run_cli(args, home, clinic)
        assert code == 0, (args, code, err)
    assert "not an ordinary file" in run_cli(["templates"], home, clinic)[1]
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")


@needs_links
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_link_to_dev_zero_is_refused_without_reading_it(tmp_path, clinic, user_home):
    (clinic / "exercises" / "zero.json").symlink_to("/dev/zero")
    (clinic / "templates" / "zero.json").symlink_to("/dev/zero")
    # In this process: refused at once, listed as unreadable, the rest loads.
    start = time.perf_counter()
    collection = Collection(clinic=clinic)
    assert time.perf_counter() - start < 10
    assert "clamshell" in collection.exercises and len(collection.templates) >= 10
    # In a process allowed 1.5 GB: memory stays bounded, the command succeeds.
    code, err = run_cli(["exercises"], tmp_path / "home", clinic, memory=1_500_000_000)
    assert code == 0, err


def test_a_device_or_pipe_is_refused_even_inside_the_folder(tmp_path):
    if not Path("/dev/null").exists():
        pytest.skip("needs /dev/null")
    with pytest.raises(StorageError, match="not an ordinary file"):
        safe_io.read_bytes("/dev/null", 1000)
    with pytest.raises(StorageError, match="too large"):
        big = tmp_path / "big.json"
        with open(big, "wb") as handle:
            handle.truncate(20_000_000)  # sparse: nothing is read to find out
        safe_io.read_bytes(big, 8_000_000)


# ------------------------------------------------------------------ clean-up

def test_clean_up_removes_only_the_apps_own_leftovers(tmp_path, clinic, user_home):
    templates = clinic / "templates"
    ours_dead = templates / f".knee.json.{safe_io.HOST_TAG}-999999999.abcdefgh.tmp"
    ours_alive = templates / f".knee.json.{safe_io.HOST_TAG}-{os.getpid()}.abcdefgh.tmp"
    other_host_new = templates / ".knee.json.0badbeef-12.abcdefgh.tmp"
    other_host_old = templates / ".knee.json.0badbeef-13.abcdefgh.tmp"
    old_style_old = templates / ".knee.json.k2j4_x9q.tmp"
    not_ours = [templates / ".notes.txt", templates / "knee.json.tmp",
                templates / ".knee.json.lock.bak", templates / "draft.tmp"]
    for path in [ours_dead, ours_alive, other_host_new, other_host_old, old_style_old,
                 *not_ours]:
        path.write_text("Zoë Smith")
    hour_ago = time.time() - 2 * 3600
    for path in (other_host_old, old_style_old):
        os.utime(path, (hour_ago, hour_ago))
    if sys.platform != "win32":
        link = templates / f".link.json.{safe_io.HOST_TAG}-999999998.abcdefgh.tmp"
        link.symlink_to(tmp_path / "elsewhere")
        (tmp_path / "elsewhere").write_text("keep")
    collection = Collection(clinic=clinic)
    left = {p.name for p in templates.iterdir()}
    assert ours_dead.name not in left and other_host_old.name not in left
    assert old_style_old.name not in left
    assert {ours_alive.name, other_host_new.name} <= left  # maybe still being written
    assert {p.name for p in not_ours} <= left  # not ours: never touched
    assert (tmp_path / "elsewhere").read_text() == "keep"
    assert ours_dead in collection.tidied


def test_retiring_unused_photos_touches_only_exact_names(user_home, collection):
    library = collection.exercises
    exercise = ce.create(library, "Wall push",
                         photo_sources=[photos.load_photo(phone_jpeg(400, 300))])
    folder = library.user_dir / "photos"
    strays = ["wall-push_notours.jpg", "wall-push_0123456789ab.jpg.bak", "wall-push-2_x.jpg",
              "wall-push_0123456789ab.jpeg"]
    for name in strays:
        (folder / name).write_bytes(b"keep me")
    ce.update(library, library.get("wall-push"),
              [photos.load_photo(phone_jpeg(400, 300, orientation=6))])
    left = {p.name for p in folder.iterdir()}
    assert set(strays) <= left
    assert exercise.photos[0].split("/")[1] not in left  # the old photo went to the trash
    assert [e.kind for e in collection.trash.entries()] == ["photos"]


def test_lock_files_of_a_dead_process_are_recovered(tmp_path):
    target = tmp_path / "knee.json"
    lock = safe_io.lock_path(target)
    lock.write_bytes(json.dumps({"format": "handout-lock", "version": 1, "lock": {
        "user": "alice", "host": safe_io.HOSTNAME, "pid": 999_999_999, "time": "",
        "token": "x"}}).encode())
    start = time.perf_counter()
    with safe_io.locked(target):
        safe_io.write_atomic(target, b"{}")
    assert time.perf_counter() - start < 2 and not lock.exists()


def test_a_live_lock_is_waited_for_then_reported(tmp_path):
    target = tmp_path / "knee.json"
    holder = safe_io.FolderLock(target)
    holder.acquire()
    try:
        waiting = safe_io.FolderLock(target, wait=0.3, label="Knee week 1")
        with pytest.raises(StorageError, match="Knee week 1\" is being saved by"):
            waiting.acquire()
    finally:
        holder.release()
    assert not safe_io.lock_path(target).exists()


def test_a_damaged_or_abandoned_lock_is_recovered(tmp_path):
    target = tmp_path / "knee.json"
    lock = safe_io.lock_path(target)
    lock.write_bytes(b"\x00garbage")
    old = time.time() - 10
    os.utime(lock, (old, old))
    with safe_io.locked(target):
        pass
    lock.write_bytes(json.dumps({"format": "handout-lock", "version": 1, "lock": {
        "user": "bob", "host": "another-pc", "pid": 1, "token": "y"}}).encode())
    older = time.time() - safe_io.STALE_SECONDS - 5
    os.utime(lock, (older, older))
    with safe_io.locked(target):
        pass
    assert not lock.exists()
