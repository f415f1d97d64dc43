"""Reading and writing files safely: folder boundaries, atomic writes, clinic-folder locks.

Reading (`read_bytes`): the path is resolved (symlinks followed) and, when a
root folder is given, must still lie inside it; then it is opened without
blocking (a FIFO named like a template answers at once instead of hanging),
checked to be a regular file (a link to `/dev/zero` is refused, never read)
and its size checked against the cap before a byte is read; at most the cap
is ever read.

Writing (`write_atomic`): the bytes go to a temporary file in the same folder,
named `.<name>.<host>-<pid>.<random>.tmp`, created owner-only while it is
written and fsynced, then given its final mode and swapped in with
`os.replace`, so readers see the old file or the new one, never half of one.
The final mode is that of the file replaced, or for a new file what the
user's umask allows (0644 with the usual 022, 0664 with a clinic's 002), so a
colleague's account can read what was shared.

Shared folders (`FolderLock`, `replace_checked`): a save into the clinic
folder (a network drive: SMB and NFS ignore advisory locks) first takes a
lock file `.<name>.lock` next to the target, made by an exclusive hard link
(atomic on NFS; an `O_EXCL` create where links are not supported), holding
its owner (user, computer, process) and the time. With the lock held, the
file on disk is compared with the version the edit started from; a
difference raises `ConflictError` instead of overwriting a colleague's work.
A lock whose process is gone (same computer) or older than `STALE_SECONDS`
is recovered; a live one is waited for, briefly, then reported.

Litter (`sweep`): temp files and lock files the app left behind when it was
killed mid-write are removed at the next start, by exact name pattern, only
regular files, only in the app's own folders, and only when their process is
gone or they are older than an hour.
"""

from __future__ import annotations

import datetime as _dt
import errno
import getpass
import hashlib
import os
import random
import re
import shutil
import socket
import stat
import sys
import threading
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .errors import ConflictError, StorageError

MB = 1_000_000
STALE_SECONDS = 120.0   # a save holds its lock for milliseconds
LOCK_WAIT_SECONDS = 8.0
LEFTOVER_SECONDS = 3600.0  # another computer's temp file this old is litter
_CHUNK = 1 << 20

try:
    HOSTNAME = socket.gethostname() or "this computer"
except OSError:  # pragma: no cover - a broken resolver
    HOSTNAME = "this computer"
# In temp names: which computer wrote it, without spelling out its name.
HOST_TAG = hashlib.sha256(HOSTNAME.encode("utf-8", "replace")).hexdigest()[:8]
_TEMP = re.compile(r"^\.(?P<stem>.{1,100})\.(?P<host>[0-9a-f]{8})-(?P<pid>\d{1,10})"
                   r"\.(?P<rand>[a-z0-9]{8})\.tmp$", re.DOTALL)
# What `tempfile.mkstemp(prefix=".<name>.", suffix=".tmp")` made before this module.
_OLD_TEMP = re.compile(r"^\.(?P<stem>.{1,255})\.(?P<rand>[a-z0-9_]{8})\.tmp$", re.DOTALL)
_LOCK = re.compile(r"^\.(?P<stem>.{1,200})\.lock$", re.DOTALL)
_rng = random.Random()


# ------------------------------------------------------------------ reading

def resolve_inside(path: str | Path, root: str | Path | None,
                   what: str = "the library folder") -> Path:
    """`path` with every symlink resolved; it must lie inside `root` (when given)."""
    if root is not None:
        # A plain file in a folder found inside `root` a moment ago: no links to follow.
        folder = os.path.dirname(os.fspath(path))
        checked = _CHECKED.get((folder, os.fspath(root)))
        if checked is not None and time.monotonic() - checked < 1.0:
            try:
                if not stat.S_ISLNK(os.lstat(path).st_mode):
                    return Path(path)
            except (OSError, ValueError):
                pass
    try:
        real = Path(os.path.realpath(path))
    except (OSError, ValueError) as error:
        raise StorageError(f"cannot be looked up ({_why(error)})", path=path) from None
    if root is not None and not is_inside(real, root):
        raise StorageError(f"leads outside {what} (a link to another place); it was not "
                           "used", path=path)
    return real


def is_inside(path: str | Path, root: str | Path) -> bool:
    """True when the real `path` is `root` or inside it (both resolved)."""
    try:
        real = os.path.realpath(path)
        base = _real_root(os.fspath(root))
    except (OSError, ValueError):
        return False
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


_ROOTS: dict[str, tuple[float, str]] = {}
# Folders just found inside a root by `list_files`: (folder, root) -> when.
_CHECKED: dict[tuple[str, str], float] = {}


def _real_root(root: str) -> str:
    """The resolved root folder, remembered for a second (roots are looked up per file)."""
    now = time.monotonic()
    known = _ROOTS.get(root)
    if known is not None and now - known[0] < 1.0:
        return known[1]
    real = os.path.realpath(root)
    if len(_ROOTS) > 64:
        _ROOTS.clear()
    _ROOTS[root] = (now, real)
    return real


def read_bytes(path: str | Path, limit: int, root: str | Path | None = None,
               what: str = "the library folder") -> bytes:
    """The bytes of a regular file of at most `limit` bytes, inside `root` if given.

    Raises `StorageError` naming the file for anything else (missing, a folder,
    a pipe or device, too large, outside `root`, unreadable).
    """
    real = resolve_inside(path, root, what)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | \
        getattr(os, "O_NOCTTY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(real, flags)
    except FileNotFoundError:
        raise StorageError("no such file", path=path) from None
    except IsADirectoryError:
        raise StorageError("is a folder, not a file", path=path) from None
    except PermissionError:
        if os.path.isdir(real):
            raise StorageError("is a folder, not a file", path=path) from None
        raise StorageError("permission denied; check that you may read this file",
                           path=path) from None
    except OSError as error:
        raise StorageError(f"cannot be read ({_why(error)})", path=path) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise StorageError("is a folder, not a file", path=path)
        if not stat.S_ISREG(info.st_mode):
            raise StorageError("is not an ordinary file (a device, pipe or socket); it "
                               "was not read", path=path)
        if info.st_size > limit:
            raise StorageError(f"is too large ({_size(info.st_size)}; at most "
                               f"{_size(limit)} for this kind of file)", path=path)
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise StorageError(f"is too large (it grew past {_size(limit)} while "
                                   "being read)", path=path)
        return b"".join(chunks)
    except BlockingIOError:
        raise StorageError("cannot be read right now (it is busy)", path=path) from None
    except OSError as error:
        raise StorageError(f"cannot be read ({_why(error)})", path=path) from None
    finally:
        os.close(fd)


def is_regular_file(path: str | Path, root: str | Path | None = None) -> bool:
    """True for a regular file (after resolving links) inside `root`, never raising."""
    try:
        if root is not None and not is_inside(path, root):
            return False
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def list_files(folder: str | Path, suffix: str, root: str | Path | None = None
               ) -> tuple[list[Path], str | None]:
    """The entries of `folder` named `*<suffix>`, sorted, without hidden ones; and an
    error message if the folder could not be listed (a missing folder is no error).

    The folder itself must resolve inside `root`. Entries are returned whatever
    they are (the reader refuses links out and non-files, naming them).
    """
    folder = Path(folder)
    try:
        if not folder.is_dir():
            return [], None
    except OSError as error:
        return [], _why(error)
    if root is not None:
        if not is_inside(folder, root):
            return [], "it leads outside the library folder (a link to another place)"
        if len(_CHECKED) > 256:
            _CHECKED.clear()
        _CHECKED[(os.fspath(folder), os.fspath(root))] = time.monotonic()
    try:
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries
                           if e.name.endswith(suffix) and not e.name.startswith("."))
    except OSError as error:
        return [], _why(error)
    return [folder / name for name in names], None


# ------------------------------------------------------------------ writing

def _umask() -> int:
    """The process umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", "rb") as status:
            for line in status:
                if line.startswith(b"Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


_UMASK_LOCK = threading.Lock()


def new_file_mode() -> int:
    """The mode a new file gets: what the user's umask allows of rw-rw-rw-."""
    return 0o666 & ~_umask()


def temp_name(name: str) -> str:
    """The name of the temp file for writing `name`: ours by pattern, unique, short."""
    stem = name[:100]
    rand = "".join(_rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))
    return f".{stem}.{HOST_TAG}-{os.getpid()}.{rand}.tmp"


def ensure_folder(folder: str | Path, root: str | Path | None = None,
                  what: str = "the library folder") -> Path:
    """Create `folder` (and parents) if needed; it must resolve inside `root`."""
    folder = Path(folder)
    outside = StorageError(f"leads outside {what} (a link to another place); nothing was "
                           "saved there", path=folder)
    try:
        if root is not None:
            Path(root).mkdir(parents=True, exist_ok=True)
            if not _creatable_inside(folder, root):
                raise outside
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise StorageError("is a file, not a folder; nothing could be saved in it",
                           path=folder) from None
    except StorageError:
        raise
    except OSError as error:
        raise StorageError(f"cannot create the folder ({_why(error)})", path=folder) from None
    if root is not None and not is_inside(folder, root):
        raise outside
    return folder


def _creatable_inside(folder: Path, root: str | Path) -> bool:
    """True when the nearest existing parent of `folder` lies inside `root`."""
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    return is_inside(probe, root)


def write_atomic(path: str | Path, data: bytes, root: str | Path | None = None,
                 what: str = "the library folder") -> Path:
    """Write `data` to `path` atomically; a failure leaves the old file (or none) intact.

    `root`: the folder the target must stay inside (symlinked folders leading
    out of it are refused). A symlink at the target itself is replaced by the
    file, never written through.
    """
    path = Path(path)
    folder = ensure_folder(path.parent, root, what)
    target = folder / path.name
    mode = None
    existed = False
    try:
        info = os.lstat(target)
        existed = True
        if stat.S_ISREG(info.st_mode):
            mode = stat.S_IMODE(info.st_mode)
        elif stat.S_ISDIR(info.st_mode):
            raise StorageError("is a folder; choose a file name", path=path)
    except FileNotFoundError:
        pass
    except OSError:
        pass
    if mode is None:
        mode = new_file_mode()
    tmp = folder / temp_name(path.name)
    created = False
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
                     | getattr(os, "O_NOFOLLOW", 0), 0o600)
        created = True
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
        finally:
            os.close(fd)
        if not hasattr(os, "fchmod"):
            os.chmod(tmp, mode)
        os.replace(tmp, target)
        created = False
        _fsync_folder(folder)
    except StorageError:
        raise
    except PermissionError:
        raise StorageError("permission denied; choose a folder you may write to",
                           path=path) from None
    except OSError as error:
        # Speak of a previous version only when there was one to keep.
        kept = "the previous version is unchanged" if existed else "no file was written"
        raise StorageError(f"could not be saved ({_why(error)}); {kept}", path=path) from None
    finally:
        if created:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return target


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where not supported."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove(path: str | Path) -> None:
    """Delete one file by exact name (never a folder, never through a link's target)."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


# ------------------------------------------------------------------ locks

def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def lock_path(target: str | Path) -> Path:
    target = Path(target)
    return target.with_name(f".{target.name[:200]}.lock")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would end the process there
        import ctypes
        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return True
    return True


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name at all (a container): say so plainly
        return "someone"


class LockInfo:
    """Who holds a lock file, read back from it (missing fields are tolerated)."""

    def __init__(self, data: dict, age: float) -> None:
        body = data.get("lock") if isinstance(data, dict) else None
        body = body if isinstance(body, dict) else {}
        self.user = str(body.get("user", "someone"))[:80]
        self.host = str(body.get("host", ""))[:120]
        pid = body.get("pid")
        self.pid = pid if isinstance(pid, int) and not isinstance(pid, bool) else 0
        self.token = str(body.get("token", ""))
        self.age = age

    def stale(self) -> bool:
        if self.age > STALE_SECONDS:
            return True
        if not self.token:  # unreadable or empty: give a writer a moment, then recover
            return self.age > 5
        return self.host == HOSTNAME and not _pid_alive(self.pid)


def _read_lock(path: Path) -> LockInfo | None:
    from . import documents
    try:
        age = time.time() - os.lstat(path).st_mtime
        data = read_bytes(path, 64_000)
    except StorageError:
        return None if not os.path.lexists(path) else LockInfo({}, _age(path))
    except OSError:
        return None
    try:
        return LockInfo(documents.parse(data, "handout-lock", path), max(age, 0.0))
    except Exception:  # a damaged lock file is recovered like an abandoned one
        return LockInfo({}, max(age, 0.0))


def _age(path: Path) -> float:
    try:
        return max(time.time() - os.lstat(path).st_mtime, 0.0)
    except OSError:
        return 0.0


class FolderLock:
    """An exclusive lock on one file of a shared folder, held as `.<name>.lock`."""

    def __init__(self, target: str | Path, wait: float = LOCK_WAIT_SECONDS,
                 label: str = "") -> None:
        self.target = Path(target)
        self.path = lock_path(self.target)
        self.wait = wait
        self.label = label or self.target.name
        self.token = uuid.uuid4().hex
        self.held = False

    def _content(self) -> bytes:
        from . import documents
        return documents.dumps(documents.document("handout-lock", {
            "user": _user(), "host": HOSTNAME, "pid": os.getpid(),
            "time": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "token": self.token}))

    def _try_create(self) -> bool:
        """One attempt: True when the lock is now ours, False when someone holds it."""
        folder = self.path.parent
        tmp = folder / temp_name(self.path.name)
        data = self._content()
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o666)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            try:
                os.link(tmp, self.path)  # atomic and exclusive, NFS included
                return True
            except FileExistsError:
                return False
            except OSError as error:
                if error.errno == errno.EEXIST:
                    return False
                try:  # NFS may lose the reply of a link that worked
                    if os.stat(tmp).st_nlink == 2:
                        return True
                except OSError:
                    pass
                # No hard links here (FAT, some SMB servers): an exclusive create.
                try:
                    fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL |
                                 getattr(os, "O_BINARY", 0), 0o666)
                except FileExistsError:
                    return False
                try:
                    os.write(fd, data)
                    os.fsync(fd)
                finally:
                    os.close(fd)
                return True
        finally:
            try:
                os.unlink(tmp)
            except OSError:
                pass

    def _break(self, seen: LockInfo) -> None:
        """Move an abandoned lock aside, making sure it is the one judged abandoned."""
        aside = self.path.parent / temp_name(self.path.name)
        try:
            os.rename(self.path, aside)
        except OSError:
            return  # someone else recovered it first
        moved = _read_lock(aside)
        if moved is not None and moved.token != seen.token and seen.token:
            # A fresh lock was taken between the look and the move: put it back.
            try:
                os.link(aside, self.path)
            except OSError:
                pass
        try:
            os.unlink(aside)
        except OSError:
            pass

    def acquire(self) -> None:
        deadline = time.monotonic() + self.wait
        delay = 0.005
        while True:
            try:
                if self._try_create():
                    self.held = True
                    return
            except PermissionError:
                raise StorageError("permission denied; you may not save in this folder",
                                   path=self.target) from None
            except OSError as error:
                raise StorageError(f"cannot be locked for saving ({_why(error)})",
                                   path=self.target) from None
            holder = _read_lock(self.path)
            if holder is not None and holder.stale():
                self._break(holder)
                continue
            if time.monotonic() > deadline:
                who = f"{holder.user} on {holder.host}" if holder and holder.host else \
                    "someone else"
                raise ConflictError(f"\"{self.label}\" is being saved by {who} right now; "
                                    "try again in a moment")
            time.sleep(delay + _rng.random() * delay)
            delay = min(delay * 2, 0.1)

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        holder = _read_lock(self.path)
        if holder is not None and holder.token == self.token:
            try:
                os.unlink(self.path)
            except OSError:
                pass

    def __enter__(self) -> "FolderLock":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


@contextmanager
def locked(target: str | Path, label: str = "") -> Iterator[FolderLock]:
    """Hold the lock of `target` (in its own folder) for the `with` block."""
    lock = FolderLock(target, label=label)
    lock.acquire()
    try:
        yield lock
    finally:
        lock.release()


def current_digest(path: str | Path, limit: int, root: str | Path | None = None) -> str | None:
    """The sha256 of the file now on disk, or None when there is none."""
    try:
        if not os.path.lexists(path):
            return None
    except (OSError, ValueError):
        return None
    return digest(read_bytes(path, limit, root))


# ------------------------------------------------------------------ litter

def _leftover(name: str, path: Path, now: float) -> bool:
    """True when `name` is a temp or lock file of ours that nobody is using."""
    match = _TEMP.match(name)
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode):
        return False  # only ever plain files, never links or folders
    age = now - info.st_mtime
    if match is not None:
        if match.group("host") == HOST_TAG and not _pid_alive(int(match.group("pid"))):
            return True
        return age > LEFTOVER_SECONDS
    if _OLD_TEMP.match(name):
        return age > LEFTOVER_SECONDS
    if _LOCK.match(name):
        holder = _read_lock(path)
        return holder is not None and holder.stale()
    return False


def sweep(folders: list[Path], roots: list[Path] | None = None) -> list[Path]:
    """Remove the app's own leftover temp and lock files from `folders` (not recursive).

    Returns what was removed. A folder that cannot be listed is skipped.
    """
    removed: list[Path] = []
    now = time.time()
    for folder in folders:
        try:
            if roots is not None and not any(is_inside(folder, r) for r in roots):
                continue
            with os.scandir(folder) as entries:
                names = [e.name for e in entries if e.name.startswith(".")]
        except OSError:
            continue
        for name in names:
            path = Path(folder) / name
            if _leftover(name, path, now):
                try:
                    os.unlink(path)
                    removed.append(path)
                except OSError:
                    pass
    return removed


def remove_tree(folder: Path, root: Path) -> None:
    """Delete a folder the app made (a trash entry), only if it lies inside `root`."""
    if not is_inside(folder, root) or os.path.islink(folder):
        return
    shutil.rmtree(folder, ignore_errors=True)


# ------------------------------------------------------------------ messages

def _why(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return type(error).__name__


def _size(count: int) -> str:
    if count >= MB:
        return f"{count / MB:,.1f} MB"
    return f"{max(count, 0) // 1000:,} KB" if count >= 1000 else f"{count} bytes"
