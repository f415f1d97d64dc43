"""The bundled library's patient text follows docs/content-style.md, as far as a test can tell.

What is checked, per exercise: a plain name (no jargon heading unless it is in
brackets after a plain name), 3-6 steps, at least one caution, the caution its
tags call for (balance, band, deep flexion, spinal extension or flexion,
nerve), well-formed side tokens and no fixed "left"/"right" outside them, no
sentence said twice, and a reading grade of 6 or lower. Per template: plain
education, a "What helps" and a "Get help" section, 2-5 exercises, a phase or
progression section when tagged "phased", the surgeon named after an
operation, no pain scale restated (the clinic-wide pain rule is printed once),
no advice printed twice, and a reading grade of 6 or lower per section.
Exercises still waiting for a figure must have a figure brief.

The readability formula is Flesch-Kincaid grade level with a syllable
heuristic written here (no dependency). Its limits, which is why the
threshold is a guide and a person still reads every text:

- It sees only sentence length and syllables per word, not whether a word is
  familiar ("ache" and "acne" score the same; "physiotherapist" scores as hard
  as any six-syllable word, though patients know it).
- The syllable count is a heuristic (vowel groups, silent final "e", "-es",
  "-ed"): right for most plain words, off by one for some ("area", "idea",
  "tired"). Numbers count as one syllable.
- Words in brackets are left out: by our style the clinical name goes in
  brackets after the plain word, for the therapist and for search, and the
  patient reads the plain word. Side tokens count as their first word.
- On very short texts one long word moves the grade a lot, so exercises are
  graded on all their steps and cautions together, and templates per section.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from handout import model, paths, storage
from handout.library import ExerciseLibrary
from handout.model import Exercise, Handout, Item, Template
from handout.pdf import markup

pytestmark = pytest.mark.core

MAX_GRADE = 6.0
EXERCISE_FILES = sorted(paths.BUNDLED_EXERCISES.glob("*.json"))
TEMPLATE_FILES = sorted(paths.BUNDLED_TEMPLATES.glob("*.json"))
FIGURE_BRIEFS = Path(__file__).parents[2] / "docs" / "figure-briefs.md"

# Jargon a patient should not meet as the heading of an exercise. Allowed only
# inside brackets after a plain name: "Knee straightening (terminal knee extension)".
JARGON = ("eccentric", "concentric", "terminal", "isometric", "isometrics", "levator",
          "scapulae", "scapular", "scapula", "trapezius", "thoracic", "lumbar", "cervical",
          "quadriceps", "quads", "adductor", "abduction", "adduction", "eversion",
          "inversion", "extension", "flexion", "rotation", "prone", "supine", "plantar",
          "fascia", "soleus", "gastrocnemius", "piriformis", "gluteus", "gluteal",
          "tandem", "proprioception", "dorsiflexion", "plantarflexion", "scaption",
          "serratus", "pectoral", "neural", "tendinopathy", "transversus", "diaphragmatic",
          "mobilisation", "isotonic", "lateral", "medial", "protraction", "retraction",
          "deviation", "pronation", "supination")

# Caution each tag calls for: (tag, pattern a caution must match, what to write).
TAG_CAUTIONS = (
    ("balance", r"something steady", "balance: \"Always have something steady within reach.\""),
    ("band", r"\b(tears?|snap)\b", "band: check the band for tears, a worn band can snap"),
    ("deep-flexion", r"hip or knee replacement",
     "deep bending: \"After a hip or knee replacement, ask your physiotherapist first.\""),
    ("spinal-extension", r"osteoporosis", "spinal extension: an osteoporosis caution"),
    ("spinal-flexion", r"osteoporosis", "spinal flexion: an osteoporosis caution"),
    ("nerve", r"tingling.*numb|numb.*tingling",
     "nerve: gentle, no strong tingling or numbness that lasts"),
)
DOOR_CAUTION = r"\bdoor\b.*\b(lock|no one opens)"

_TOKEN = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")
_SIDE_WORD = re.compile(r"\b(left|right)\b(?! angle)", re.IGNORECASE)
_SWAP = re.compile(r"\b(change|swap) (sides|legs|arms|feet|hands)\b", re.IGNORECASE)
_PAIN_SCALE = re.compile(r"\b\d+\s*(out of|/)\s*10\b", re.IGNORECASE)


# ------------------------------------------------------------------ readability

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")


def syllables(word: str) -> int:
    """Syllables in one English word, by heuristic (see the module docstring)."""
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return 1  # a number
    if len(w) <= 3:
        return 1
    if w.endswith("le") and w[-3] not in "aeiouy":
        pass  # "ankle", "table": the final "le" is a syllable of its own
    elif w.endswith("les") and w[-4] not in "aeiouy":
        pass  # "muscles", "ankles"
    elif w.endswith("es") and not re.search(r"(s|x|z|ch|sh|g|c)es$", w):
        w = w[:-2]  # "makes", "toes"; but "raises", "stretches" keep it
    elif w.endswith("ed") and not w.endswith(("ted", "ded")):
        w = w[:-2]  # "moved", "tucked"; but "lifted", "needed" keep it
    elif w.endswith("e") and not w.endswith(("ee", "ie")):
        w = w[:-1]  # silent final e: "make", "shoe"
    return max(1, len(_VOWEL_GROUPS.findall(w)))


def plain_for_reading(text: str) -> str:
    """Text as the patient reads it: side tokens as their first word, no brackets, no **."""
    text = _TOKEN.sub(lambda m: m.group(1), text)
    text = re.sub(r"\([^()]*\)", " ", text)
    return text.replace("**", "")


def sentences_of(text: str) -> list[str]:
    """Sentences: split after . ! ? and at line ends (a bullet is a sentence)."""
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [p.strip() for p in parts if _WORD.search(p)]


def grade(text: str) -> float:
    """Flesch-Kincaid grade level of `text`: 0.39 w/s + 11.8 syl/w - 15.59."""
    text = plain_for_reading(text)
    found = sentences_of(text)
    words = _WORD.findall(text)
    if not words:
        return 0.0
    syl = sum(syllables(w) for w in words)
    return 0.39 * len(words) / len(found) + 11.8 * syl / len(words) - 15.59


# ------------------------------------------------------------------ checks

def _normalised(sentence: str) -> str:
    sentence = plain_for_reading(sentence).casefold()
    return " ".join(re.findall(r"[a-z0-9]+", sentence))


def _duplicates(texts: list[str]) -> list[str]:
    """Sentences (of four words or more) said more than once in `texts`."""
    seen: set[str] = set()
    twice: list[str] = []
    for text in texts:
        for sentence in sentences_of(text):
            key = _normalised(sentence)
            if len(key.split()) < 4:
                continue  # "Hold, then relax." may well be in two steps
            if key in seen and key not in twice:
                twice.append(key)
            seen.add(key)
    return twice


def side_token_problems(text: str) -> list[str]:
    """Malformed side tokens, and "left"/"right" written outside a token."""
    problems = []
    for match in _TOKEN.finditer(text):
        if {match.group(1), match.group(2)} != {"left", "right"}:
            problems.append(f"side token {match.group(0)} must be {{left|right}} or "
                            f"{{right|left}}")
    rest = _TOKEN.sub("", text)
    if any(c in rest for c in "{}|"):
        problems.append(f"stray brace or bar (a broken side token) in: {text}")
    if _SIDE_WORD.search(rest):
        problems.append(f"fixed side word in: {text} (write {{left|right}} for the side "
                        "being treated, {right|left} for the other side)")
    return problems


def name_problems(name: str) -> list[str]:
    problems = []
    if name.lstrip().startswith("("):
        problems.append(f"name {name!r} must start with a plain name")
    outside = re.sub(r"\([^()]*\)", " ", name).casefold()
    for word in re.findall(r"[a-z]+", outside):
        if word in JARGON:
            problems.append(f"name {name!r}: \"{word}\" is jargon as a heading; give a "
                            "plain name and put the clinical one in brackets after it")
    return problems


def exercise_problems(exercise: Exercise) -> list[str]:
    """Everything in one exercise that breaks the content style."""
    problems = name_problems(exercise.name)
    steps, cautions = exercise.steps, exercise.precautions
    if not 3 <= len(steps) <= 6:
        problems.append(f"{len(steps)} steps; write 3-6")
    if not cautions:
        problems.append("no caution; every exercise needs at least one")
    tags = {t.casefold() for t in exercise.tags}
    if "band" in exercise.equipment and "band" not in tags:
        problems.append("uses a band but is not tagged \"band\"")
    if exercise.region == "balance" and "balance" not in tags:
        problems.append("a balance exercise not tagged \"balance\"")
    for tag, pattern, wanted in TAG_CAUTIONS:
        if tag in tags and not any(re.search(pattern, c, re.IGNORECASE) for c in cautions):
            problems.append(f"tagged {tag!r} but no caution for it ({wanted})")
    door_anchor = "band" in exercise.equipment and any(
        re.search(r"\bdoor\b", s, re.IGNORECASE) for s in steps)
    if door_anchor and not any(
            re.search(DOOR_CAUTION, c, re.IGNORECASE) for c in cautions):
        problems.append("anchored in a door but no door-safety caution (lock it, or tell "
                        "others, so no one opens it)")
    tokens = any(_TOKEN.search(s) for s in steps + cautions)
    for text in steps + cautions:
        problems += side_token_problems(text)
        if tokens and _SWAP.search(text):
            problems.append(f"side-aware exercise says {_SWAP.search(text).group(0)!r}: "
                            "the dose line says \"each side\"; drop it")
    for sentence in _duplicates(steps + cautions):
        problems.append(f"said twice: {sentence!r}")
    score = grade("\n".join(steps + cautions))
    if score > MAX_GRADE:
        problems.append(f"reading grade {score:.1f} (at most {MAX_GRADE:g}): shorter "
                        "sentences, plainer words")
    return problems


def sections(text: str) -> list[tuple[str, str]]:
    """(heading, body) pairs of marked-up text; text before any heading has heading ""."""
    out: list[tuple[str, list[str]]] = [("", [])]
    for block in markup.parse(text):
        if block.kind == "heading":
            out.append((block.text, []))
        else:
            out[-1][1].append(block.text)
    return [(h, "\n".join(b)) for h, b in out if h or b]


def template_problems(template: Template) -> list[str]:
    """Everything in one template that breaks the content style."""
    handout: Handout = template.handout
    problems = []
    education, advice = sections(handout.education), sections(handout.advice)
    headings = [h.casefold() for h, _ in education + advice]
    if not education or any(h.startswith("what helps") for h in headings[:1]):
        problems.append("no plain education before \"What helps\"")
    if not any(h.startswith("what helps") for h in headings):
        problems.append("no \"What helps\" section")
    if not any(h.startswith("get help") for h in headings):
        problems.append("no \"Get help\" section with the warning signs")
    if not 2 <= len(handout.items) <= 5:
        problems.append(f"{len(handout.items)} exercises; a template has 2-5")
    tags = {t.casefold() for t in template.tags}
    if "phased" in tags and not any(re.search(r"phase|stage|progress|next|week", h)
                                    for h in headings):
        problems.append("tagged \"phased\" but no phase or progression section")
    own_text = [handout.education, handout.advice] + [i.notes for i in handout.items]
    if "post-operative" in tags and "surgeon" not in " ".join(own_text).casefold():
        problems.append("after an operation the text must say to follow the surgeon's advice")
    if handout.pain_rule.strip():
        if not handout.pain_rule_reason.strip():
            problems.append("overrides the clinic pain rule without giving the reason "
                            "(pain_rule_reason)")
        if grade(handout.pain_rule) > MAX_GRADE:
            problems.append(f"pain rule: reading grade {grade(handout.pain_rule):.1f}")
    for text in own_text:
        if _PAIN_SCALE.search(text):
            problems.append(f"restates a pain scale ({_PAIN_SCALE.search(text).group(0)}): "
                            "the clinic pain rule is printed once on every handout")
        problems += [p for p in side_token_problems(text) if "fixed side" not in p]
    printed = own_text + [handout.pain_rule]  # the override is printed too
    for sentence in _duplicates(printed):
        problems.append(f"said twice: {sentence!r}")
    own = {_normalised(s) for text in printed for s in sentences_of(text)
           if len(_normalised(s).split()) >= 4}
    for item in handout.items:
        theirs = {_normalised(s) for text in item.effective_steps + item.exercise.precautions
                  for s in sentences_of(text)}
        for sentence in sorted(own & theirs):
            problems.append(f"said twice (template and {item.exercise.id}): {sentence!r}")
    for heading, body in education + advice + [("notes", "\n".join(own_text[2:]))]:
        if body.strip():
            score = grade(body)
            if score > MAX_GRADE:
                problems.append(f"section {heading or '(first)'!r}: reading grade "
                                f"{score:.1f} (at most {MAX_GRADE:g})")
    return problems


def figure_brief_ids() -> set[str]:
    if not FIGURE_BRIEFS.exists():
        return set()
    return set(re.findall(r"^### `([a-z0-9-]+)`", FIGURE_BRIEFS.read_text("utf-8"), re.M))


# ------------------------------------------------------------------ the library

@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return ExerciseLibrary(user_dir=paths.ASSETS / "no-such-folder")


@pytest.mark.parametrize("path", EXERCISE_FILES, ids=lambda p: p.stem)
def test_exercise_text_follows_the_style_guide(path):
    assert exercise_problems(storage.load_exercise(path)) == []


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.stem)
def test_template_text_follows_the_style_guide(path, library):
    assert template_problems(storage.load_template(path, library.get)) == []


def test_every_exercise_without_a_figure_has_a_figure_brief():
    briefs = figure_brief_ids()
    waiting = [p.stem for p in EXERCISE_FILES
               if json.loads(p.read_text("utf-8"))["exercise"].get("figure") is None]
    assert [w for w in waiting if w not in briefs] == []


def test_figure_briefs_name_real_exercises_and_variants(library):
    text = FIGURE_BRIEFS.read_text("utf-8")
    for exercise_id in figure_brief_ids():
        assert exercise_id in library, f"figure brief for unknown exercise {exercise_id}"
    for line in re.findall(r"^(?:- (?:Easier|Harder):|\| `).*$", text, re.M):
        for variant in re.findall(r"`([a-z0-9-]+)`", line):
            assert variant in library, f"unknown variant {variant!r} in: {line}"


def test_library_size_and_coverage(library):
    assert len(library) >= 150
    for region in model.REGIONS:
        assert len(library.search(region=region)) >= 8, region
    assert len(TEMPLATE_FILES) >= 26


# ------------------------------------------------------------------ the checks can fail

def test_syllable_heuristic_on_plain_words():
    counted = {w: syllables(w) for w in ("knee", "ankle", "muscles", "makes", "raises",
                                         "lifted", "moved", "slowly", "towel", "the",
                                         "stretches", "exercise", "comfortable")}
    assert counted == {"knee": 1, "ankle": 2, "muscles": 2, "makes": 1, "raises": 2,
                       "lifted": 2, "moved": 1, "slowly": 2, "towel": 2, "the": 1,
                       "stretches": 2, "exercise": 3, "comfortable": 4}


def test_grade_tells_plain_from_dense_text():
    plain = "Lie on your back. Bend your knees. Lift your hips. Hold, then lower slowly."
    dense = ("Commence in a supine position, subsequently performing a controlled "
             "posterior pelvic tilt, maintaining abdominal activation throughout the "
             "concentric and eccentric components of the manoeuvre.")
    assert grade(plain) < 2 < MAX_GRADE < 12 < grade(dense)
    # Brackets and side tokens are read as the patient reads them.
    assert grade("Bend your {left|right} knee (knee flexion).") == grade("Bend your left knee.")


def test_the_checks_catch_a_badly_written_exercise():
    bad = Exercise(
        id="bad", name="Eccentric levator scapulae stretch", region="balance",
        tags=["balance", "deep-flexion"], equipment=["band"],
        steps=["Commence by positioning yourself adjacent to an appropriately stabilised "
               "door, subsequently tying the resistance band around the door handle.",
               "Stand on your right leg with your {left|rigth} arm out.",
               "Hold {left|right}.", "Change sides."],
        precautions=[])
    found = "\n".join(exercise_problems(bad))
    for expected in ("jargon", "no caution", "not tagged \"band\"", "'balance'",
                     "'deep-flexion'", "door-safety", "fixed side word", "{left|rigth}",
                     "'Change sides'", "reading grade"):
        assert expected in found, expected
    assert "steps" not in found  # four steps is fine
    assert exercise_problems(Exercise(id="x", name="Knee bend", steps=["Bend."] * 2,
                                      precautions=["Go slowly."]))[0] == "2 steps; write 3-6"


def test_the_checks_catch_a_badly_written_template():
    step = Exercise(id="s", name="Step", steps=["Step up onto the bottom stair slowly."] * 3,
                    precautions=["Hold the rail the whole time please."])
    handout = Handout(
        education="## What helps\n\nPain up to 5/10 is fine.\n\nRest and keep moving.",
        advice="## Later\n\nRest and keep moving.",
        items=[Item(exercise=step, notes="Hold the rail the whole time please.")])
    handout.pain_rule = "Rest and keep moving."  # an override: no reason, and a repeat
    template = Template(id="t", name="T", tags=["phased", "post-operative"], handout=handout)
    found = "\n".join(template_problems(template))
    for expected in ("no plain education", "\"Get help\"", "1 exercises",
                     "no phase or progression", "surgeon", "5/10", "said twice: 'rest and",
                     "template and s", "without giving the reason"):
        assert expected in found, expected


# ------------------------------------------------------------------ the pain rule and sides

def test_the_default_pain_rule_is_plain():
    assert grade(model.DEFAULT_PAIN_RULE) <= MAX_GRADE
    assert _PAIN_SCALE.search(model.DEFAULT_PAIN_RULE)


def test_pain_rule_comes_from_the_handout_then_the_clinic_then_the_default():
    handout, clinic = Handout(), model.Clinic()
    assert model.pain_rule_for(handout, None) == model.DEFAULT_PAIN_RULE
    clinic.pain_rule = "Our rule."
    assert model.pain_rule_for(handout, clinic) == "Our rule."
    handout.pain_rule = "  This handout's rule.  "
    assert model.pain_rule_for(handout, clinic) == "This handout's rule."


def test_pain_rule_round_trips_and_is_written_only_when_set(tmp_path, library):
    clinic_file = tmp_path / "clinic.json"
    storage.save_clinic(model.Clinic(name="C"), clinic_file)
    assert "pain_rule" not in clinic_file.read_text("utf-8")  # older versions can read it
    storage.save_clinic(model.Clinic(name="C", pain_rule="Up to 3 out of 10."), clinic_file)
    assert storage.load_clinic(clinic_file).pain_rule == "Up to 3 out of 10."
    knee = storage.load_template(paths.BUNDLED_TEMPLATES / "knee-replacement.json", library.get)
    assert knee.handout.pain_rule and knee.handout.pain_rule_reason
    saved = tmp_path / "knee.json"
    storage.save_template(knee, saved)
    again = storage.load_template(saved, library.get)
    assert (again.handout.pain_rule, again.handout.pain_rule_reason) == (
        knee.handout.pain_rule, knee.handout.pain_rule_reason)
    assert knee.new_handout().pain_rule == knee.handout.pain_rule
    plain = storage.load_template(paths.BUNDLED_TEMPLATES / "low-back-pain.json", library.get)
    assert "pain_rule" not in storage.template_bytes(plain).decode("utf-8")


def test_the_pdf_prints_one_pain_rule_and_never_the_reason(library):
    from handout import pdf
    from tests.helpers import pdf_text

    def words(text: str) -> str:
        return " ".join(text.split())

    clinic = model.Clinic(name="Clinic", pain_rule="Zebra rule: pain may reach 3 out of 10.")
    back = storage.load_template(paths.BUNDLED_TEMPLATES / "low-back-pain.json", library.get)
    printed = words(pdf_text(pdf.render(back.new_handout(), clinic)))
    assert printed.count("Zebra rule") == 1 and printed.count(model.PAIN_RULE_HEADING) == 1
    knee = storage.load_template(paths.BUNDLED_TEMPLATES / "knee-replacement.json", library.get)
    printed = words(pdf_text(pdf.render(knee.new_handout(), clinic)))
    assert "Zebra rule" not in printed and printed.count(model.PAIN_RULE_HEADING) == 1
    assert words(knee.handout.pain_rule)[:40] in printed
    assert words(knee.handout.pain_rule_reason)[:30] not in printed
    assert "{" not in printed and "|" not in printed  # side tokens were resolved


def test_side_tokens_print_the_dosed_side_or_the_pictured_one():
    from handout import sides
    step = "Hold the chair with your {right|left} hand. Lift your {left|right} leg."
    exercise = Exercise(id="e", name="E", steps=[step])
    for dosed, expected in (("left", "your right hand. Lift your left leg"),
                            ("right", "your left hand. Lift your right leg"),
                            ("both", "your left hand. Lift your right leg"),
                            ("alternate", "your left hand. Lift your right leg")):
        item = Item(exercise=exercise, dose=model.Dose(side=dosed))
        assert expected in sides.resolve(step, sides.shown_side(item)), dosed
    both = Item(exercise=exercise, dose=model.Dose(reps=10, side="both"))
    assert sides.dose_line(both) == "10 reps each side"
    assert sides.dose_line(Item(exercise=Exercise(id="b", name="Bridge", steps=["Lift."]),
                                dose=model.Dose(reps=10))) == "10 reps"
    assert sides.dose_line(Item(exercise=exercise, dose=model.Dose(reps=10, side="left"))) \
        == "10 reps · left side"
    exercise.figure = {"side": "left"}  # a figure drawn on the left side
    item = Item(exercise=exercise, dose=model.Dose(side="both"))
    assert "Lift your left leg" in sides.resolve(step, sides.shown_side(item))
