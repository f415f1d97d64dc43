"""The data model: exercises, doses, handout items, handouts, templates, clinic.

Plain dataclasses with no Qt and no I/O. Everything else (storage, PDF, GUI)
reads and changes these objects; they are the single source of truth.
"""

from __future__ import annotations

import copy
import datetime as _dt
from dataclasses import dataclass, field, replace

from .dose import Amount, DoseError, Frequency, parse_amount, parse_frequency
from .layouts import NAMES as LAYOUTS  # the print layouts, described in handout.layouts

# "both": nothing to say (both sides together, or it does not apply); "each":
# do the dose on one side, then on the other.
SIDES = ("both", "each", "left", "right", "alternate")
LEVELS = ("beginner", "intermediate", "advanced")
PAGE_SIZES = ("A4", "Letter")

# Body regions an exercise belongs to: id -> label shown to the therapist.
REGIONS = {
    "hip": "Hip and gluteal",
    "knee": "Knee",
    "ankle-foot": "Ankle and foot",
    "lower-back": "Lower back",
    "upper-back": "Upper back",
    "neck": "Neck",
    "shoulder": "Shoulder",
    "elbow": "Elbow",
    "wrist-hand": "Wrist and hand",
    "balance": "Balance",
    "general": "General mobility and stretching",
}

# Equipment an exercise may need: id -> label.
EQUIPMENT = {
    "none": "No equipment",
    "mat": "Mat",
    "band": "Resistance band",
    "step": "Step",
    "chair": "Chair",
    "wall": "Wall",
    "ball": "Ball",
    "weight": "Weight",
    "towel": "Towel",
    "table": "Table",
    "bench": "Bench",
    "foam-roller": "Foam roller",
    "stick": "Stick or broom handle",
    "cushion": "Cushion",
    "belt": "Belt or strap",
    "bike": "Exercise bike",
}

# The clinic-wide rule for pain during exercise, printed once on every handout
# with exercises (docs/content-style.md). A clinic words its own in its
# profile; a template or handout may override it, giving the reason.
PAIN_RULE_HEADING = "How much pain is OK?"
DEFAULT_PAIN_RULE = ("Some pain while you exercise is normal and safe. Keep it to 4 out of 10 "
                     "or less, where 0 is no pain and 10 is the worst pain you can imagine. "
                     "It should settle by the next morning. If it does not, do a little less "
                     "next time.")

SIDE_LABELS = {
    "both": "",  # nothing to say: both sides is the normal case
    "each": "each side",
    "left": "left side",
    "right": "right side",
    "alternate": "alternate sides",
}


@dataclass
class Dose:
    """How much of an exercise to do, as the therapist set it. None / "" means "not said".

    Reps and sets are counts or ranges; `duration` (a time or a distance)
    replaces reps for a timed exercise ("walk 10 minutes"); hold and rest are
    times with their unit; frequency is times a day and days a week or the
    therapist's own words (see `handout.dose`). For convenience (tests, the
    CLI) the fields also take what a therapist would type: `Dose(reps="8-12",
    hold="1 min", frequency="twice a day")`, or a whole number (a count, or
    seconds for hold and rest); anything else raises `DoseError`.
    """

    sets: Amount | None = None
    reps: Amount | None = None
    duration: Amount | None = None
    hold: Amount | None = None
    rest: Amount | None = None
    frequency: Frequency = field(default_factory=Frequency)
    side: str = "both"
    load: str = ""

    def __post_init__(self) -> None:
        for name in ("sets", "reps", "duration", "hold", "rest"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, Amount):
                if isinstance(value, bool) or not isinstance(value, (int, str)):
                    raise TypeError(f"Dose.{name}: expected an Amount, text or a whole "
                                    f"number, got {value!r}")
                text = str(value)
                if isinstance(value, int) and name in ("hold", "rest"):
                    text += " s"
                setattr(self, name, parse_amount(text, name))
        if not isinstance(self.frequency, Frequency):
            self.frequency = parse_frequency(str(self.frequency or ""))
        if self.reps is not None and self.duration is not None:
            raise DoseError("a dose has reps or a time (or distance), not both")

    @property
    def is_timed(self) -> bool:
        """Done for a time or a distance rather than a number of reps."""
        return self.duration is not None and self.reps is None

    def describe(self) -> str:
        """The dose as one English line, e.g. `3 sets × 10 reps · hold 5 seconds · twice a day`."""
        from .phrases import dose_line
        return dose_line(self)


@dataclass
class Exercise:
    """One exercise from the library (bundled, the therapist's own, or the clinic's)."""

    id: str
    name: str
    region: str = "general"
    aliases: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    equipment: list[str] = field(default_factory=list)
    level: str = "beginner"
    steps: list[str] = field(default_factory=list)
    dose: Dose = field(default_factory=Dose)
    precautions: list[str] = field(default_factory=list)
    # The old stick-figure definition of a file from an older version, kept as
    # plain data so nothing is lost; it is drawn only as the current figure of
    # the library exercise it came from (see handout.figures.built.lookup).
    illustration: dict | None = None
    # The body figure (format version 2, see handout.figures.body_format) or
    # None; kept as plain data so the model does not depend on the figure code.
    figure: dict | None = None
    # Photo file names, relative to the folder of the exercise file.
    photos: list[str] = field(default_factory=list)
    video_url: str = ""
    # Progressions: ids of library exercises that are easier / harder versions
    # of this one, most alike first (see `handout.progressions`).
    easier: list[str] = field(default_factory=list)
    harder: list[str] = field(default_factory=list)
    # Where the exercise came from; set by the library, never stored.
    origin: str = "bundled"
    # The sha256 of the file it was read from: a save refuses to overwrite a
    # file that changed since. Set by the library, never stored or compared.
    revision: str = field(default="", compare=False, repr=False)


@dataclass
class Item:
    """An exercise placed in a handout, with the therapist's overrides for this patient."""

    exercise: Exercise
    dose: Dose | None = None  # None: use the exercise's default dose
    notes: str = ""
    steps: list[str] | None = None  # None: use the library steps
    video_url: str = ""  # "" : use the exercise's link, if any

    @property
    def effective_dose(self) -> Dose:
        return self.dose if self.dose is not None else self.exercise.dose

    @property
    def effective_steps(self) -> list[str]:
        return self.steps if self.steps is not None else self.exercise.steps

    @property
    def effective_video_url(self) -> str:
        return self.video_url or self.exercise.video_url


@dataclass
class LayoutOptions:
    """How the handout is printed."""

    layout: str = "standard"  # a name in handout.layouts (an unknown one prints as standard)
    page_size: str = "A4"
    diary_weeks: int = 0
    show_time: bool = False  # print the estimated minutes per session


@dataclass
class Handout:
    """A patient's handout: the document the therapist edits and prints."""

    title: str = "Your exercise programme"
    patient_name: str = ""
    date: _dt.date | None = None
    therapist: str = ""
    review_date: _dt.date | None = None
    education: str = ""
    items: list[Item] = field(default_factory=list)
    advice: str = ""
    options: LayoutOptions = field(default_factory=LayoutOptions)
    # "" prints the clinic's pain rule; text here replaces it for this handout,
    # with the reason (for the therapist, never printed) beside it.
    pain_rule: str = ""
    pain_rule_reason: str = ""
    # The language everything printed is in (`handout.i18n.LANGUAGES`); the
    # therapist's own typed text is printed as typed.
    language: str = "en"
    # A second language the exercise texts (and our education, pain rule and
    # advice) also print in, for a carer: "" for none; never the same as
    # `language`. It concerns this patient, so templates do not keep it.
    second_language: str = ""

    def copy(self) -> "Handout":
        return copy.deepcopy(self)


# Fields of a Handout that identify or concern one patient; templates never carry them.
PATIENT_FIELDS = ("patient_name", "date", "therapist", "review_date")


@dataclass
class Template:
    """A reusable handout without patient details, plus a name, description and tags."""

    id: str
    name: str
    description: str = ""
    tags: list[str] = field(default_factory=list)
    handout: Handout = field(default_factory=Handout)
    origin: str = "bundled"  # set by the library, never stored
    revision: str = field(default="", compare=False, repr=False)  # as for Exercise

    def __post_init__(self) -> None:
        self.handout = strip_patient_details(self.handout)

    def new_handout(self, patient_name: str = "", date: _dt.date | None = None,
                    therapist: str = "", language: str = "") -> Handout:
        """A fresh handout for one patient, started from this template; in the
        template's own language if it has one, else in `language` (the clinic's)."""
        own = self.handout.language
        return replace(self.handout.copy(), patient_name=patient_name, date=date,
                       therapist=therapist, review_date=None,
                       language=own if own != "en" or not language else language,
                       second_language="")


def strip_patient_details(handout: Handout) -> Handout:
    """A copy of `handout` with every patient-specific field emptied."""
    clean = handout.copy()
    clean.patient_name = ""
    clean.date = None
    clean.therapist = ""
    clean.review_date = None
    clean.second_language = ""  # the carer's language is this patient's, not the template's
    return clean


@dataclass
class Clinic:
    """The clinic profile: printed in the header and footer of every handout."""

    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo_path: str = ""
    therapist: str = ""
    disclaimer: str = ""
    page_size: str = "A4"
    accent_color: str = "#2a7f8e"
    pain_rule: str = ""  # "" prints DEFAULT_PAIN_RULE
    language: str = "en"  # the language new handouts start in

    def contact_line(self) -> str:
        return " · ".join(p.strip() for p in (self.address, self.phone, self.email,
                                               self.website) if p.strip())


def pain_rule_for(handout: Handout, clinic: Clinic | None) -> str:
    """The pain rule printed on `handout`: its own, else the clinic's, else the default."""
    own = handout.pain_rule.strip()
    clinic_rule = clinic.pain_rule.strip() if clinic is not None else ""
    return own or clinic_rule or DEFAULT_PAIN_RULE
