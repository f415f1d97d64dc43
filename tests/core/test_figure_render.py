"""The line-art figures: the renderer, the built assets, and their use in the PDF.

Renderer tests pose the real body (the CC0 asset) with a few rigid moves made
here, so they do not depend on the pose half of the engine; the library
tests check every bundled exercise in the body format against its built file.
"""

from __future__ import annotations

import copy
import io
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")

from handout.figures import built  # noqa: E402
from handout.figures.engine import arrows as A  # noqa: E402
from handout.figures.engine import build as B  # noqa: E402
from handout.figures.engine import contours as C  # noqa: E402
from handout.figures.engine import curves  # noqa: E402
from handout.figures.engine import raster  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------ a test scene

@dataclass
class Prop:
    kind: str
    vertices: np.ndarray
    triangles: np.ndarray
    smooth: bool = False


@dataclass
class Scene:
    vertices: np.ndarray
    triangles: np.ndarray
    props: list
    landmarks: dict
    view: str = "side"
    contacts: dict = field(default_factory=dict)
    joints: dict = field(default_factory=dict)


def box(kind, x0, x1, y0, y1, z0, z1) -> Prop:
    v = np.array([[x, y, z] for x in (x0, x1) for y in (y0, y1) for z in (z0, z1)], float)
    faces = [(0, 1, 3, 2), (4, 6, 7, 5), (0, 4, 5, 1), (2, 3, 7, 6), (0, 2, 6, 4), (1, 5, 7, 3)]
    tris = [t for a, b, c, d in faces for t in ((a, b, c), (a, c, d))]
    return Prop(kind, v, np.array(tris))


def _rotation(axis, degrees):
    a = np.asarray(axis, float) / np.linalg.norm(axis)
    t = math.radians(degrees)
    k = np.array([[0, -a[2], a[1]], [a[2], 0, -a[0]], [-a[1], a[0], 0]])
    return np.eye(3) + math.sin(t) * k + (1 - math.cos(t)) * (k @ k)


def arm_raise_scenes(degrees=(0.0, 80.0), view="side", props=None):
    """The rest body standing on the floor; the right arm swung forward about the shoulder."""
    body = B._body()
    rest = body.vertices - np.array([0.0, body.vertices[:, 1].min(), 0.0])
    arm = [i for i, n in enumerate(body.bone_names)
           if n.endswith(".R") and n.startswith(("upperarm", "lowerarm", "wrist", "finger",
                                                 "metacarpal"))]
    moving = np.isin(body.dominant_bone, arm)
    shoulder = rest[moving][np.argmax(rest[moving, 1])]
    wrist = rest[np.isin(body.dominant_bone, [body.bone("wrist.R")])].mean(0)
    scenes = []
    for d in degrees:
        v = rest.copy()
        r = _rotation((1, 0, 0), -d)  # the rest frame's x is the body's left
        v[moving] = (v[moving] - shoulder) @ r.T + shoulder
        scenes.append(Scene(v, body.triangles, list(props or []),
                            {"hand": (wrist - shoulder) @ r.T + shoulder, "shoulder": shoulder},
                            view))
    return scenes


ARM_RAISE = {"posture": "standing", "view": "side", "moves": "hand", "pivot": "shoulder",
             "side": "right"}


@pytest.fixture
def scenes(monkeypatch):
    """Make the build draw the test scenes instead of posing a definition."""
    made = {}

    def fake(definition, exercise_id):
        return made.get(exercise_id) or arm_raise_scenes()
    monkeypatch.setattr(B, "_scenes", fake)
    monkeypatch.setattr(B, "is_body_definition", lambda d: "posture" in d)
    return made


@pytest.fixture
def drawn(scenes):
    data = B.draw_exercise(ARM_RAISE, "arm-raise")
    return built.parse_figure(json.loads(B.figure_bytes("arm-raise", ARM_RAISE, data)))


# ------------------------------------------------------------ renderer parts

def test_the_nearest_surface_wins_and_props_share_the_depth_buffer():
    # Two squares of two triangles: a far one (label 1) and a nearer one (label 2)
    # covering its right half.
    xy = np.array([[2, 2], [18, 2], [18, 18], [2, 18], [10, 0], [20, 0], [20, 20], [10, 20]],
                  float)
    z = np.array([50, 50, 50, 50, 10, 10, 10, 10], float)
    tris = np.array([[0, 1, 2], [0, 2, 3], [4, 5, 6], [4, 6, 7]])
    buf = raster.rasterize(xy, z, tris, np.array([1, 1, 2, 2]), 24, 24)
    assert buf.label[10, 5] == 1 and buf.label[10, 15] == 2
    assert buf.depth[10, 15] == pytest.approx(10) and buf.depth[10, 5] == pytest.approx(50)
    assert buf.label[22, 22] == raster.EMPTY and not np.isfinite(buf.depth[22, 22])


def test_traced_outlines_become_smooth_curves_within_a_fraction_of_a_pixel():
    t = np.linspace(0, 2 * math.pi, 400, endpoint=False)
    wobble = 0.35 * np.sin(t * 97)  # pixel-sized noise, as a traced mask has
    circle = np.stack([(60 + wobble) * np.cos(t), (60 + wobble) * np.sin(t)], 1)
    segments = curves.fit_curve(circle, True, tolerance=0.5)
    assert len(segments) <= 16  # a few long curves, not one per pixel
    assert curves.max_deviation(circle, segments) < 1.0
    # Joined smoothly: each segment leaves in the direction the previous one arrived.
    for (_, _, c2, p3), (p0, c1, _, _) in zip(segments, segments[1:] + segments[:1]):
        assert np.allclose(p3, p0, atol=1e-6)
        a, b = p3 - c2, c1 - p0
        assert np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)) > 0.99


def test_a_box_corner_stays_a_corner():
    square = np.array([[0, 0], [40, 0], [40, 40], [0, 40]], float)
    dense = C.densify(square, True, 1.0)[:-1]
    segments = curves.fit_curve(dense, True, tolerance=0.5)
    ends = np.array([s[3] for s in segments])
    for corner in square:
        assert np.min(np.linalg.norm(ends - corner, axis=1)) < 1.5


def test_region_loops_trace_a_mask_with_its_holes():
    y, x = np.mgrid[0:100, 0:100]
    ring = ((x - 50) ** 2 + (y - 50) ** 2 < 40 ** 2) & ((x - 50) ** 2 + (y - 50) ** 2 > 15 ** 2)
    loops = C.region_loops(ring, 10, 10)
    areas = sorted(C.loop_area(p) for p in loops)
    assert len(loops) == 2
    assert abs(areas[0]) == pytest.approx(math.pi * 15 ** 2, rel=0.08)
    assert abs(areas[1]) == pytest.approx(math.pi * 40 ** 2, rel=0.03)
    assert np.sign(areas[0]) != np.sign(areas[1])  # the hole winds the other way


# ------------------------------------------------------------ a built figure

def _bounds(ops):
    xs = [v for op in ops for v in op[1::2]]
    ys = [v for op in ops for v in op[2::2]]
    return min(xs), min(ys), max(xs), max(ys)


def _layers(figure, role):
    return [layer for panel in figure.panels for layer in panel.layers if layer.role == role]


def test_the_built_figure_fills_its_box_sensibly(drawn):
    assert len(drawn.panels) == 2  # start and end, both at full strength
    assert not _layers(drawn, "ghost-line")
    for panel in drawn.panels:
        x, y, w, h = panel.box
        ink = [layer for layer in panel.layers if layer.role == "outline"]
        x0, y0, x1, y1 = _bounds([op for layer in ink for op in layer.ops if op[0] != "Z"])
        assert x - 1 <= x0 and x1 <= x + w + 1 and y - 1 <= y0 and y1 <= y + h + 1
        # The body reaches across most of its panel the long way: no tiny figure.
        assert max((x1 - x0) / w, (y1 - y0) / h) > 0.85
    assert max(drawn.width, drawn.height) == built.UNITS


def _flatten(ops, steps=8):
    """Polygons (lists of points) of a path's subpaths, curves sampled."""
    polys, cur = [], []
    for op in ops:
        if op[0] == "M":
            if cur:
                polys.append(cur)
            cur = [op[1:3]]
        elif op[0] == "L":
            cur.append(op[1:3])
        elif op[0] == "C":
            p0 = cur[-1]
            for i in range(1, steps + 1):
                t = i / steps
                s = 1 - t
                cur.append(tuple(s ** 3 * p0[k] + 3 * s * s * t * op[1 + k]
                                 + 3 * s * t * t * op[3 + k] + t ** 3 * op[5 + k] for k in (0, 1)))
    if cur:
        polys.append(cur)
    return polys


def _inside(point, polys):
    """Even-odd point-in-polygon over every subpath."""
    x, y = point
    inside = False
    for poly in polys:
        for (x0, y0), (x1, y1) in zip(poly, poly[1:] + poly[:1]):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                inside = not inside
    return inside


def test_the_arrow_is_long_enough_and_beside_the_body_not_on_it(drawn):
    panel = drawn.panels[-1]
    arrow = [layer for layer in panel.layers if layer.role == "arrow"]
    assert arrow, "the end panel carries the arrow"
    points = [p for poly in _flatten(arrow[0].ops) for p in poly]
    length = sum(math.dist(a, b) for a, b in zip(points, points[1:]))
    size = math.sqrt(panel.box[2] * panel.box[3])
    assert length >= 0.8 * A.MIN_LENGTH_SHARE * size
    body = [p for layer in panel.layers if layer.role == "body-fill"
            for p in _flatten(layer.ops)]
    assert not [p for p in points if _inside(p, body)]
    assert not [layer for layer in drawn.panels[0].layers if layer.role == "arrow"]


def test_a_small_movement_is_one_panel_with_a_dashed_start(scenes):
    scenes["small"] = arm_raise_scenes((0.0, 6.0))
    figure = built.parse_figure(json.loads(B.figure_bytes(
        "small", ARM_RAISE, B.draw_exercise(ARM_RAISE, "small"))))
    assert len(figure.panels) == 1
    roles = [layer.role for layer in figure.panels[0].layers]
    assert "ghost-line" in roles and roles.index("ghost-line") < roles.index("outline")
    assert built.ROLE_STYLE["ghost-line"][4]  # dashed: "start" survives a photocopy


def test_a_prop_in_front_hides_the_body_and_has_its_own_lines(scenes):
    step = box("step", -400, 400, 0, 700, 150, 600)  # in front of the legs (+z is forward)
    scenes["behind"] = arm_raise_scenes(view="front", props=[step])
    data = B.draw_exercise({**ARM_RAISE, "view": "front"}, "behind")
    roles = [role for role, _ in data["panels"][0]["layers"]]
    assert "prop-fill" in roles and "prop-line" in roles
    figure = built.parse_figure(json.loads(B.figure_bytes("behind", ARM_RAISE, data)))
    # The body's outline stops at the step: no outline inside the step's face.
    panel = figure.panels[0]
    props = [p for layer in panel.layers if layer.role == "prop-fill" for p in _flatten(layer.ops)]
    outline = [p for layer in panel.layers if layer.role == "outline"
               for poly in _flatten(layer.ops) for p in poly]
    deep = [p for p in outline if _inside(p, props)
            and all(_inside((p[0] + dx, p[1] + dy), props)
                    for dx, dy in ((40, 0), (-40, 0), (0, 40), (0, -40)))]
    assert not deep


def test_the_build_output_is_deterministic_and_small(scenes):
    one = B.figure_bytes("arm-raise", ARM_RAISE, B.draw_exercise(ARM_RAISE, "arm-raise"))
    two = B.figure_bytes("arm-raise", ARM_RAISE, B.draw_exercise(ARM_RAISE, "arm-raise"))
    assert one == two
    assert len(one) / 2 < 12_000  # a few KB per panel
    head = json.loads(one)
    assert head["source"] == built.definition_hash(ARM_RAISE)
    assert head["engine"] == built.engine_stamp()


def test_paths_round_trip_through_the_compact_encoding():
    subpaths = [([("M", 10, 20), ("C", 15, 25, 30, -5, 40, 0), ("L", 0, 0)], True),
                ([("M", -7, 3), ("L", 9, 9)], False)]
    ops = built.decode_path(built.encode_path(subpaths))
    assert ops == (("M", 10, 20), ("C", 15, 25, 30, -5, 40, 0), ("L", 0, 0), ("Z",),
                   ("M", -7, 3), ("L", 9, 9))


def test_the_mirrored_figure_is_the_exact_reflection_panel_by_panel(drawn):
    width, height = 300.0, 300.0 / drawn.aspect
    scale, ox, oy = built.fit(drawn, width, height)
    for panel in drawn.panels:
        # Each panel is reflected about its own centre line: the start stays first.
        x, _, w, _ = panel.box
        left, right = ox + x * scale, ox + (x + w) * scale
        for layer in panel.layers:
            plain = built.placed_ops(layer.ops, scale, ox, oy)
            mirrored = built.placed_ops(layer.ops, scale, ox, oy, built.mirror_axis(panel))
            for a, b in zip(plain, mirrored):
                assert a[0] == b[0]
                for i in range(1, len(a), 2):
                    assert b[i] == pytest.approx(left + right - a[i], abs=1e-9)
                    assert b[i + 1] == a[i + 1]


def test_the_pdf_draws_the_other_side_with_each_panel_reflected_in_place(drawn):
    from handout.figures.reportlab_backend import built_pdf_operators

    plain = built_pdf_operators(drawn, 300.0, 200.0, False, "#2a7f8e").splitlines()
    other = built_pdf_operators(drawn, 300.0, 200.0, True, "#2a7f8e").splitlines()
    matrices = [line for line in other if line.endswith(" cm")]
    assert len(matrices) == len(drawn.panels) and all(m.startswith("-") for m in matrices)
    scale, ox, _ = built.fit(drawn, 300.0, 200.0)
    for matrix, panel in zip(matrices, drawn.panels):
        # x -> shift - scale * x maps the panel's left edge onto its right edge.
        shift = float(matrix.split()[4])
        x, _, w, _ = panel.box
        assert shift - scale * x == pytest.approx(ox + (x + w) * scale, abs=0.01)
    # Everything else (paths, colours, widths) is the same.
    assert [l for l in plain if not l.endswith(" cm")] == [l for l in other
                                                          if not l.endswith(" cm")]


# ------------------------------------------------------------ run time

@pytest.fixture
def library_of_one(tmp_path, monkeypatch, scenes):
    """A figures folder holding the built arm raise, used by the run-time lookup."""
    folder = tmp_path / "figures"
    B.build_figures([("arm-raise", ARM_RAISE)], folder, jobs=1)
    monkeypatch.setattr(built, "figures_folder", lambda: folder)
    built.clear_cache()
    yield folder
    built.clear_cache()


def test_a_copied_definition_finds_its_built_figure(library_of_one):
    from handout import figures

    copied = json.loads(json.dumps(dict(reversed(list(ARM_RAISE.items())))))
    assert figures.built_figure(copied) is not None
    changed = {**ARM_RAISE, "view": "front"}
    assert figures.built_figure(changed) is None
    assert figures.figure_aspect(copied) == pytest.approx(figures.built_figure(copied).aspect)


def test_a_stale_or_missing_file_is_never_served(library_of_one):
    path = library_of_one / "arm-raise.json"
    assert B.up_to_date(path, ARM_RAISE)
    assert not B.up_to_date(path, {**ARM_RAISE, "moves": "shoulder"})
    data = json.loads(path.read_text())
    data["engine"] = "1:an-older-engine"
    path.write_text(json.dumps(data))
    assert not B.up_to_date(path, ARM_RAISE)
    B.write_index([("arm-raise", ARM_RAISE)], library_of_one)
    built.clear_cache()
    assert built.lookup(ARM_RAISE) is None  # a failed rebuild never shows an old picture


def test_the_picture_box_follows_the_pose_and_two_panels_get_60_mm(library_of_one):
    from reportlab.lib.units import mm

    from handout.model import Dose, Exercise, Item
    from handout.pdf.blocks import _picture_column
    from handout.pdf.styles import make_look

    item = Item(exercise=Exercise(id="arm-raise", name="Arm raise", figure=ARM_RAISE),
                dose=Dose(sets=1, reps=5, side="right"))
    aspect = built.lookup(ARM_RAISE).aspect
    for layout, least in (("standard", 60 * mm), ("compact", 38 * mm), ("large-print", 80 * mm)):
        look = make_look(layout, "#2a7f8e", 180 * mm, 250 * mm)
        picture = _picture_column(item, look, look.metrics.figure_width)[0]
        assert picture.width >= least, layout
        assert picture.width / picture.height == pytest.approx(aspect, rel=0.01)


def test_an_exported_handout_draws_built_figures_as_vector_paths(library_of_one):
    from pypdf import PdfReader

    from handout.model import Dose, Exercise, Handout, Item
    from handout.pdf import render

    items = [Item(exercise=Exercise(id="arm-raise", name="Arm raise", steps=["Lift your arm."],
                                    figure=ARM_RAISE), dose=Dose(sets=1, reps=5,
                                                                       side=side))
             for side in ("right", "left")]
    reader = PdfReader(io.BytesIO(render(Handout(title="Figures", items=items))))
    content = b"".join(page.get_contents().get_data() for page in reader.pages)
    for page in reader.pages:
        xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
        assert not [n for n, ref in xobjects.items()
                    if ref.get_object().get("/Subtype") == "/Image"]
    assert content.count(b" c\n") + content.count(b" c ") > 200
    # The left-dosed item is the reflection: a matrix with a negative x scale.
    assert b" 0 0 " in content and content.count(b"cm") >= 2
    mirrored = [line for line in content.split(b"\n") if line.endswith(b" cm")
                and line.startswith(b"-")]
    assert mirrored


# ------------------------------------------------------------ the library

def _bundled() -> list[tuple[str, dict]]:
    return B.bundled_definitions(ROOT / "assets" / "exercises")


def test_every_converted_exercise_has_a_current_built_figure():
    """Fails when a definition changed (or the engine did) and the figure was not rebuilt:
    run `python -m handout figures build`."""
    folder = ROOT / "assets" / "figures"
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))["figures"] \
        if (folder / "index.json").exists() else {}
    stale = []
    for exercise_id, definition in _bundled():
        if not B.is_body_definition(definition):
            continue
        path = folder / f"{exercise_id}.json"
        if not B.up_to_date(path, definition) or \
                index.get(built.definition_hash(definition)) != path.name:
            stale.append(exercise_id)
    assert stale == [], (f"stale or missing built figures: {stale}; a definition or the "
                         "engine changed: run `python -m handout figures build` and commit "
                         "assets/figures/")


def test_no_built_figure_is_left_over_from_a_removed_exercise():
    folder = ROOT / "assets" / "figures"
    wanted = {f"{i}.json" for i, d in _bundled() if B.is_body_definition(d)}
    extra = [p.name for p in folder.glob("*.json") if p.name != "index.json"
             and p.name not in wanted]
    assert extra == []


def test_every_built_library_figure_has_clear_arrows_fills_its_box_and_mirrors():
    from handout.figures.reportlab_backend import built_pdf_operators

    folder = ROOT / "assets" / "figures"
    for exercise_id, definition in _bundled():
        if not B.is_body_definition(definition):
            continue
        figure = built.parse_figure(json.loads((folder / f"{exercise_id}.json").read_text()))
        # The other side: the same paths, each panel under a reflecting matrix.
        plain = built_pdf_operators(figure, 200.0, 150.0, False, "#2a7f8e").splitlines()
        other = built_pdf_operators(figure, 200.0, 150.0, True, "#2a7f8e").splitlines()
        assert [l for l in plain if not l.endswith(" cm")] == \
            [l for l in other if not l.endswith(" cm")], exercise_id
        assert all(l.startswith("-") for l in other if l.endswith(" cm")), exercise_id
        for panel in figure.panels:
            x, y, w, h = panel.box
            ops = [op for layer in panel.layers if layer.role == "outline"
                   for op in layer.ops if op[0] != "Z"]
            x0, y0, x1, y1 = _bounds(ops)
            assert max((x1 - x0) / w, (y1 - y0) / h) > 0.6, exercise_id
            body = [p for layer in panel.layers if layer.role == "body-fill"
                    for p in _flatten(layer.ops)]
            for layer in panel.layers:
                if layer.role != "arrow":
                    continue
                points = [p for poly in _flatten(layer.ops) for p in poly]
                length = sum(math.dist(a, b) for a, b in zip(points, points[1:]))
                assert length >= 0.5 * A.MIN_LENGTH_SHARE * math.sqrt(w * h), exercise_id
                inside = sum(_inside(p, body) for p in points)
                assert inside <= 0.1 * len(points), exercise_id


def test_the_engine_stamp_follows_the_engine_code(tmp_path, monkeypatch):
    stamp = built.engine_stamp()
    assert stamp.startswith(f"{built.ENGINE_VERSION}:")
    # A copy of the package with one engine file changed gets another stamp.
    import shutil

    package = tmp_path / "handout"
    shutil.copytree(ROOT / "handout" / "figures", package / "figures")
    fake = package / "figures" / "built.py"
    monkeypatch.setattr(built, "__file__", str(fake))
    built.engine_stamp.cache_clear()
    try:
        assert built.engine_stamp() == stamp  # same files, same stamp
        render_py = package / "figures" / "engine" / "render.py"
        render_py.write_text(render_py.read_text() + "\n# changed\n")
        built.engine_stamp.cache_clear()
        assert built.engine_stamp() != stamp
        # Line endings alone do not count.
        render_py.write_bytes((ROOT / "handout/figures/engine/render.py").read_bytes()
                              .replace(b"\n", b"\r\n"))
        built.engine_stamp.cache_clear()
        assert built.engine_stamp() == stamp
    finally:
        monkeypatch.undo()
        built.engine_stamp.cache_clear()


def test_a_new_pose_version_makes_every_built_figure_stale(tmp_path, monkeypatch):
    # scene.POSE_VERSION is bumped when the same definition poses differently; the
    # stamp hashes scene.py with the rest of the engine, so the bump alone must
    # change it, and a figure built before it must count as stale.
    import re
    import shutil

    from handout.figures.engine import build as B
    from handout.figures.engine import scene

    definition, path = _a_built_definition()
    assert B.up_to_date(path, definition)
    stamp = built.engine_stamp()
    package = tmp_path / "handout"
    shutil.copytree(ROOT / "handout" / "figures", package / "figures")
    scene_py = package / "figures" / "engine" / "scene.py"
    text = scene_py.read_text(encoding="utf-8")
    bumped, count = re.subn(r"^POSE_VERSION = \d+$",
                            f"POSE_VERSION = {scene.POSE_VERSION + 1}", text, flags=re.M)
    assert count == 1, "scene.py must set POSE_VERSION on a line of its own"
    scene_py.write_text(bumped, encoding="utf-8")
    monkeypatch.setattr(built, "__file__", str(package / "figures" / "built.py"))
    built.engine_stamp.cache_clear()
    try:
        assert built.engine_stamp() != stamp
        assert not B.up_to_date(path, definition)
    finally:
        monkeypatch.undo()
        built.engine_stamp.cache_clear()
    assert B.up_to_date(path, definition)


def _a_built_definition():
    from handout.figures.engine import build as B

    for exercise_id, definition in B.bundled_definitions():
        path = built.figures_folder() / f"{exercise_id}.json"
        if B.is_body_definition(definition) and path.exists():
            return definition, path
    raise AssertionError("no built figure in the library")


def test_the_definition_hash_ignores_key_order_but_not_values():
    a = {"posture": "standing", "frames": [{"hip": 10}, {"hip": 20}]}
    b = copy.deepcopy(dict(reversed(list(a.items()))))
    assert built.definition_hash(a) == built.definition_hash(b)
    b["frames"][1]["hip"] = 21
    assert built.definition_hash(a) != built.definition_hash(b)


def test_exporting_a_handout_never_touches_the_mesh_or_numpy(library_of_one, tmp_path):
    import subprocess
    import sys

    code = f"""
import sys
sys.modules["numpy"] = None  # any import of numpy now fails
from pathlib import Path
from handout.figures import built
built.figures_folder = lambda: Path({str(library_of_one)!r})
from handout.model import Dose, Exercise, Handout, Item
from handout.pdf import render
definition = {ARM_RAISE!r}
item = Item(exercise=Exercise(id="arm-raise", name="Arm raise", figure=definition),
            dose=Dose(sets=1, reps=5, side="left"))
assert built.lookup(definition) is not None
data = render(Handout(title="t", items=[item]))
assert data.startswith(b"%PDF")
assert not [m for m in sys.modules if m.startswith("handout.figures.engine")]
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def _arm_down_scene(degrees):
    """The rest body with its right arm swung down towards the ribs (front view)."""
    body = B._body()
    rest = body.vertices - np.array([0.0, body.vertices[:, 1].min(), 0.0])
    arm = [i for i, n in enumerate(body.bone_names)
           if n.endswith(".R") and n.startswith(("upperarm", "lowerarm", "wrist", "finger",
                                                 "metacarpal"))]
    moving = np.isin(body.dominant_bone, arm)
    shoulder = rest[moving][np.argmax(rest[moving, 1])]
    v = rest.copy()
    v[moving] = (v[moving] - shoulder) @ _rotation((0, 0, 1), degrees).T + shoulder
    return Scene(v, body.triangles, [], {}, "front")


def _inner_length(scene):
    from handout.figures.engine import camera as cam
    from handout.figures.engine.render import render_pose

    pose = B.pose_of(scene)
    camera = cam.camera_for("front", B.body_axes(pose.vertices))
    x, y, _ = camera.project(pose.vertices)
    lines = render_pose(pose, camera, cam.framing_around(x, y, 600))
    return sum(C.polyline_length(p, closed) for p, closed in lines.inner)


def test_an_arm_resting_against_the_ribs_gets_a_line_where_they_touch(monkeypatch):
    from handout.figures.engine import render as R

    # Arms out (the rest A-pose): nothing touches. Arm swung down against the side:
    # the arm and the ribs meet with no depth gap, and a touch line separates them.
    apart = _inner_length(_arm_down_scene(0.0))
    touching = _inner_length(_arm_down_scene(40.0))
    assert touching > apart + 300  # mm of line along the arm
    # The touch lines are what draws most of it (not only the slits and contours).
    monkeypatch.setattr(R, "TOUCH_APART_MM", 1e9)
    assert touching - _inner_length(_arm_down_scene(40.0)) > 150


def test_the_build_command_refuses_an_unknown_exercise_in_one_line(tmp_path, capsys):
    from handout.cli import main

    assert main(["figures", "build", "--exercise", "no-such-exercise",
                 "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "no-such-exercise" in err and len(err.strip().splitlines()) == 1


def test_the_build_command_writes_an_index_into_the_folder_given(tmp_path, capsys):
    from handout.cli import main

    converted = [i for i, d in _bundled() if B.is_body_definition(d)]
    one = ["--exercise", converted[0]] if converted else []  # one figure keeps it quick
    assert main(["figures", "build", "--out", str(tmp_path), "--jobs", "1", *one]) == 0
    index = json.loads((tmp_path / "index.json").read_text())
    assert index["format"] == built.INDEX_FORMAT and index["engine"] == built.engine_stamp()
    assert sorted(p.stem for p in tmp_path.glob("*.json") if p.stem != "index") == \
        converted[:1]
    assert list(index["figures"].values()) == [f"{i}.json" for i in converted[:1]]
    assert "Drew" in capsys.readouterr().out


def test_a_panel_alone_is_that_panel_moved_to_the_origin(drawn):
    last = built.panel_alone(drawn, len(drawn.panels) - 1)
    x, y, w, h = drawn.panels[-1].box
    assert (last.width, last.height) == (w, h) and len(last.panels) == 1
    for a, b in zip(drawn.panels[-1].layers, last.panels[0].layers):
        assert a.role == b.role
        for p, q in zip(a.ops, b.ops):
            assert p[0] == q[0] and all(
                q[i] == p[i] - (x if i % 2 else y) for i in range(1, len(p)))


# ------------------------------------------------------------ arrows: floor, pivots

def test_an_arrow_never_goes_below_the_floor():
    from handout.figures.engine.camera import Framing

    framing = Framing(0.0, -300.0, 1000.0, 1000.0, 0.78)
    h, w = framing.height_px, framing.width_px
    rows = (framing.y1 - (np.arange(h) + 0.5) / framing.px_per_mm)
    occupied = np.repeat((rows >= 0.0)[:, None], w, axis=1)  # everything above the floor
    spec = A.ArrowSpec("one-way", np.array([[400.0, 60.0], [600.0, 60.0]]))

    def points(marks):
        return np.vstack([m.points for m in marks])
    # The only clear room is under the floor: without a floor the arrow goes there...
    assert (points(A.arrow_marks(spec, occupied, framing))[:, 1] < 0.0).any()
    # ...with one, it stays above it, even when nothing above is clear.
    assert (points(A.arrow_marks(spec, occupied, framing, floor_y=0.0))[:, 1] >= 0.0).all()


def test_no_built_library_arrow_goes_below_its_floor_line():
    folder = ROOT / "assets" / "figures"
    checked = 0
    for exercise_id, definition in _bundled():
        if not B.is_body_definition(definition):
            continue
        figure = built.parse_figure(json.loads((folder / f"{exercise_id}.json").read_text()))
        for panel in figure.panels:
            floor = [op for layer in panel.layers if layer.role == "floor"
                     for op in layer.ops if op[0] != "Z"]
            marks = [op for layer in panel.layers if layer.role in ("arrow", "arrow-head")
                     for op in layer.ops if op[0] != "Z"]
            if not floor or not marks:
                continue
            floor_y = min(op[-1] for op in floor)
            lowest = min(min(op[2::2]) for op in marks)
            assert lowest >= floor_y, exercise_id
            checked += 1
    assert checked  # the library has arrows over a ground line (bird dog, bridge...)


def _sided(scenes):
    for s in scenes:
        s.landmarks = {f"{k}_right": v for k, v in s.landmarks.items()}
    return scenes


def _side_camera():
    from handout.figures.engine import camera as cam
    axes = cam.BodyAxes(np.array([-1.0, 0, 0]), np.array([0, 0, 1.0]), np.array([0, 1.0, 0]))
    return cam.camera_for("side", axes, "right")


def test_a_limb_swinging_about_a_still_joint_gets_an_arc_about_it():
    scenes = _sided(arm_raise_scenes((0.0, 80.0)))
    poses = [B.pose_of(s) for s in scenes]
    camera = _side_camera()
    spec = B._arrow_spec(scenes, poses, B.MotionRequest("move", "hand_right"), camera)
    shoulder = np.array(camera.project(scenes[0].landmarks["shoulder_right"][None])[:2])[:, 0]
    assert spec.pivot is not None and np.allclose(spec.pivot, shoulder)
    # "pivot": "none" keeps the straight arrow.
    spec = B._arrow_spec(scenes, poses, B.MotionRequest("move", "hand_right", "none"), camera)
    assert spec.pivot is None


def test_no_pivot_is_inferred_when_the_joint_moves_too_or_nothing_swings():
    camera = _side_camera()
    scenes = _sided(arm_raise_scenes((0.0, 80.0)))
    # The whole body carried forward with the arm: the shoulder is not still.
    scenes[1].vertices = scenes[1].vertices + np.array([0.0, 0.0, 600.0])
    scenes[1].landmarks = {k: v + np.array([0.0, 0.0, 600.0])
                           for k, v in scenes[1].landmarks.items()}
    path = np.array([camera.project(s.landmarks["hand_right"][None])[:2]
                     for s in scenes])[:, :, 0]
    assert B.inferred_pivot(scenes, "hand_right", path, camera) is None
    # A trunk point has no limb to swing on.
    assert B.inferred_pivot(scenes, "pelvis", path, camera) is None
    # A swing too small to be an arc.
    small = _sided(arm_raise_scenes((0.0, 10.0)))
    path = np.array([camera.project(s.landmarks["hand_right"][None])[:2]
                     for s in small])[:, :, 0]
    assert B.inferred_pivot(small, "hand_right", path, camera) is None


def test_a_close_up_keeps_only_the_props_the_framed_part_touches():
    body = B._body()
    rest = body.vertices - np.array([0.0, body.vertices[:, 1].min(), 0.0])
    foot = rest[B.close_up_vertices("foot", "right")]
    under = box("mat", foot[:, 0].min() - 100, foot[:, 0].max() + 100, -10.0, 0.0,
                foot[:, 2].min() - 100, foot[:, 2].max() + 100)
    far = box("chair", -250.0, 250.0, 0.0, 900.0, -900.0, -450.0)
    pose = B.pose_of(Scene(rest, body.triangles, [under, far], {}))
    kept = B._close_up_props([pose], "foot", "right")[0].props
    assert [p.kind for p in kept] == ["mat"]
    # Without a close-up nothing is dropped.
    assert [p.kind for p in pose.props] == ["mat", "chair"]


def test_a_definition_may_ask_for_no_pivot_but_not_for_a_made_up_one():
    from handout.figures import definition_problems

    clamshell = json.loads((ROOT / "assets/exercises/clamshell.json").read_text())
    figure = clamshell["exercise"]["figure"]
    assert definition_problems(dict(figure, pivot="none")) == []
    assert definition_problems(dict(figure, pivot="treated hip")) == []
    problems = definition_problems(dict(figure, pivot="nowhere"))
    assert problems and "pivot" in problems[0] and '"none"' in problems[0]
