"""Files a colleague can read: modes follow the user's umask, a replaced file keeps its mode.

New files are created as the umask allows (0644 with the usual 022, 0664 with
a clinic's shared-group 002), never owner-only; a file that is replaced keeps
the mode it had; the temporary file is owner-only only while it is written.
For exports, handouts, templates, exercises and photos alike. And the clinic
folder works across two user accounts: run as root, the test becomes two
users of one group and each reads and edits what the other saved (skipped,
saying why, when not root).
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

from handout import custom_exercises as ce, photos, safe_io, storage
from handout.collection import Collection
from handout.model import Handout
from tests.core.test_photos import phone_jpeg
from tests.factories import make_clinic_folder

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def umask(mask: int):
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def save_everything(tmp_path: Path, again: bool = False) -> dict[str, Path]:
    """One of each kind of file the app writes, into the user and the clinic folder."""
    clinic = make_clinic_folder(tmp_path / "clinic")
    collection = Collection(clinic=clinic)
    handout = Handout(title="Knee", patient_name="Zoë Smith",
                      items=[collection.exercises.new_item("clamshell")])
    files = {}
    files["handout"] = tmp_path / "zoe.handout.json"
    storage.save_handout(handout, files["handout"])
    files["export"] = tmp_path / "zoe.pdf"
    storage.atomic_write(files["export"], collection.render(handout))
    template = collection.templates.save_as_template(handout, "Knee week 1", origin="clinic",
                                                     replace=again)
    files["template"] = collection.templates.path_of(template)
    if again:
        exercise = collection.exercises.get("wall-push")
        exercise.steps = ["Changed"]
        exercise = ce.update(collection.exercises, exercise)
    else:
        exercise = ce.create(collection.exercises, "Wall push", origin="clinic",
                             photo_sources=[photos.load_photo(phone_jpeg(400, 300))])
    files["exercise"] = clinic / "exercises" / "wall-push.json"
    files["photo"] = clinic / "exercises" / exercise.photos[0]
    files["settings"] = collection.folders.settings_file
    collection.use_clinic_folder(clinic)
    return files


@pytest.mark.parametrize("mask, expected", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_new_files_follow_the_umask(tmp_path, mask, expected):
    with umask(mask):
        files = save_everything(tmp_path)
    assert {name: oct(mode(path)) for name, path in files.items()} == \
        {name: oct(expected) for name in files}


def test_a_replaced_file_keeps_its_mode(tmp_path):
    with umask(0o022):
        files = save_everything(tmp_path)
        for path in files.values():
            os.chmod(path, 0o640)
        again = save_everything(tmp_path, again=True)
    for name in ("handout", "export", "template", "exercise", "settings"):
        assert mode(again[name]) == 0o640, name


def test_the_temp_file_is_owner_only_while_it_is_written(tmp_path, monkeypatch):
    seen = []
    real_replace = os.replace

    def spy(source, target):
        seen.append(mode(Path(source)))
        return real_replace(source, target)

    with umask(0o002):
        monkeypatch.setattr(os, "replace", spy)
        fd_modes = []
        real_fchmod = os.fchmod

        def fchmod_spy(fd, new_mode):
            fd_modes.append(stat.S_IMODE(os.fstat(fd).st_mode))
            return real_fchmod(fd, new_mode)
        monkeypatch.setattr(os, "fchmod", fchmod_spy)
        safe_io.write_atomic(tmp_path / "a.json", b"{}")
    assert fd_modes == [0o600]  # while the bytes were going in
    assert seen == [0o664]      # given its final mode just before the swap


# ------------------------------------------------------------------ two user accounts

TWO_USERS = r'''
import io, json, os, sys
from pathlib import Path
from PIL import Image
from handout import custom_exercises as ce, photos, storage
from handout.collection import Collection
from handout.errors import ConflictError
from handout.model import Handout

base = Path(sys.argv[1])
clinic = base / "clinic"
GROUP, ALICE, BOB = 4200, 4201, 4202
buffer = io.BytesIO()
Image.effect_noise((300, 200), 40).convert("RGB").save(buffer, "PNG")
PICTURE = photos.load_photo(buffer.getvalue())


def alice_shares():
    owner = Collection()
    handout = Handout(title="Hip plan", items=[owner.exercises.new_item("clamshell")])
    owner.templates.save_as_template(handout, "Hip plan", origin="clinic")
    ce.create(owner.exercises, "Wall push", origin="clinic", photo_sources=[PICTURE],
              steps=["Alice's step"])
    (clinic / "exports").mkdir(exist_ok=True)
    storage.atomic_write(clinic / "exports" / "hip.pdf", owner.render(handout))
    return sorted(str(p.relative_to(clinic)) for p in clinic.rglob("*") if p.is_file())


def bob_edits():
    owner = Collection()
    template = owner.templates.get("clinic:hip-plan")
    exercise = owner.exercises.get("wall-push")
    pdf = (clinic / "exports" / "hip.pdf").read_bytes()
    rendered = owner.render(Handout(items=[owner.exercises.new_item("wall-push")]))
    template.handout.title = "Hip plan (Bob)"
    owner.templates.save(template)
    exercise.steps = ["Bob's step"]
    ce.update(owner.exercises, exercise)
    return {"read_pdf": pdf.startswith(b"%PDF"), "photo_embedded": b"/Subtype /Image" in rendered}


def alice_again():
    owner = Collection()
    template = owner.templates.get("clinic:hip-plan")
    exercise = owner.exercises.get("wall-push")
    template.handout.title = "Hip plan (Alice again)"
    owner.templates.save(template)
    ce.delete(owner.exercises, exercise)
    return {"title_seen": template.name, "steps_seen": exercise.steps}


def as_user(uid, name, work):
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        try:
            os.setgroups([])
            os.setgid(GROUP)
            os.setuid(uid)
            os.umask(0o002)
            home = base / name
            os.environ.update(HANDOUT_HOME=str(home), HANDOUT_CLINIC_DIR=str(clinic),
                              HOME=str(home), USER=name, LOGNAME=name)
            answer = {"ok": work()}
        except BaseException as error:
            answer = {"error": f"{type(error).__name__}: {error}"}
        os.write(write, json.dumps(answer).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        answer = json.loads(pipe.read() or '{"error": "no answer"}')
    os.waitpid(pid, 0)
    return answer


# Everything is imported and run once as root first: the accounts below cannot
# read the interpreter's own folder, only what they are given.
warm = base / "warm"
os.environ.update(HANDOUT_HOME=str(warm / "home"), HANDOUT_CLINIC_DIR=str(warm / "clinic"))
(warm / "clinic" / "templates").mkdir(parents=True)
(warm / "clinic" / "exercises").mkdir()
saved_clinic, clinic = clinic, warm / "clinic"
alice_shares(); bob_edits(); alice_again()
clinic = saved_clinic

results = {"alice": as_user(ALICE, "alice", alice_shares),
           "bob": as_user(BOB, "bob", bob_edits),
           "alice_again": as_user(ALICE, "alice", alice_again)}
results["files"] = {str(p.relative_to(clinic)): [oct(p.stat().st_mode & 0o777), p.stat().st_uid]
                    for p in clinic.rglob("*") if p.is_file()}
print(json.dumps(results))
'''


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="needs root, to act as two user accounts sharing one clinic "
                           "folder (CI runs it as root)")
def test_the_clinic_folder_works_across_two_user_accounts():
    base = Path(tempfile.mkdtemp(prefix="handout-two-users-"))
    try:
        os.chmod(base, 0o755)
        clinic = make_clinic_folder(base / "clinic")
        for folder in (clinic, clinic / "templates", clinic / "exercises"):
            os.chown(folder, 0, 4200)
            os.chmod(folder, 0o2775)  # a shared group folder, as a clinic sets one up
        for uid, name in ((4201, "alice"), (4202, "bob")):
            (base / name).mkdir()
            os.chown(base / name, uid, 4200)
            os.chmod(base / name, 0o700)
        done = subprocess.run([sys.executable, "-c", TWO_USERS, str(base)], cwd=ROOT,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        results = json.loads(done.stdout.strip().splitlines()[-1])
        assert "ok" in results["alice"], results["alice"]
        assert results["bob"] == {"ok": {"read_pdf": True, "photo_embedded": True}}, \
            results["bob"]
        assert results["alice_again"] == {"ok": {"title_seen": "Hip plan",
                                                 "steps_seen": ["Bob's step"]}}
        files = results["files"]
        assert files["exports/hip.pdf"] == ["0o664", 4201]  # Alice's export, readable
        assert files["templates/hip-plan.json"] == ["0o664", 4201]  # last saved by Alice
        assert not any(name.endswith((".lock", ".tmp")) for name in files)
        assert not (clinic / "exercises" / "wall-push.json").exists()  # Alice deleted Bob's
    finally:
        import shutil
        shutil.rmtree(base, ignore_errors=True)
