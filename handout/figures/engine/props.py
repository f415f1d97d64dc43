"""Props as simple triangle meshes, with the surfaces a body can rest on or hold.

Build time only (numpy). Each builder makes the prop in its own frame -
standing on the floor (y = 0), centred on x = z = 0, its front facing +z (the
way a person using it faces it: a chair's seat opens to +z, a step's front
edge is at +z) - and `placed` moves it into the world. Sizes are ordinary
household ones, in millimetres.

A `Surface` is a flat face with an outward normal (pointing to where the body
is) and a rectangle, so the solver can put a foot on a step and the tests can
check the foot really is on it; a `rail` is a line a hand can hold (the top of
a chair's back, a stick). Triangles wind outwards, like the body's, so the
renderer can draw props in the same depth buffer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .skinning import rotation

# Ordinary sizes (mm).
CHAIR = {"seat_height": 460.0, "seat_width": 440.0, "seat_depth": 420.0, "seat_thick": 30.0,
         "back_height": 870.0, "back_thick": 35.0, "leg": 32.0}
STEP = {"height": 170.0, "width": 520.0, "depth": 300.0}
WALL = {"width": 2400.0, "height": 2200.0, "thick": 60.0}
COUNTER = {"height": 900.0, "width": 1200.0, "depth": 600.0, "top": 40.0, "recess": 60.0}
TABLE = {"height": 740.0, "width": 1100.0, "depth": 700.0, "top": 30.0, "leg": 45.0}
BENCH = {"height": 450.0, "width": 400.0, "length": 1300.0, "top": 50.0, "leg": 50.0}
MAT = {"thick": 8.0, "margin": 120.0, "width": 640.0}
BALL = {"small": 70.0, "large": 550.0}
TOWEL = {"flat": (560.0, 320.0, 8.0), "rolled": (75.0, 420.0)}
STICK = {"diameter": 28.0, "length": 1200.0}
WEIGHT = {"handle": (30.0, 110.0), "bell": (76.0, 42.0)}
# A claw hammer: the handle (diameter, length from the little-finger side of the
# fist to the head), the head (length, thickness).
HAMMER = {"handle": (28.0, 300.0), "behind_grip": 35.0, "head": (120.0, 30.0)}
# A shopping bag: (width, depth, height) of the bag, its handles' height above it.
BAG = {"size": (330.0, 140.0, 300.0), "handles": 110.0}
PILLOW = {"size": (520.0, 60.0, 340.0)}  # a flat pillow or folded towel, as for exercises
ROLLER = {"diameter": 150.0, "length": 900.0}
# A roll or pillow put under a limb is fitted to it (see scene._place_fitted): the
# heights (mm) each can honestly be, and the length of a roll under one limb.
FITTED = {"towel": (20.0, 180.0), "pillow": (40.0, 200.0), "foam-roller": (130.0, 170.0)}
FITTED_LENGTH = {"towel": 170.0, "foam-roller": 400.0}
CUSHION = {"diameter": 360.0, "height": 70.0}  # a firm round balance cushion
BELT = {"width": 40.0, "slack": 4.0}  # a strap round the thighs, snug
# An upright exercise bike, in its own frame: the seat's top centre at (0, seat, 0),
# the crank axle `axle_ahead` in front of it at `axle_height`; the bar across ahead.
BIKE = {"axle_height": 300.0, "crank": 170.0, "pedal": (110.0, 25.0, 90.0), "tube": 22.0,
        "seat": (200.0, 45.0, 260.0), "bar_width": 460.0, "wheel": 260.0, "pedal_x": 115.0,
        "pedal_tip": 20.0}
BAND = {"radius": 6.0}
POST = {"side": 90.0, "height": 1000.0, "cap": 110.0}  # a stair post or heavy table leg
HANDRAIL = {"diameter": 40.0, "length": 900.0, "post": 35.0}
# A door frame: the opening (mm) and the wall either side of it and above.
DOORWAY = {"opening": 820.0, "opening_height": 2040.0, "height": 2250.0, "wall": 500.0,
           "thick": 110.0, "lap": 60.0}


@dataclass
class Surface:
    """A flat face of a prop: `point` on it, unit outward `normal`, and its rectangle."""

    name: str
    point: np.ndarray
    normal: np.ndarray
    u: np.ndarray           # unit vectors along the face
    v: np.ndarray
    half_u: float
    half_v: float
    spot: bool = False      # a small place to put a hand on (its centre), not a wide face

    def distance(self, p: np.ndarray) -> np.ndarray:
        """Signed distance of points from the face's plane (positive on the outside)."""
        return (np.asarray(p) - self.point) @ self.normal

    def contains(self, p: np.ndarray, margin: float = 0.0) -> bool:
        """Whether a point's foot on the plane lies inside the face (plus a margin)."""
        d = np.asarray(p) - self.point
        return bool(abs(d @ self.u) <= self.half_u + margin
                    and abs(d @ self.v) <= self.half_v + margin)

    def transformed(self, r: np.ndarray, t: np.ndarray) -> "Surface":
        return Surface(self.name, r @ self.point + t, r @ self.normal, r @ self.u, r @ self.v,
                       self.half_u, self.half_v, self.spot)


@dataclass
class Rail:
    """A line a hand can hold (from `start` to `end`)."""

    name: str
    start: np.ndarray
    end: np.ndarray

    def nearest(self, p: np.ndarray) -> np.ndarray:
        d = self.end - self.start
        t = float(np.clip((p - self.start) @ d / (d @ d), 0.0, 1.0))
        return self.start + t * d

    def transformed(self, r: np.ndarray, t: np.ndarray) -> "Rail":
        return Rail(self.name, r @ self.start + t, r @ self.end + t)


@dataclass
class PropMesh:
    """One prop in the world: what it is, its triangles, and what can touch it."""

    kind: str                     # a vocabulary.PROPS name: "chair", "step", ...
    name: str                     # the definition's id for it ("chair", "low-step", ...)
    vertices: np.ndarray          # (n, 3) world mm
    triangles: np.ndarray         # (m, 3) int, outward winding
    smooth: bool = False          # round (ball, roller, band, pillow): no crease lines
    surfaces: dict[str, Surface] = field(default_factory=dict)
    rails: dict[str, Rail] = field(default_factory=dict)
    held: bool = False            # carried by a hand (moves with it between frames)

    def placed(self, r: np.ndarray, t: np.ndarray) -> "PropMesh":
        """The prop turned by r and moved by t."""
        return PropMesh(self.kind, self.name, self.vertices @ r.T + t, self.triangles.copy(),
                        self.smooth, {k: s.transformed(r, t) for k, s in self.surfaces.items()},
                        {k: s.transformed(r, t) for k, s in self.rails.items()}, self.held)


# Mesh pieces --------------------------------------------------------------------

def _box(x0, x1, y0, y1, z0, z1) -> tuple[np.ndarray, np.ndarray]:
    v = np.array([[x, y, z] for x in (x0, x1) for y in (y0, y1) for z in (z0, z1)], float)
    # Corner index = 4*ix + 2*iy + iz; each face as two outward triangles.
    faces = [(0, 1, 3, 2), (4, 6, 7, 5), (0, 4, 5, 1), (2, 3, 7, 6), (0, 2, 6, 4), (1, 5, 7, 3)]
    tris = []
    for a, b, c, d in faces:
        tris += [(a, b, c), (a, c, d)]
    return v, np.array(tris, dtype=np.int64)


def _cylinder(radius: float, length: float, segments: int = 24) -> tuple[np.ndarray, np.ndarray]:
    """A closed cylinder along x, centred on the origin."""
    a = np.linspace(0, 2 * math.pi, segments, endpoint=False)
    ring = np.stack([np.zeros_like(a), radius * np.cos(a), radius * np.sin(a)], 1)
    left = ring + [-length / 2, 0, 0]
    right = ring + [length / 2, 0, 0]
    v = np.vstack([left, right, [[-length / 2, 0, 0], [length / 2, 0, 0]]])
    n = segments
    tris = []
    for i in range(n):
        j = (i + 1) % n
        tris += [(i, n + j, n + i), (i, j, n + j)]
        tris += [(2 * n, j, i), (2 * n + 1, n + i, n + j)]
    return v, np.array(tris, dtype=np.int64)


def _sphere(radius: float, rings: int = 12, segments: int = 24,
            scale=(1.0, 1.0, 1.0)) -> tuple[np.ndarray, np.ndarray]:
    verts = [[0, radius, 0]]
    for i in range(1, rings):
        phi = math.pi * i / rings
        for j in range(segments):
            th = 2 * math.pi * j / segments
            verts.append([radius * math.sin(phi) * math.cos(th), radius * math.cos(phi),
                          radius * math.sin(phi) * math.sin(th)])
    verts.append([0, -radius, 0])
    v = np.array(verts) * np.array(scale)
    tris = []
    for j in range(segments):
        tris.append((0, 1 + (j + 1) % segments, 1 + j))
    for i in range(rings - 2):
        a0, b0 = 1 + i * segments, 1 + (i + 1) * segments
        for j in range(segments):
            j1 = (j + 1) % segments
            tris += [(a0 + j, a0 + j1, b0 + j), (a0 + j1, b0 + j1, b0 + j)]
    last = len(v) - 1
    base = 1 + (rings - 2) * segments
    for j in range(segments):
        tris.append((last, base + j, base + (j + 1) % segments))
    return v, np.array(tris, dtype=np.int64)


def _merge(parts) -> tuple[np.ndarray, np.ndarray]:
    vs, ts, n = [], [], 0
    for v, t in parts:
        vs.append(v)
        ts.append(t + n)
        n += len(v)
    return np.vstack(vs), np.vstack(ts)


def _face(name, point, normal, u, half_u, half_v) -> Surface:
    normal = np.asarray(normal, float)
    u = np.asarray(u, float)
    return Surface(name, np.asarray(point, float), normal, u, np.cross(normal, u),
                   half_u, half_v)


def _oriented(v: np.ndarray, axis: np.ndarray) -> np.ndarray:
    """Turn a mesh built along x so that x points along `axis`."""
    axis = axis / np.linalg.norm(axis)
    x = np.array([1.0, 0, 0])
    c = float(axis @ x)
    if c > 1 - 1e-12:
        return v
    if c < -1 + 1e-12:
        return v * [-1, 1, -1]
    k = np.cross(x, axis)
    r = rotation(k, math.degrees(math.acos(c)))
    return v @ r.T


# Builders (in the prop's own frame) ----------------------------------------------------

def chair(name: str = "chair", seat_height: float | None = None) -> PropMesh:
    """A kitchen chair; `seat_height` (mm) lowers or raises it, back and all."""
    c = dict(CHAIR)
    if seat_height is not None:
        c["back_height"] += seat_height - c["seat_height"]
        c["seat_height"] = seat_height
    w, d, h, t, leg = (c["seat_width"] / 2, c["seat_depth"] / 2, c["seat_height"],
                       c["seat_thick"], c["leg"])
    parts = [_box(-w, w, h - t, h, -d, d)]
    for x in (-w, w - leg):
        for z in (-d, d - leg):
            parts.append(_box(x, x + leg, 0, h - t, z, z + leg))
    back_z = -d
    parts.append(_box(-w, w, h + 140, c["back_height"], back_z, back_z + c["back_thick"]))
    for x in (-w, w - leg):
        parts.append(_box(x, x + leg, h, h + 140, back_z, back_z + leg))
    v, tris = _merge(parts)
    surfaces = {
        "seat": _face("seat", (0, h, 0), (0, 1, 0), (1, 0, 0), w, d),
        "back": _face("back", (0, (h + 140 + c["back_height"]) / 2, back_z + c["back_thick"]),
                      (0, 0, 1), (1, 0, 0), w, (c["back_height"] - h - 140) / 2),
        "rail": _face("rail", (0, c["back_height"], back_z + c["back_thick"] / 2), (0, 1, 0),
                      (1, 0, 0), w, c["back_thick"] / 2),
    }
    rails = {"rail": Rail("rail", np.array([-w, c["back_height"], back_z + c["back_thick"] / 2]),
                          np.array([w, c["back_height"], back_z + c["back_thick"] / 2]))}
    return PropMesh("chair", name, v, tris, surfaces=surfaces, rails=rails)


def step(name: str = "step", height: float | None = None) -> PropMesh:
    s = STEP
    h = height or s["height"]
    v, t = _box(-s["width"] / 2, s["width"] / 2, 0, h, -s["depth"] / 2, s["depth"] / 2)
    return PropMesh("step", name, v, t, surfaces={
        "top": _face("top", (0, h, 0), (0, 1, 0), (1, 0, 0), s["width"] / 2, s["depth"] / 2)})


def wall(name: str = "wall") -> PropMesh:
    s = WALL
    v, t = _box(-s["width"] / 2, s["width"] / 2, 0, s["height"], -s["thick"], 0)
    return PropMesh("wall", name, v, t, surfaces={
        "face": _face("face", (0, s["height"] / 2, 0), (0, 0, 1), (1, 0, 0), s["width"] / 2,
                      s["height"] / 2)})


def doorway(name: str = "doorway") -> PropMesh:
    """A wall with a door opening, its near face at z = 0 facing +z, the opening
    centred on x = 0 (no door in it: the door stands open out of the way)."""
    s = DOORWAY
    o, w, t = s["opening"] / 2, s["wall"], s["thick"]
    parts = [_box(-o - w, -o, 0, s["height"], -t, 0), _box(o, o + w, 0, s["height"], -t, 0),
             _box(-o, o, s["opening_height"], s["height"], -t, 0)]
    v, tris = _merge(parts)
    return PropMesh("doorway", name, v, tris, surfaces={
        "face": _face("face", (0, s["height"] / 2, 0), (0, 0, 1), (1, 0, 0), o + w,
                      s["height"] / 2)})


def handrail(name: str, grip: np.ndarray, along: np.ndarray,
             ground=lambda point: 0.0) -> PropMesh:
    """A stair handrail: a round bar through `grip` running `along` (horizontal), on
    two posts down to the floor (or to what `ground(point)` says is under them)."""
    s = HANDRAIL
    along = np.array([along[0], 0.0, along[2]]) / np.linalg.norm([along[0], along[2]])
    a, b = grip - along * s["length"] / 2, grip + along * s["length"] / 2
    bar = bar_between("handrail", name, a, b, s["diameter"], 0.0, held=False)
    parts = [(bar.vertices, bar.triangles)]
    for end in (a + along * 60.0, b - along * 60.0):
        low = float(ground(end))
        post, tris = _cylinder(s["post"] / 2, float(end[1]) - low, 12)
        post = _oriented(post, np.array([0, 1.0, 0])) + [end[0], (end[1] + low) / 2, end[2]]
        parts.append((post, tris))
    v, t = _merge(parts)
    return PropMesh("handrail", name, v, t, smooth=True, rails={"bar": Rail("bar", a, b)})


def counter(name: str = "counter", kind: str = "counter",
            size: tuple[float, float, float] | None = None) -> PropMesh:
    """A counter or a table; `size` (height, width, depth) overrides a table's own."""
    s = COUNTER if kind == "counter" else TABLE
    if size is not None:
        s = dict(s, height=size[0], width=size[1], depth=size[2])
    w, d, h = s["width"] / 2, s["depth"], s["height"]
    if kind == "counter":
        parts = [_box(-w, w, h - s["top"], h, -d, 0),
                 _box(-w + 20, w - 20, 0, h - s["top"], -d, -s["recess"])]
    else:
        parts = [_box(-w, w, h - s["top"], h, -d, 0)]
        for x in (-w + 30, w - 30 - s["leg"]):
            for z in (-d + 30, -30 - s["leg"]):
                parts.append(_box(x, x + s["leg"], 0, h - s["top"], z, z + s["leg"]))
    v, t = _merge(parts)
    return PropMesh(kind, name, v, t, surfaces={
        "top": _face("top", (0, h, -d / 2), (0, 1, 0), (1, 0, 0), w, d / 2),
        "front": _face("front", (0, h - s["top"] / 2, 0), (0, 0, 1), (1, 0, 0), w,
                       s["top"] / 2)},
        rails={"edge": Rail("edge", np.array([-w, h, 0.0]), np.array([w, h, 0.0]))})


def bench(name: str = "bench") -> PropMesh:
    s = BENCH
    w, length, h = s["width"] / 2, s["length"] / 2, s["height"]
    parts = [_box(-w, w, h - s["top"], h, -length, length)]
    for z in (-length + 60, length - 60 - s["leg"]):
        parts.append(_box(-w + 20, w - 20, 0, h - s["top"], z, z + s["leg"]))
    v, t = _merge(parts)
    return PropMesh("bench", name, v, t, surfaces={
        "top": _face("top", (0, h, 0), (0, 1, 0), (1, 0, 0), w, length)})


def mat(name: str, x0: float, x1: float, z0: float, z1: float) -> PropMesh:
    v, t = _box(x0, x1, -MAT["thick"], 0.0, z0, z1)
    return PropMesh("mat", name, v, t, surfaces={
        "top": _face("top", ((x0 + x1) / 2, 0, (z0 + z1) / 2), (0, 1, 0), (1, 0, 0),
                     (x1 - x0) / 2, (z1 - z0) / 2)})


def ball(name: str = "ball", diameter: float = BALL["small"]) -> PropMesh:
    v, t = _sphere(diameter / 2)
    return PropMesh("ball", name, v + [0, diameter / 2, 0], t, smooth=True, surfaces={
        "top": _face("top", (0, diameter, 0), (0, 1, 0), (1, 0, 0), diameter / 4,
                     diameter / 4)})


def rolled(kind: str, name: str, diameter: float, length: float, axis=(1.0, 0, 0)) -> PropMesh:
    """A roll lying on the floor along `axis` (rolled towel, foam roller)."""
    v, t = _cylinder(diameter / 2, length)
    v = _oriented(v, np.asarray(axis, float)) + [0, diameter / 2, 0]
    a = np.asarray(axis, float) / np.linalg.norm(axis)
    return PropMesh(kind, name, v, t, smooth=True, surfaces={
        "top": _face("top", (0, diameter, 0), (0, 1, 0), a, length / 2, diameter / 4)})


def flat_towel(name: str = "towel") -> PropMesh:
    w, d, h = TOWEL["flat"]
    v, t = _box(-w / 2, w / 2, 0, h, -d / 2, d / 2)
    return PropMesh("towel", name, v, t, surfaces={
        "top": _face("top", (0, h, 0), (0, 1, 0), (1, 0, 0), w / 2, d / 2)})


def pillow(name: str = "pillow", height: float | None = None) -> PropMesh:
    w, h, d = PILLOW["size"]
    h = height or h
    v, t = _sphere(0.5, rings=10, segments=20, scale=(w, h, d))
    return PropMesh("pillow", name, v + [0, h / 2, 0], t, smooth=True, surfaces={
        "top": _face("top", (0, h, 0), (0, 1, 0), (1, 0, 0), w / 3, d / 3)})


def cushion(name: str = "cushion") -> PropMesh:
    """A firm round balance cushion lying on the floor (a low disc, stood on)."""
    c = CUSHION
    v, t = _cylinder(c["diameter"] / 2, c["height"], 32)
    v = _oriented(v, np.array([0.0, 1.0, 0.0])) + [0, c["height"] / 2, 0]
    return PropMesh("cushion", name, v, t, surfaces={
        "top": _face("top", (0, c["height"], 0), (0, 1, 0), (1, 0, 0), c["diameter"] / 2.6,
                     c["diameter"] / 2.6)})


def belt(name: str, loop: np.ndarray, axis: np.ndarray) -> PropMesh:
    """A flat strap along a closed `loop` of points (round both thighs), `axis` across
    its width (along the thighs). A ribbon: props are drawn from both sides."""
    half = BELT["width"] / 2
    axis = np.asarray(axis, float) / np.linalg.norm(axis)
    pts = np.asarray(loop, float)
    n = len(pts)
    v = np.vstack([pts - axis * half, pts + axis * half])
    tris = []
    for i in range(n):
        j = (i + 1) % n
        tris += [(i, j, n + j), (i, n + j, n + i)]
    return PropMesh("belt", name, v, np.array(tris, dtype=np.int64), held=True)


def _tube(a, b, radius: float) -> tuple[np.ndarray, np.ndarray]:
    """A round tube from point a to point b (12 sides: no crease lines along it)."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    v, t = _cylinder(radius, max(float(np.linalg.norm(b - a)), 1.0), 12)
    return _oriented(v, b - a) + (a + b) / 2, t


def bike(name: str, seat: float, axle_ahead: float, bar: tuple[float, float],
         crank_angle: float) -> PropMesh:
    """An upright exercise bike: saddle, frame, flywheel, cranks with pedals, handlebar.

    `seat`: the saddle's top height; `axle_ahead`: the crank axle's distance in
    front of the saddle's centre; `bar`: the handlebar's (height, distance ahead);
    `crank_angle`: degrees the right crank has turned from straight up, forwards
    (the left one is opposite). Faces: `seat`, `pedal_left`, `pedal_right`; the
    bar is the rail `handlebar`.
    """
    b = BIKE
    sw, st, sd = b["seat"]
    axle = np.array([0.0, b["axle_height"], axle_ahead])
    bar_y, bar_z = bar
    r = b["tube"]
    parts = [_box(-sw / 2, sw / 2, seat - st, seat, -sd / 2, sd / 2)]
    post_foot = np.array([0.0, axle[1] + 40.0, -40.0])
    parts.append(_tube([0, seat - st, -10.0], post_foot, r))          # seat post
    parts.append(_tube(post_foot, axle, r))                            # down to the axle
    stem_foot = np.array([0.0, axle[1] + 60.0, bar_z - 60.0])
    parts.append(_tube(axle, stem_foot, r))                            # axle to the stem
    parts.append(_tube(stem_foot, [0.0, bar_y, bar_z], r))             # handlebar stem
    parts.append(_tube([0.0, seat - st - 60.0, -10.0], [0.0, bar_y - 80.0, bar_z - 20.0],
                       r * 0.8))                                       # top tube
    half = b["bar_width"] / 2
    bar_l, bar_r = np.array([half, bar_y, bar_z]), np.array([-half, bar_y, bar_z])
    parts.append(_tube(bar_l, bar_r, 14.0))                            # the bar itself
    # Flywheel in front of the cranks, and two feet on the floor.
    wheel = _cylinder(b["wheel"] / 2, 40.0, 32)
    parts.append((wheel[0] + [0.0, axle[1] + 40.0, axle_ahead + 330.0], wheel[1]))
    parts.append(_tube(axle, [0.0, axle[1] + 40.0, axle_ahead + 330.0], r))
    for z in (-250.0, axle_ahead + 420.0):
        parts.append(_box(-230.0, 230.0, 0.0, 40.0, z - 30.0, z + 30.0))
    parts.append(_tube([0.0, 20.0, -250.0], post_foot, r))
    parts.append(_tube([0.0, 20.0, axle_ahead + 420.0], [0.0, axle[1] + 40.0,
                                                         axle_ahead + 330.0], r))
    surfaces = {"seat": _face("seat", (0, seat, 0), (0, 1, 0), (1, 0, 0), sw / 2, sd / 2)}
    pw, pt, pd = b["pedal"]
    for side, x, angle in (("right", -b["pedal_x"], crank_angle),
                           ("left", b["pedal_x"], crank_angle + 180.0)):
        a = math.radians(angle)
        centre = axle + b["crank"] * np.array([0.0, math.cos(a), math.sin(a)])
        centre[0] = x
        parts.append(_tube([x * 0.6, axle[1], axle[2]], [x * 0.6, centre[1], centre[2]], 14.0))
        # A pedal turns freely: under a pedalling foot it tips toe-down a little.
        tip = rotation([1.0, 0, 0], b["pedal_tip"])
        pv, pt_ = _box(-pw / 2, pw / 2, -pt, 0.0, -pd / 2, pd / 2)
        parts.append((pv @ tip.T + [x, centre[1], centre[2]], pt_))
        surfaces[f"pedal_{side}"] = _face(f"pedal_{side}", centre, tip @ [0, 1.0, 0],
                                          (1, 0, 0), pw / 2, pd / 2)
    v, t = _merge(parts)
    return PropMesh("bike", name, v, t, surfaces=surfaces,
                    rails={"handlebar": Rail("handlebar", bar_l, bar_r)})


def bar_between(kind: str, name: str, a: np.ndarray, b: np.ndarray, diameter: float,
                overhang: float = 0.0, held: bool = True) -> PropMesh:
    """A straight bar (stick, rolled towel held in both hands) through points a and b."""
    axis = b - a
    length = float(np.linalg.norm(axis)) + 2 * overhang
    v, t = _cylinder(diameter / 2, max(length, 1.0), 16)
    v = _oriented(v, axis) + (a + b) / 2
    return PropMesh(kind, name, v, t, smooth=True, held=held,
                    rails={"bar": Rail("bar", a.copy(), b.copy())})


def weight(name: str, centre: np.ndarray, axis: np.ndarray,
           size: float | None = None) -> PropMesh:
    """A dumbbell whose handle is centred at `centre`, along `axis`; `size` is the
    bells' diameter (a light one for the wrist is smaller), their length in step."""
    hd, hl = WEIGHT["handle"]
    bd, bl = WEIGHT["bell"]
    if size is not None:
        bd, bl = float(size), bl * float(size) / bd
    handle = _cylinder(hd / 2, hl, 12)
    bells = [(_cylinder(bd / 2, bl, 16)[0] + [s * (hl + bl) / 2, 0, 0],
              _cylinder(bd / 2, bl, 16)[1]) for s in (-1, 1)]
    v, t = _merge([handle] + bells)
    return PropMesh("weight", name, _oriented(v, axis) + centre, t, smooth=True, held=True)


def hammer(name: str, grip: np.ndarray, handle_axis: np.ndarray,
           head_axis: np.ndarray) -> PropMesh:
    """A hammer held by the end of its handle: the handle from just behind the grip
    along `handle_axis` (out of the fist on the thumb side), the head across its far
    end along `head_axis`."""
    hd, hl = HAMMER["handle"]
    length, thick = HAMMER["head"]
    a = np.asarray(handle_axis, float) / np.linalg.norm(handle_axis)
    h = np.asarray(head_axis, float)
    h = h - (h @ a) * a
    h /= np.linalg.norm(h)
    start = np.asarray(grip, float) - a * HAMMER["behind_grip"]
    v1, t1 = _cylinder(hd / 2, hl, 12)
    v1 = _oriented(v1, a) + start + a * hl / 2
    v2, t2 = _box(-length / 2, length / 2, -thick / 2, thick / 2, -thick / 2, thick / 2)
    # The head's own x along head_axis, its z along the handle.
    r = np.stack([h, np.cross(a, h), a], 1)
    v2 = v2 @ r.T + start + a * (hl + thick / 2)
    v, t = _merge([(v1, t1), (v2, t2)])
    return PropMesh("hammer", name, v, t, held=True)


def _tube_rings(pts: np.ndarray, radius: float, closed: bool,
                normal: np.ndarray | None = None) -> tuple[np.ndarray, list, int]:
    """A thin tube through `pts`: a ring of vertices round each point and the
    triangles between rings (joined back to the first for a closed loop). A loop
    keeps its rings square to the loop's own plane (`normal`); an open line keeps
    them level where it can."""
    segments, n = 8, len(pts)
    rings = []
    for i, p in enumerate(pts):
        d = pts[(i + 1) % n] - pts[i - 1] if closed else \
            pts[min(i + 1, n - 1)] - pts[max(i - 1, 0)]
        d /= np.linalg.norm(d)
        if normal is not None:
            side = np.cross(d, normal)
        else:
            side = np.cross(d, [0, 1.0, 0])
            if np.linalg.norm(side) < 1e-6:
                side = np.cross(d, [1.0, 0, 0])
        side /= np.linalg.norm(side)
        up = np.cross(side, d)
        a = np.linspace(0, 2 * math.pi, segments, endpoint=False)
        rings.append(p + radius * (np.cos(a)[:, None] * side + np.sin(a)[:, None] * up))
    tris = []
    for i in range(n if closed else n - 1):
        k = (i + 1) % n
        for j in range(segments):
            a0, a1 = i * segments + j, i * segments + (j + 1) % segments
            b0, b1 = k * segments + j, k * segments + (j + 1) % segments
            tris += [(a0, a1, b1), (a0, b1, b0)]
    return np.vstack(rings), tris, segments


def ring(name: str, loop: np.ndarray, radius: float = BAND["radius"] * 0.45) -> PropMesh:
    """A thin closed elastic loop through `loop` (a rubber band round the fingers)."""
    pts = np.asarray(loop, float)
    normal = np.cross(pts[1] - pts[0], pts[2] - pts[0])
    v, tris, _ = _tube_rings(pts, radius, closed=True, normal=normal)
    return PropMesh("band", name, v, np.array(tris, dtype=np.int64), smooth=True, held=True)


def bag(name: str, grip: np.ndarray, ahead: np.ndarray) -> PropMesh:
    """A shopping bag hanging from a hand's grip: the bag below, its wide side along
    `ahead` (so a side view shows it whole), two handles up to the grip."""
    w, d, h = BAG["size"]
    lift = BAG["handles"]
    ahead = np.asarray(ahead, float)
    ahead = ahead - ahead[1] * np.array([0.0, 1.0, 0.0])
    ahead /= max(float(np.linalg.norm(ahead)), 1e-9)
    across = np.cross([0.0, 1.0, 0.0], ahead)
    top = np.asarray(grip, float) - [0.0, lift, 0.0]
    # Slightly narrower at the top, as a loaded bag hangs.
    corners = []
    for y, shrink in ((top[1] - h, 1.0), (top[1], 0.9)):
        for sa in (-1, 1):
            for sb in (-1, 1):
                corners.append(top * [1, 0, 1] + [0.0, y, 0.0] + ahead * sa * w / 2 * shrink
                               + across * sb * d / 2 * shrink)
    v = np.array(corners)
    # Corner index = 4*iy + 2*ia + ib, like _box's with (ia, iy, ib) reordered.
    faces = [(0, 1, 3, 2), (4, 6, 7, 5), (0, 4, 5, 1), (2, 3, 7, 6), (0, 2, 6, 4), (1, 5, 7, 3)]
    tris = []
    for a, b, c, e in faces:
        tris += [(a, b, c), (a, c, e)]
    parts = [(v, np.array(tris, dtype=np.int64))]
    for sa in (-1, 1):
        foot = top + ahead * sa * w * 0.22
        parts.append(_tube(foot, grip + ahead * sa * 8.0, 5.0))
    v, t = _merge(parts)
    return PropMesh("bag", name, v, t, held=True)


def band(name: str, points: np.ndarray) -> PropMesh:
    """An elastic band: a thin tube through `points` (anchor first, hand last)."""
    pts = np.asarray(points, float)
    v, tris, segments = _tube_rings(pts, BAND["radius"], closed=False)
    n = len(v)
    v = np.vstack([v, pts[0], pts[-1]])
    last = (len(pts) - 1) * segments
    for j in range(segments):
        tris.append((n, (j + 1) % segments, j))
        tris.append((n + 1, last + j, last + (j + 1) % segments))
    return PropMesh("band", name, v, np.array(tris, dtype=np.int64), smooth=True, held=True)


def post(name: str = "post") -> PropMesh:
    """A sturdy square post standing on the floor (a stair post, a heavy table's leg):
    something fixed a band is tied to."""
    s = POST
    h, c = s["side"] / 2, s["cap"] / 2
    v, t = _merge([_box(-h, h, 0.0, s["height"] - 30.0, -h, h),
                   _box(-c, c, s["height"] - 30.0, s["height"], -c, c)])
    return PropMesh("post", name, v, t)


def heading_rotation(heading: np.ndarray) -> np.ndarray:
    """The rotation about the vertical taking a prop's front (+z) to `heading` (horizontal)."""
    h = np.array([heading[0], 0.0, heading[2]])
    h /= np.linalg.norm(h)
    return np.array([[h[2], 0, h[0]], [0, 1, 0], [-h[0], 0, h[2]]])
