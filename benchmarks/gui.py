"""Starting the app in a subprocess and reading what it reports, with a time limit."""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from . import data
from .common import REPO, Context


@dataclass
class Launch:
    seconds: float  # wall time from spawning to the marker line arriving
    line: str  # the marker line, without the marker
    # From wait4: counts the benchmark process the child was forked from as well,
    # so it is only an upper bound; the probe reports the app's own VmHWM.
    peak_rss_mb: float
    stderr: str


def launch(ctx: Context, args: list[str], marker: str, env: dict[str, str] | None = None,
           timeout: float = 30.0) -> Launch:
    """Run `python ARGS` from the repo root until it prints a line starting with `marker`."""
    env = env if env is not None else ctx.child_env()
    timeout = min(timeout, ctx.time_left())
    if timeout <= 1:
        raise TimeoutError("out of time: the whole run must end within its budget")
    stderr_path = ctx.work / f"stderr-{time.monotonic_ns()}.txt"
    with open(stderr_path, "wb") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen([ctx.python, *args], cwd=REPO, env=env,
                                   stdout=subprocess.PIPE, stderr=stderr,
                                   stdin=subprocess.DEVNULL)
        found: str | None = None
        arrived = 0.0
        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        buffer = b""
        deadline = started + timeout
        try:
            while found is None and time.perf_counter() < deadline:
                if not selector.select(timeout=max(0.0, deadline - time.perf_counter())):
                    continue
                chunk = os.read(process.stdout.fileno(), 65536)
                if not chunk:
                    break  # the child closed its output (it ended)
                buffer += chunk
                while b"\n" in buffer and found is None:
                    line, buffer = buffer.split(b"\n", 1)
                    text = line.decode("utf-8", "replace").strip()
                    if text.startswith(marker):
                        arrived = time.perf_counter()
                        found = text[len(marker):]
        finally:
            selector.close()
            # Reap it with wait4 (never poll(), which would lose its resource usage):
            # give it a moment to end by itself, then stop it.
            try:
                _, _status, usage = _wait4(process, 20.0 if found is not None else 0.5)
            except TimeoutError:
                process.kill()
                _, _status, usage = _wait4(process, 10.0)
            process.stdout.close()
    errors = stderr_path.read_text(encoding="utf-8", errors="replace")
    if found is None:
        last = [line for line in errors.strip().splitlines() if line.strip()][-3:]
        raise RuntimeError(f"`python {' '.join(args[:2])}` did not report "
                           f"(exit {process.returncode}): {' / '.join(last) or 'no output'}")
    return Launch(arrived - started, found, usage.ru_maxrss / 1024, errors)


def _wait4(process: subprocess.Popen, timeout: float):
    """Reap the child with its resource usage (peak RSS), within `timeout` seconds."""
    deadline = time.perf_counter() + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return pid, status, usage
        if time.perf_counter() > deadline:
            raise TimeoutError
        time.sleep(0.01)


def fresh_home(ctx: Context, name: str) -> dict[str, str]:
    """A child environment with its own empty user folder (no settings, no recovery)."""
    home = ctx.work / "homes" / f"{name}-{time.monotonic_ns()}"
    home.mkdir(parents=True)
    env = ctx.child_env()
    env["HANDOUT_HOME"] = str(home)
    return env


def handout_file(ctx: Context, count: int) -> Path:
    """A saved patient handout with `count` exercises from the bundled library."""
    from handout import storage
    from handout.library import ExerciseLibrary

    path = ctx.work / "handouts" / f"patient-{count}.json"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        storage.save_handout(data.handout_from(ExerciseLibrary().all(), count), path)
    return path


def probe(ctx: Context, mode: str, path: Path | str, *extra: str, timeout: float = 30.0,
          exercises: Path | None = None):
    """Run `benchmarks.probe`; (Launch, its JSON result).

    `exercises`: a folder of exercise files to give the app as the user's own.
    """
    env = fresh_home(ctx, mode)
    if exercises is not None:
        (Path(env["HANDOUT_HOME"]) / "exercises").symlink_to(exercises, target_is_directory=True)
    result = launch(ctx, ["-m", "benchmarks.probe", mode, str(path), *extra], "probe=",
                    env=env, timeout=timeout)
    payload = json.loads(result.line)
    if "error" in payload:
        raise RuntimeError(f"probe {mode}: {payload['error']}")
    return result, payload
