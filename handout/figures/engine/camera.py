"""Orthographic cameras in the plane of the movement: side, front, back, from above.

Build time only (numpy). World coordinates are millimetres with y up and the
floor at y = 0. A view is named the way a physiotherapist would say it and
is found from the body itself (its heading and its sides), so the same name
works whether the person stands, sits, lies or kneels:

- `side`: horizontal, at the patient's shown side (their right unless the
  definition shows the left). When the body's left-right axis is upright
  (lying on the side) the camera looks at the front of the body instead, so
  the long axis of the body runs across the picture.
- `front` / `back`: horizontal, ahead of or behind the body's heading: the way
  the chest faces when it faces sideways (standing, sitting, lying on the
  side: a clamshell seen from the front); the way the head points when the
  chest faces the floor or the ceiling (lying on the back or front, on hands
  and knees: a fire hydrant seen from behind).
- `above`: straight down from the ceiling, head towards the top of the picture
  when the body stands, across the picture when it lies.

An optional `elevation` (degrees, camera raised towards looking down) and
`turn` (degrees about the vertical) nudge a view when a limb would otherwise
hide its partner; both default to 0, as the house style prefers pure views.

Close-ups (`hand`, `foot`, `neck`, `shoulder-blades`) keep the direction of
their view and only narrow the framing to that part (`build.CLOSE_UP_BONES`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

VIEWS = ("side", "front", "back", "above")
CLOSE_UPS = ("hand", "forearm", "foot", "feet", "neck", "shoulder-blades", "upper-body")
WORLD_UP = np.array([0.0, 1.0, 0.0])


@dataclass(frozen=True)
class BodyAxes:
    """The body's own directions in the world (unit vectors)."""

    right: np.ndarray     # towards the patient's right side
    forward: np.ndarray   # the way the chest faces
    headward: np.ndarray  # from the pelvis to the head


@dataclass(frozen=True)
class Camera:
    """An orthographic camera: image right, image up and the viewing direction."""

    right: np.ndarray
    up: np.ndarray
    forward: np.ndarray  # from the camera into the scene; depth grows along it

    def project(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Image x (mm, right), image y (mm, up) and depth (mm, away) of world points."""
        return points @ self.right, points @ self.up, points @ self.forward


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n > 1e-9 else v


def _horizontal(v: np.ndarray) -> np.ndarray:
    return np.array([v[0], 0.0, v[2]])


def camera_for(view: str, axes: BodyAxes, shown_side: str = "right",
               elevation: float = 0.0, turn: float = 0.0) -> Camera:
    """The camera of a named view for a body with these axes."""
    lateral = axes.right if shown_side == "right" else -axes.right
    upright = abs(float(axes.headward @ WORLD_UP)) > 0.6
    if view == "above":
        forward = -WORLD_UP
        if upright:
            up = _unit(_horizontal(axes.forward))
        else:
            # Lying: the body runs across the picture, head to the viewer's left.
            up = _unit(np.cross(_unit(_horizontal(axes.headward)), forward))
            up = -up if up @ lateral < 0 else up
        return _finish(forward, up, elevation=0.0, turn=turn)
    if view == "side":
        toward_camera = _horizontal(lateral)
        if np.linalg.norm(toward_camera) < 0.5:  # lying on the side: look at the front
            toward_camera = _horizontal(axes.forward)
    else:
        # The chest's way when it faces sideways (standing, sitting, lying on the
        # side); the head's way when it faces the floor or the ceiling (lying on the
        # back or front, on hands and knees).
        facing_sideways = abs(float(axes.forward @ WORLD_UP)) < 0.6
        heading = _horizontal(axes.forward) if facing_sideways else _horizontal(axes.headward)
        if np.linalg.norm(heading) < 0.3:
            heading = _horizontal(axes.forward)
        toward_camera = heading if view == "front" else -heading
    forward = -_unit(toward_camera)
    return _finish(forward, WORLD_UP, elevation, turn)


def _finish(forward: np.ndarray, up_hint: np.ndarray, elevation: float, turn: float) -> Camera:
    forward = _unit(forward)
    if turn:
        forward = _rotate_about(forward, WORLD_UP, math.radians(turn))
    if elevation:
        # Raise the camera: tip the viewing direction down about the image's right axis.
        right = _unit(np.cross(forward, up_hint))
        forward = _rotate_about(forward, right, -math.radians(elevation))
    right = _unit(np.cross(forward, up_hint))
    if np.linalg.norm(np.cross(forward, up_hint)) < 1e-6:
        right = _unit(np.cross(forward, np.array([0.0, 0.0, 1.0])))
    up = _unit(np.cross(right, forward))
    return Camera(right=right, up=up, forward=forward)


def _rotate_about(v: np.ndarray, axis: np.ndarray, angle: float) -> np.ndarray:
    axis = _unit(axis)
    return (v * math.cos(angle) + np.cross(axis, v) * math.sin(angle)
            + axis * float(axis @ v) * (1 - math.cos(angle)))


@dataclass(frozen=True)
class Framing:
    """The rectangle of the image plane (mm) that a panel shows, and its resolution."""

    x0: float
    y0: float
    x1: float
    y1: float
    px_per_mm: float

    @property
    def width_px(self) -> int:
        return max(8, int(math.ceil((self.x1 - self.x0) * self.px_per_mm)))

    @property
    def height_px(self) -> int:
        return max(8, int(math.ceil((self.y1 - self.y0) * self.px_per_mm)))

    def to_pixels(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Image-plane mm to pixel coordinates (x right, y down)."""
        return np.stack([(x - self.x0) * self.px_per_mm, (self.y1 - y) * self.px_per_mm], -1)

    def to_mm(self, pixels: np.ndarray) -> np.ndarray:
        """Pixel coordinates back to image-plane mm (x right, y up)."""
        return np.stack([pixels[..., 0] / self.px_per_mm + self.x0,
                         self.y1 - pixels[..., 1] / self.px_per_mm], -1)


def framing_around(xs: np.ndarray, ys: np.ndarray, long_side_px: int,
                   margin: float = 0.04) -> Framing:
    """A framing holding every point, `long_side_px` pixels on its longer side."""
    x0, x1 = float(xs.min()), float(xs.max())
    y0, y1 = float(ys.min()), float(ys.max())
    pad = margin * max(x1 - x0, y1 - y0, 1.0)
    x0, x1, y0, y1 = x0 - pad, x1 + pad, y0 - pad, y1 + pad
    return Framing(x0, y0, x1, y1, long_side_px / max(x1 - x0, y1 - y0))
