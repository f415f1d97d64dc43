"""Named places on the body: contact regions (sets of skin vertices) and landmarks.

Build time only (numpy). A *region* is the part of the skin that can rest on
something ("left_sole", "buttocks", "upper_back"); the contact solver asks for
its vertex nearest a surface. A *landmark* is one point used for arrows,
close-ups and checks ("knee_left", "hand_right", "pelvis", "chin"): joint
centres come from the skeleton, surface points ("heel_left", "toe_left",
"chin") from fixed skin vertices, chosen once on the rest mesh.

Names are canonical: limb parts end in `_left` / `_right` (the patient's
sides). `point_name("treated knee", "right")` turns a definition's words into
one ("knee_right").
"""

from __future__ import annotations

import functools

import numpy as np

from .body import Body
from .skinning import skin

SIDE_SUFFIX = {"left": "L", "right": "R"}


def point_name(words: str, treated: str) -> str:
    """A definition's body point ("treated knee", "other hand", "buttocks") -> canonical."""
    role, _, part = words.partition(" ")
    if role in ("treated", "other") and part:
        side = treated if role == "treated" else ("left" if treated == "right" else "right")
        return f"{part.replace(' ', '_')}_{side}"
    return words.replace(" ", "_")


class BodyPoints:
    """Regions and landmark definitions of one body (left side built, right mirrored)."""

    def __init__(self, body: Body) -> None:
        self.body = body
        self.regions: dict[str, np.ndarray] = {}
        self._build_regions()
        # Landmarks from joints: name -> (bone, where along it: 0 head, 1 tail).
        self.joint_marks: dict[str, tuple[int, float]] = {}
        # Landmarks on the skin: name -> vertex index.
        self.skin_marks: dict[str, int] = {}
        self._build_landmarks()
        self._skin_index = np.array(sorted(self.skin_marks.values()), dtype=np.int64)

    # Regions ------------------------------------------------------------------

    def _bones(self, *prefixes: str, side: str | None = None) -> list[int]:
        names = self.body.bone_names
        suffix = f".{SIDE_SUFFIX[side]}" if side else None
        return [i for i, n in enumerate(names) if n.startswith(prefixes)
                and (suffix is None or n.endswith(suffix))]

    def _dominated(self, bones: list[int]) -> np.ndarray:
        return np.nonzero(np.isin(self.body.dominant_bone, bones))[0]

    def _near(self, bone: str, radius: float, among: np.ndarray | None = None) -> np.ndarray:
        v = self.body.vertices
        centre = self.body.heads[self.body.bone(bone)]
        idx = np.arange(len(v)) if among is None else among
        return idx[np.linalg.norm(v[idx] - centre, axis=1) <= radius]

    def _build_regions(self) -> None:
        body, v = self.body, self.body.vertices
        r = self.regions
        for side in ("left",):
            s = SIDE_SUFFIX[side]
            foot = self._dominated(self._bones("foot", "toe", side=side))
            sole_y = v[foot, 1].min()
            sole = foot[v[foot, 1] < sole_y + 22.0]
            heel_z = v[sole, 2].min()
            toe_base = body.heads[body.bone(f"toe3-1.{s}")][2]
            r[f"foot_{side}"] = foot
            r[f"sole_{side}"] = sole
            r[f"heel_{side}"] = sole[v[sole, 2] < heel_z + 55.0]
            r[f"toes_{side}"] = foot[v[foot, 2] > toe_base - 25.0]
            toes = self._dominated(self._bones("toe", side=side))
            top = np.union1d(foot[v[foot, 1] > sole_y + 22.0], toes)
            r[f"instep_{side}"] = top  # the top of the foot and the toes (kneeling, prone)
            leg = self._dominated(self._bones("upperleg", "lowerleg", side=side))
            r[f"knee_{side}"] = self._near(f"lowerleg01.{s}", 75.0, leg)
            r[f"shin_{side}"] = self._dominated(self._bones("lowerleg", side=side))
            r[f"thigh_{side}"] = self._dominated(self._bones("upperleg", side=side))
            # The leg below the buttock (the hip turns it down onto the floor).
            r[f"leg_{side}"] = np.union1d(np.union1d(
                self._dominated(self._bones("upperleg02", side=side)), r[f"shin_{side}"]), foot)
            hand = self._dominated(self._bones("wrist", "metacarpal", "finger", side=side))
            r[f"hand_{side}"] = hand
            r[f"fingers_{side}"] = self._dominated(self._bones("finger", side=side))
            arm = self._dominated(self._bones("upperarm", "lowerarm", side=side))
            r[f"forearm_{side}"] = self._dominated(self._bones("lowerarm", side=side))
            r[f"elbow_{side}"] = self._near(f"lowerarm01.{s}", 55.0, arm)
            r[f"upper_arm_{side}"] = self._dominated(self._bones("upperarm", side=side))
            # The whole arm below the shoulder (the shoulder turns it down onto the floor).
            r[f"arm_{side}"] = np.union1d(np.union1d(
                self._dominated(self._bones("upperarm02", "lowerarm", side=side)), hand),
                r[f"forearm_{side}"])
            r[f"wrist_{side}"] = self._near(f"wrist.{s}", 40.0, np.concatenate([hand, arm]))
            r[f"ankle_{side}"] = self._near(f"foot.{s}", 45.0)
            hip_centre = body.heads[body.bone(f"upperleg01.{s}")]
            outer = np.nonzero(v[:, 0] > hip_centre[0] - 15.0)[0]
            # The side of the pelvis over the hip joint; skin the thigh carries is left out,
            # or turning the leg would move what the body lies on.
            # The side of the hip: the great trochanter and the upper outer thigh, what
            # a body lying on its side rests on.
            near_hip = np.intersect1d(outer, self._dominated(
                self._bones("upperleg", side=side) + self._bones("root", "spine05", "pelvis")))
            r[f"hip_{side}"] = self._near(f"upperleg01.{s}", 160.0, near_hip)
            shoulder = body.heads[body.bone(f"upperarm01.{s}")]
            lateral = np.nonzero(v[:, 0] > shoulder[0] - 60.0)[0]
            r[f"shoulder_{side}"] = self._near(f"upperarm01.{s}", 110.0, lateral)
        for name in list(r):
            if name.endswith("_left"):
                r[name[:-5] + "_right"] = np.sort(body.mirror_vertex[r[name]])
        trunk = self._dominated(self._bones("root", "spine", "pelvis", "clavicle", "shoulder01",
                                            "neck"))
        spine_y = np.array([body.heads[body.bone(n)][1] for n in
                            ("spine05", "spine04", "spine03", "spine02", "spine01", "neck01")])
        spine_z = np.array([body.heads[body.bone(n)][2] for n in
                            ("spine05", "spine04", "spine03", "spine02", "spine01", "neck01")])
        behind = v[:, 2] < np.interp(v[:, 1], spine_y, spine_z)
        hips = self._dominated(self._bones("root", "spine05", "pelvis", "upperleg01"))
        r["pelvis"] = self._dominated(self._bones("root", "spine05", "pelvis"))
        r["buttocks"] = hips[behind[hips] & (v[hips, 1] < 90.0) & (v[hips, 1] > -160.0)]
        r["back"] = trunk[behind[trunk] & (v[trunk, 1] > 60.0)]
        r["upper_back"] = r["back"][v[r["back"], 1] > 300.0]
        r["lower_back"] = r["back"][v[r["back"], 1] <= 300.0]
        neck_y = body.heads[body.bone("neck01")][1]
        r["chest"] = trunk[~behind[trunk] & (v[trunk, 1] > 280.0) & (v[trunk, 1] < neck_y - 30)]
        r["belly"] = trunk[~behind[trunk] & (v[trunk, 1] <= 280.0)]
        head = self._dominated(self._bones("head"))
        r["head"] = head
        r["face"] = head[v[head, 2] > 70.0]
        r["forehead"] = head[(v[head, 2] > 60.0) & (v[head, 1] > 760.0)]
        r["neck"] = self._near("neck02", 60.0)

    # Landmarks ----------------------------------------------------------------

    def _build_landmarks(self) -> None:
        body, v = self.body, self.body.vertices
        j = self.joint_marks
        b = body.bone
        j["head"] = (b("head"), 0.45)
        j["neck"] = (b("neck02"), 0.0)
        j["pelvis"] = (b("spine05"), 0.0)  # re-centred between the hips below
        j["spine_lower"] = (b("spine04"), 0.0)
        j["spine_mid"] = (b("spine02"), 0.0)
        j["spine_upper"] = (b("spine01"), 0.0)
        for side, s in SIDE_SUFFIX.items():
            j[f"shoulder_{side}"] = (b(f"upperarm01.{s}"), 0.0)
            j[f"elbow_{side}"] = (b(f"lowerarm01.{s}"), 0.0)
            j[f"wrist_{side}"] = (b(f"wrist.{s}"), 0.0)
            j[f"hand_{side}"] = (b(f"metacarpal2.{s}"), 0.5)
            j[f"fingertips_{side}"] = (b(f"finger3-3.{s}"), 1.0)
            j[f"hip_{side}"] = (b(f"upperleg01.{s}"), 0.0)
            j[f"knee_{side}"] = (b(f"lowerleg01.{s}"), 0.0)
            j[f"ankle_{side}"] = (b(f"foot.{s}"), 0.0)
            j[f"foot_{side}"] = (b(f"foot.{s}"), 1.0)
            j[f"clavicle_{side}"] = (b(f"clavicle.{s}"), 1.0)
        k = self.skin_marks
        head = self.regions["head"]
        mid = head[np.abs(v[head, 0]) < 1.0]
        low = mid[(v[mid, 1] < 650.0) & (v[mid, 2] > 60.0)]
        k["chin"] = int(low[np.argmax(v[low, 2] - 0.5 * v[low, 1])])
        k["head_top"] = int(head[np.argmax(v[head, 1])])
        front = np.nonzero((np.abs(v[:, 0]) < 1.0) & (np.abs(v[:, 1] - 430.0) < 15.0))[0]
        k["chest"] = int(front[np.argmax(v[front, 2])])
        k["upper_back"] = int(front[np.argmin(v[front, 2])])
        for side in ("left",):
            sole = self.regions[f"sole_{side}"]
            foot = self.regions[f"foot_{side}"]
            k[f"heel_{side}"] = int(sole[np.argmin(v[sole, 2])])
            k[f"toe_{side}"] = int(foot[np.argmax(v[foot, 2])])
        for name in list(k):
            if name.endswith("_left"):
                k[name[:-5] + "_right"] = int(body.mirror_vertex[k[name]])

    def landmarks(self, rot: np.ndarray, pos: np.ndarray,
                  vertices: np.ndarray | None = None) -> dict[str, np.ndarray]:
        """Every landmark's world position for posed bones (and the posed skin, if known)."""
        body = self.body
        tails = pos + np.einsum("bij,bj->bi", rot, body.tails - body.heads)
        out = {}
        for name, (bone, t) in self.joint_marks.items():
            out[name] = pos[bone] * (1 - t) + tails[bone] * t
        out["pelvis"] = 0.5 * (out["hip_left"] + out["hip_right"])
        if vertices is None:
            skinned = dict(zip(self._skin_index.tolist(),
                               skin(body, rot, pos, self._skin_index)))
            for name, i in self.skin_marks.items():
                out[name] = skinned[i]
        else:
            for name, i in self.skin_marks.items():
                out[name] = vertices[i]
        return {name: np.array(p, dtype=np.float64) for name, p in sorted(out.items())}


@functools.lru_cache(maxsize=2)
def points_for(body: Body) -> BodyPoints:
    return BodyPoints(body)
