"""Synthetic data made at run time: exercises, handouts, templates and phone photos.

Deterministic (fixed seeds), so two runs measure the same work. Nothing here
reads or writes outside the folders it is given.
"""

from __future__ import annotations

import copy
import datetime as _dt
import io
import random
from pathlib import Path

from handout import storage
from handout.model import (EQUIPMENT, REGIONS, Clinic, Dose, Exercise, Handout, Item,
                           Template)

_POSITIONS = ["standing", "seated", "side-lying", "supine", "prone", "kneeling", "half-kneeling",
              "wall", "four-point", "single-leg", "split-stance", "long-sitting"]
_MOVES = ["clamshell", "bridge", "squat", "lunge", "raise", "curl", "press", "row", "stretch",
          "rotation", "abduction", "adduction", "extension", "flexion", "slide", "hold",
          "march", "reach", "twist", "tilt", "pull", "kick", "step-up", "pendulum"]
_PARTS = ["hip", "knee", "ankle", "calf", "hamstring", "quadriceps", "gluteus medius",
          "shoulder", "scapula", "neck", "thoracic", "lumbar", "wrist", "elbow", "trunk",
          "adductor", "piriformis", "rotator cuff", "biceps", "triceps", "core", "foot"]
_MODIFIERS = ["", "", "", "band", "weighted", "isometric", "eccentric", "assisted",
              "progression", "easy", "advanced", "slow", "pulse"]
_TAGS = ["strength", "mobility", "stretch", "balance", "tendinopathy", "post-op", "acl",
         "osteoarthritis", "low back pain", "posture", "stability", "endurance", "runner",
         "sciatica", "frozen shoulder", "whiplash", "pregnancy", "elderly"]
_STEPS = [
    "Start in a comfortable position with your back straight.",
    "Breathe out as you slowly move, keeping the movement smooth and controlled.",
    "Hold the end position for the time shown, without holding your breath.",
    "Slowly return to the start. Rest for a moment before the next one.",
    "Stop if the pain gets worse and tell your physiotherapist at your next visit.",
]


def synthetic_exercises(count: int, seed: int = 9) -> list[Exercise]:
    """`count` exercises with varied names, aliases, tags, regions and equipment."""
    rng = random.Random(seed)
    regions = list(REGIONS)
    equipment = list(EQUIPMENT)
    out = []
    for number in range(count):
        words = [rng.choice(_POSITIONS), rng.choice(_PARTS), rng.choice(_MOVES)]
        modifier = rng.choice(_MODIFIERS)
        if modifier:
            words.append(modifier)
        name = " ".join(words).capitalize()
        aliases = [f"{rng.choice(_PARTS)} {rng.choice(_MOVES)}" for _ in range(rng.randint(0, 3))]
        out.append(Exercise(
            id=f"synthetic-{number:05d}", name=name, region=rng.choice(regions),
            aliases=aliases, tags=rng.sample(_TAGS, rng.randint(1, 4)),
            equipment=rng.sample(equipment, rng.randint(1, 2)),
            level=rng.choice(["beginner", "intermediate", "advanced"]),
            steps=list(_STEPS[:rng.randint(3, 5)]),
            dose=Dose(sets=3, reps=10, hold=rng.choice([None, 2, 5, 30]),
                      frequency="once a day"),
            precautions=["Keep the movement pain free."]))
    return out


def write_exercises(exercises: list[Exercise], folder: Path) -> None:
    """The files exactly as the app saves them (without its fsync: this is scratch data)."""
    folder.mkdir(parents=True, exist_ok=True)
    for exercise in exercises:
        body = storage.exercise_to_dict(exercise)
        (folder / f"{exercise.id}.json").write_bytes(
            storage.dumps(storage.document("handout-exercise", "exercise", body)))


EDUCATION = (
    "## What is going on\n\n"
    "Your pain comes from a tendon that has been doing more than it is used to. "
    "It is not damaged for good. Tendons get stronger when you load them a little more "
    "each week.\n\n"
    "## What helps\n\n"
    "- Keep moving, but ease off the activities that make it much worse.\n"
    "- Some discomfort during the exercises is fine: up to 3 out of 10.\n"
    "- An ice pack wrapped in a towel for 10 minutes can ease the pain.\n")
ADVICE = ("Do your exercises at the same time each day. If the pain is worse the next "
          "morning, do a little less next time. Call us if you are unsure.")


def clinic() -> Clinic:
    return Clinic(name="Riverside Physiotherapy", address="12 Mill Lane, Bristol BS1 4XE",
                  phone="0117 496 0000", email="hello@riverside-physio.example",
                  website="riverside-physio.example", therapist="Sam Okafor",
                  disclaimer="These exercises were chosen for you. Stop and call us if an "
                             "exercise causes sharp pain, numbness or dizziness.")


def handout_from(exercises: list[Exercise], count: int, seed: int = 9) -> Handout:
    """A realistic patient handout with `count` items cycled from `exercises`."""
    rng = random.Random(seed)
    items = []
    for number in range(count):
        exercise = exercises[number % len(exercises)]
        items.append(Item(
            exercise=copy.deepcopy(exercise),
            dose=Dose(sets=rng.choice([2, 3]), reps=rng.choice([8, 10, 12, 15]),
                      hold=rng.choice([None, 2, 5]), frequency="once a day",
                      side=rng.choice(["both", "both", "left", "right"])),
            notes="Go slowly and keep your knee in line with your toes." if number % 3 == 0
            else ""))
    return Handout(title="Your exercise programme", patient_name="Alex Example",
                   date=_dt.date(2026, 11, 23), therapist="Sam Okafor",
                   review_date=_dt.date(2026, 12, 7), education=EDUCATION, items=items,
                   advice=ADVICE)


def templates(exercises: list[Exercise], count: int, seed: int = 9) -> list[Template]:
    """`count` templates of 4-8 exercises each, as a clinic would keep them."""
    rng = random.Random(seed)
    out = []
    for number in range(count):
        chosen = rng.sample(exercises, min(len(exercises), rng.randint(4, 8)))
        handout = handout_from(chosen, len(chosen), seed=number)
        handout.title = f"Programme {number}: {chosen[0].name.lower()}"
        out.append(Template(id=f"clinic-template-{number:04d}",
                            name=f"{rng.choice(_TAGS).capitalize()} programme {number}",
                            description="A synthetic clinic template for the benchmark.",
                            tags=rng.sample(_TAGS, 2), handout=handout, origin="clinic"))
    return out


def write_templates(items: list[Template], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for template in items:  # as the app saves them, without its fsync
        (folder / f"{template.id}.json").write_bytes(storage.template_bytes(template))


# ------------------------------------------------------------------ photos

def phone_photo(path: Path, seed: int, size: tuple[int, int] = (4000, 3000)) -> int:
    """A 12-MP phone-like JPEG with EXIF (orientation, GPS, camera); returns its size.

    Smooth shapes plus sensor-like noise give a file of a few MB, as a phone's is;
    pure noise would be far larger, a flat picture far smaller than real photos.
    """
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    small = Image.new("RGB", (size[0] // 8, size[1] // 8),
                      tuple(rng.randint(60, 200) for _ in range(3)))
    draw = ImageDraw.Draw(small)
    for _ in range(40):
        x, y = rng.randint(0, small.width), rng.randint(0, small.height)
        r = rng.randint(10, small.width // 4)
        draw.ellipse((x - r, y - r, x + r, y + r),
                     fill=tuple(rng.randint(0, 255) for _ in range(3)))
    picture = small.filter(ImageFilter.GaussianBlur(6)).resize(size, Image.Resampling.BILINEAR)
    noise = Image.effect_noise(size, 28).convert("RGB")
    picture = Image.blend(picture, noise, 0.18)
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° to view upright, as phones write it
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Phone 12"
    exif[0x0132] = "2026:11:23 10:15:00"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (51.0, 27.0, 12.5)
    gps[3] = "W"
    gps[4] = (2.0, 35.0, 1.2)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=90, exif=exif.tobytes())
    path.write_bytes(buffer.getvalue())
    return len(buffer.getvalue())
