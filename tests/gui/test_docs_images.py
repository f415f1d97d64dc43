"""`python -m docs.images` redraws every picture the README and docs show, from bundled data."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PIL import Image

from handout import model

ROOT = Path(__file__).resolve().parents[2]
BLUE = (31, 95, 139)  # the demo clinic's colour (docs/demo/clinic.json)


def near(colour, target, tolerance=12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, target))


def blue_pixels(path: Path) -> int:
    image = Image.open(path).convert("RGB")
    return sum(count for count, colour in image.getcolors(1 << 24) if near(colour, BLUE))


def test_one_command_draws_every_picture(tmp_path):
    committed = {p: p.stat().st_mtime_ns for p in (ROOT / "docs").rglob("*.png")}
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANDOUT_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-m", "docs.images", "--out", str(tmp_path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    written = {Path(line.split(" ", 1)[1]).relative_to(tmp_path).as_posix()
               for line in done.stdout.splitlines() if line.startswith("wrote ")}
    pages = {f"layout-{layout}.png" for layout in model.LAYOUTS} | {"diary.png"}
    assert written == pages | {"screenshot-main-window.png", "demo/riverside-logo.png"}
    for name in pages:  # A4 at 70 dpi (a booklet's sheet is landscape), in the clinic's colours
        landscape = name == "layout-a5-booklet.png"
        assert Image.open(tmp_path / name).size == ((819, 579) if landscape else (579, 819))
        assert blue_pixels(tmp_path / name) > 500, name
    assert Image.open(tmp_path / "screenshot-main-window.png").size == (1400, 900)
    assert blue_pixels(tmp_path / "screenshot-main-window.png") > 500
    # Only the output folder was written: the committed pictures are untouched.
    assert {p: p.stat().st_mtime_ns for p in (ROOT / "docs").rglob("*.png")} == committed


def test_every_picture_the_readme_shows_is_in_docs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    linked = set(re.findall(r"\((docs/[^)]+\.png)\)", readme))
    assert "docs/screenshot-main-window.png" in linked and len(linked) >= 5
    for link in linked:
        assert (ROOT / link).is_file(), link
    assert "(docs/ARCHITECTURE.md)" in readme and (ROOT / "docs" / "ARCHITECTURE.md").is_file()
