"""Built figures: the 2-D vector drawings `python -m handout figures build` made from the body.

Pure Python (no numpy): this is what the app and the PDF export read at run
time; they never touch the mesh. A built figure is one small JSON file per
exercise in `assets/figures/`, found through `index.json` by the hash of the
exercise's figure definition, so a copy of a library exercise (a clinic's own
version) finds the same picture. The index also keeps the hashes of earlier
definitions of each exercise ("earlier": the old stick-figure illustrations and
body figures since improved), so a copy made from an older library still finds
that exercise's current picture.

File format (`"format": "handout-figure"`, `"version": 1`):

    {"format": "handout-figure", "version": 1, "engine": "2:<hash of the engine>",
     "source": "<sha256 of the definition>", "exercise": "clamshell",
     "side": "right", "size": [W, H],
     "panels": [{"box": [x, y, w, h], "start": false,
                 "layers": [[role, path], ...]}, ...]}

Coordinates are integers in figure units, y up, the origin at the bottom left
of the whole figure (all panels); `size` is the figure's extent (its longer
side is `UNITS` units, whatever the pose). `path` is a compact SVG-like path:
`M x y` starts a subpath (absolute), `m dx dy` starts one relative to the
current point, `c` six relative numbers (a cubic Bezier), `l` two (a line),
`z` closes the subpath. Roles, in drawing order, are listed in `ROLES`; a
backend maps each to a fill, a stroke and a weight (see `ROLE_STYLE`).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .. import paths

FORMAT = "handout-figure"
VERSION = 1
INDEX_FORMAT = "handout-figure-index"
# Bump when the meaning of the output changes. Any change to the engine's code,
# the body asset or the definition vocabulary also makes every figure stale, by
# itself: see `engine_stamp`. That includes `engine/scene.py`'s POSE_VERSION
# (scene.py is hashed whole; a test bumps it in a copy and checks the stamp).
ENGINE_VERSION = 2
UNITS = 4000
# What a built figure depends on besides its definition (paths from the package).
_ENGINE_SOURCES = ("figures/engine/*.py", "figures/body_format.py", "figures/vocabulary.py")

# role -> (fill role or None, stroke role or None, stroke weight in outline units,
#          even-odd fill, dashed).
ROLE_STYLE: dict[str, tuple[str | None, str | None, float, bool, bool]] = {
    "floor": (None, "floor-line", 0.7, False, False),
    "prop-fill": ("prop-fill", None, 0.0, True, False),
    "ghost-fill": ("ghost-fill", None, 0.0, True, False),
    "ghost-line": (None, "ghost-line", 0.75, False, True),
    "body-fill": ("body-fill", None, 0.0, True, False),
    "prop-line": (None, "prop-line", 0.62, False, False),
    "inner": (None, "inner-line", 0.62, False, False),
    "outline": (None, "outline-line", 1.0, False, False),
    "arrow": (None, "accent", 2.3, False, False),
    "arrow-head": ("accent", None, 0.0, False, False),
    "symbol": (None, "accent", 1.2, False, False),
    "symbol-fill": ("accent", None, 0.0, False, False),
}
ROLES = tuple(ROLE_STYLE)


@dataclass(frozen=True)
class Layer:
    role: str
    ops: tuple[tuple, ...]  # ("M", x, y) | ("C", x1, y1, x2, y2, x, y) | ("L", x, y) | ("Z",)


@dataclass(frozen=True)
class Panel:
    box: tuple[float, float, float, float]
    layers: tuple[Layer, ...]


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: cheap cache keys
class BuiltFigure:
    exercise: str
    source: str
    engine: str
    side: str
    width: float
    height: float
    panels: tuple[Panel, ...]

    @property
    def aspect(self) -> float:
        return self.width / self.height if self.height else 1.0


def definition_hash(definition: dict) -> str:
    """The hash of a figure definition: the same for any copy, whatever its key order."""
    return _key(definition)


def figures_folder() -> Path:
    return paths.ASSETS / "figures"


@functools.lru_cache(maxsize=1)
def engine_stamp() -> str:
    """The engine a figure was built with: the version and a hash of everything the
    drawing depends on (engine code, the body asset, the vocabulary). A figure
    whose stamp differs is stale, so editing the engine without rebuilding the
    figures fails the staleness test. Line endings are ignored (a Windows checkout
    gives the same stamp)."""
    package = Path(__file__).resolve().parents[1]
    files = sorted({p for pattern in _ENGINE_SOURCES for p in package.glob(pattern)})
    files.append(paths.ASSETS / "body" / "body.npz")
    digest = hashlib.sha256()
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            data = b""
        if path.suffix == ".py":
            data = data.replace(b"\r\n", b"\n")
        digest.update(path.name.encode("utf-8") + b"\0" + data + b"\0")
    return f"{ENGINE_VERSION}:{digest.hexdigest()[:16]}"


# ------------------------------------------------------------------ encoding

def encode_path(subpaths: list[tuple[list[tuple], bool]]) -> str:
    """Subpaths of absolute integer ops -> the compact relative path text.

    Each subpath is (ops, closed) with ops ("M", x, y), ("L", x, y) or
    ("C", x1, y1, x2, y2, x, y) in integers.
    """
    out: list[str] = []
    cx = cy = None
    for ops, closed in subpaths:
        for op in ops:
            kind = op[0]
            if kind == "M":
                if cx is None:
                    out.append(f"M{op[1]} {op[2]}")
                else:
                    out.append("m" + _numbers((op[1] - cx, op[2] - cy)))
                cx, cy = op[1], op[2]
            elif kind == "L":
                out.append("l" + _numbers((op[1] - cx, op[2] - cy)))
                cx, cy = op[1], op[2]
            else:
                x1, y1, x2, y2, x, y = op[1:]
                out.append("c" + _numbers((x1 - cx, y1 - cy, x2 - cx, y2 - cy, x - cx, y - cy)))
                cx, cy = x, y
        if closed:
            out.append("z")
            # After z the current point is the subpath's start.
            cx, cy = ops[0][1], ops[0][2]
    return "".join(out)


def _numbers(values) -> str:
    text = ""
    for v in values:
        v = int(v)
        if text and v >= 0:
            text += " "
        text += str(v)
    return text


_TOKEN = re.compile(r"[MmLlCcZz]|-?\d+")


def decode_path(text: str) -> tuple[tuple, ...]:
    """The compact path text -> absolute ops (floats), as `Layer.ops`."""
    tokens = _TOKEN.findall(text)
    ops: list[tuple] = []
    i = 0
    cx = cy = 0.0
    sx = sy = 0.0
    n = len(tokens)
    while i < n:
        kind = tokens[i]
        i += 1
        if kind == "M" or kind == "m":
            x, y = float(tokens[i]), float(tokens[i + 1])
            i += 2
            if kind == "m":
                x, y = cx + x, cy + y
            ops.append(("M", x, y))
            cx, cy = sx, sy = x, y
        elif kind == "l":
            cx, cy = cx + float(tokens[i]), cy + float(tokens[i + 1])
            i += 2
            ops.append(("L", cx, cy))
        elif kind == "c":
            v = [float(t) for t in tokens[i:i + 6]]
            i += 6
            ops.append(("C", cx + v[0], cy + v[1], cx + v[2], cy + v[3], cx + v[4], cy + v[5]))
            cx, cy = cx + v[4], cy + v[5]
        elif kind in "zZ":
            ops.append(("Z",))
            cx, cy = sx, sy
        else:
            raise ValueError(f"unexpected {kind!r} in a figure path")
    return tuple(ops)


# ------------------------------------------------------------------ loading

def parse_figure(data: dict) -> BuiltFigure:
    """A built figure from its JSON data; ValueError when it is not one."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a built figure")
    if data.get("version") != VERSION:
        raise ValueError(f"built figure version {data.get('version')!r} is not {VERSION}")
    width, height = (float(v) for v in data["size"])
    panels = []
    for panel in data["panels"]:
        layers = tuple(Layer(role, decode_path(text)) for role, text in panel["layers"]
                       if role in ROLE_STYLE)
        panels.append(Panel(tuple(float(v) for v in panel["box"]), layers))
    return BuiltFigure(str(data.get("exercise", "")), str(data["source"]),
                       str(data.get("engine", "")), str(data.get("side", "right")),
                       width, height, tuple(panels))


@functools.lru_cache(maxsize=4)
def _index(folder: str) -> tuple[dict[str, str], dict[str, str]]:
    """(current, earlier): definition hash -> file, for the definitions each figure was
    built from and for earlier definitions of the same exercises."""
    path = Path(folder) / "index.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, {}
    if not isinstance(data, dict) or data.get("format") != INDEX_FORMAT:
        return {}, {}
    return _names(data.get("figures")), _names(data.get("earlier"))


def _names(table: object) -> dict[str, str]:
    return {k: v for k, v in table.items() if isinstance(v, str)} if isinstance(table, dict) \
        else {}


def read_index(folder: Path | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """The index as (current, earlier) tables, read from the file now (not cached)."""
    current, earlier = _index.__wrapped__(str(folder or figures_folder()))
    return dict(current), dict(earlier)


@functools.lru_cache(maxsize=512)
def _load(folder: str, name: str, source: str) -> BuiltFigure | None:
    try:
        data = json.loads((Path(folder) / name).read_text(encoding="utf-8"))
        figure = parse_figure(data)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None  # a damaged asset draws a quiet frame, never a crash
    return figure if figure.source == source else None


def lookup(definition: object, folder: Path | None = None) -> BuiltFigure | None:
    """The built figure of a definition (by its hash), or None if none was built.

    A definition an exercise had before (its old stick-figure `illustration`, or a
    body figure since improved) finds that exercise's current figure: a custom
    exercise copied from it, or a handout saved with it, keeps its picture.
    """
    if not isinstance(definition, dict):
        return None
    key = _key(definition)
    where = str(folder or figures_folder())
    current, earlier = _index(where)
    name = current.get(key)
    if name:
        return _load(where, name, key)
    name = earlier.get(key)
    if not name:
        return None
    # Only the figure that file holds now, and only if the index lists it as current.
    figure = next((_load(where, name, k) for k, n in current.items() if n == name), None)
    return figure


@functools.lru_cache(maxsize=1024)
def _key_of_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _key(definition: dict) -> str:
    return _key_of_text(json.dumps(definition, sort_keys=True, separators=(",", ":"),
                                   ensure_ascii=False))


def clear_cache() -> None:
    """Forget loaded figures (after a build wrote new ones)."""
    _index.cache_clear()
    _load.cache_clear()


# ------------------------------------------------------------------ placing

def fit(figure: BuiltFigure, width: float, height: float) -> tuple[float, float, float]:
    """Scale and offset that centre the figure in a width x height box (y up)."""
    scale = min(width / figure.width, height / figure.height)
    return scale, (width - figure.width * scale) / 2, (height - figure.height * scale) / 2


def placed_ops(ops: tuple[tuple, ...], scale: float, ox: float, oy: float,
               mirror_axis: float | None = None) -> list[tuple]:
    """Ops moved into a box: scaled and offset, and reflected exactly about the
    vertical line x = `mirror_axis` (figure units) for the other side."""
    def x_of(x: float) -> float:
        return ox + ((2 * mirror_axis - x) if mirror_axis is not None else x) * scale

    out: list[tuple] = []
    for op in ops:
        kind = op[0]
        if kind in ("M", "L"):
            out.append((kind, x_of(op[1]), oy + op[2] * scale))
        elif kind == "C":
            out.append(("C", x_of(op[1]), oy + op[2] * scale, x_of(op[3]), oy + op[4] * scale,
                        x_of(op[5]), oy + op[6] * scale))
        else:
            out.append(op)
    return out


def panel_alone(figure: BuiltFigure, index: int) -> BuiltFigure:
    """One panel of a figure as a figure of its own (moved to the origin): for a
    thumbnail (the end position) or a review sheet (panels side by side)."""
    panel = figure.panels[index]
    x, y, w, h = panel.box

    def moved(op: tuple) -> tuple:
        if op[0] == "Z":
            return op
        return (op[0], *[v - (x if i % 2 == 0 else y) for i, v in enumerate(op[1:])])

    layers = tuple(Layer(layer.role, tuple(moved(op) for op in layer.ops))
                   for layer in panel.layers)
    return BuiltFigure(figure.exercise, figure.source, figure.engine, figure.side, w, h,
                       (Panel((0.0, 0.0, w, h), layers),))


def mirror_axis(panel: Panel) -> float:
    """The vertical centre line of a panel: each panel is reflected in place, so
    the start still comes first when the figure is drawn for the other side."""
    return panel.box[0] + panel.box[2] / 2
