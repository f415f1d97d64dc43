"""Killed mid-save (kill -9), again and again: the next start leaves no litter, nothing broken.

A child process saves a handout (with the patient's name), a template and a
clinic exercise with a photo in a loop and is killed at a random moment,
`ROUNDS` times. Then the app starts as usual (`Collection()`): no temp or
lock file of ours is left anywhere, and every file it knows is whole and loads.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from handout import storage
from handout.collection import Collection
from tests.factories import make_clinic_folder

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform == "win32", reason="needs kill -9")]

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 30

# Imports once, then forks one saver per round (so a round costs the sleep, not a start-up).
SAVER = r"""
import datetime, io, os, sys
from PIL import Image
from handout import custom_exercises as ce, photos, storage
from handout.collection import Collection
from handout.model import Handout
buffer = io.BytesIO()
Image.effect_noise((300, 200), 40).convert("RGB").save(buffer, "PNG")
picture = photos.load_photo(buffer.getvalue())


def save_forever():
    collection = Collection(tidy=False)  # leftovers pile up until the real next start
    library, templates = collection.exercises, collection.templates
    handout = Handout(title="Knee", patient_name="Zoë Smith", date=datetime.date(2026, 3, 30))
    handout.items = [library.new_item("clamshell") for _ in range(30)]
    for item in handout.items:
        item.notes = "Zoë Smith " * 200
    home = os.environ["HANDOUT_HOME"]
    print("ready", flush=True)  # the killing starts once saving does, however slow the machine
    n = 0
    while True:
        n += 1
        storage.save_handout(handout, os.path.join(home, "zoe.handout.json"))
        try:
            templates.save_as_template(handout, "Kill test",
                                       origin="clinic" if n % 2 else "user", replace=True)
        except Exception:
            collection.reload()
        try:
            if "kill-ex" in library:
                exercise = library.get("kill-ex")
                exercise.steps = [f"step {n}"] * 20
                ce.update(library, exercise, [picture] if n % 3 else [])
            else:
                ce.create(library, "Kill ex", origin="clinic", photo_sources=[picture])
        except Exception:
            collection.reload()


for line in sys.stdin:
    if line.startswith("reap"):
        os.waitpid(int(line.split()[1]), 0)
        print("reaped", flush=True)
        continue
    pid = os.fork()
    if pid == 0:
        try:
            save_forever()
        finally:
            os._exit(0)
    print(pid, flush=True)
"""


def leftovers(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        for path in folder.rglob(".*"):
            if path.name.endswith((".tmp", ".lock")):
                found.append(path)
    return found


def test_kill_9_during_saves_leaves_no_litter_and_every_file_whole(tmp_path, monkeypatch):
    home = tmp_path / "home"
    clinic = make_clinic_folder(tmp_path / "clinic")
    monkeypatch.setenv("HANDOUT_HOME", str(home))
    monkeypatch.setenv("HANDOUT_CLINIC_DIR", str(clinic))
    rng = random.Random(9)
    zygote = subprocess.Popen([sys.executable, "-c", SAVER], cwd=ROOT, env=dict(os.environ),
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        for _ in range(ROUNDS):
            zygote.stdin.write("go\n")
            zygote.stdin.flush()
            # The zygote says the saver's pid, the saver says "ready" (either may come first).
            lines = {zygote.stdout.readline().strip(), zygote.stdout.readline().strip()}
            lines.discard("ready")
            pid = int(lines.pop())
            time.sleep(rng.uniform(0.15, 0.6))  # mid-save: the saver never stops saving
            os.kill(pid, signal.SIGKILL)
            zygote.stdin.write(f"reap {pid}\n")
            zygote.stdin.flush()
            assert zygote.stdout.readline().strip() == "reaped"
    finally:
        zygote.stdin.close()
        zygote.wait(30)
    interrupted = leftovers(home, clinic)
    assert interrupted, "the test must kill some saves half-way"
    print(f"{len(interrupted)} leftovers from {ROUNDS} kills")
    collection = Collection()  # the next start
    assert leftovers(home, clinic) == []
    assert set(interrupted) <= set(collection.tidied)
    for path in [*home.rglob("*.json"), *clinic.rglob("*.json")]:
        if "trash" in path.relative_to(tmp_path).parts:
            continue
        data = path.read_bytes()
        json.loads(data)  # whole, never half a file
        if path.name == "zoe.handout.json":
            assert len(storage.load_handout(path, collection.exercises.get).items) == 30
    assert collection.problems == []  # every template and exercise file loads
    assert "kill-ex" in collection.exercises
    exercise = collection.exercises.get("kill-ex")
    assert all(collection.photo_path(exercise, name) for name in exercise.photos)
