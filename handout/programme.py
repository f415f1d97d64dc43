"""Programme size and time: estimated minutes per session, and gentle notices.

Patients do more of a short programme (two to four exercises is the usual
advice), and nobody can judge a programme they cannot time. `estimate`
adds up one session from the doses: sets, reps at a steady pace, holds,
rests between sets and both sides for "each side"; a walk of a given
distance at an easy pace. What cannot be timed ("walk as long as
comfortable") is named, not guessed. The numbers are a sensible reading,
not a measurement, so the result is rounded to whole minutes and always
printed as "about".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal

from .dose import Amount
from .model import Dose, Handout, Item

SECONDS_PER_REP = Decimal(3)   # a controlled rep: about 1.5 s each way
HOLD_EXTRA = Decimal(2)        # moving into and out of a held position
REST_BETWEEN_SETS = Decimal(30)  # when the dose does not say
SETUP = Decimal(30)            # getting into position, reading the sheet
TYPICAL_REPS = Decimal(10)     # "as many as comfortable", or a dose with no reps
WALKING_METRES_PER_MINUTE = Decimal(70)  # an easy pace, about 4 km/h
MANY_EXERCISES = 5             # more than this gets a gentle notice


@dataclass
class Estimate:
    """About how long one session takes."""

    seconds: Decimal
    uncounted: list[str] = field(default_factory=list)  # exercises that cannot be timed

    @property
    def minutes(self) -> int:
        """Whole minutes, rounded half up; at least 1 for anything at all."""
        if self.seconds <= 0:
            return 0
        return max(1, int(math.floor(self.seconds / 60 + Decimal("0.5"))))

    def describe(self) -> str:
        """"About 12 minutes a session" (and what is not counted), in English."""
        if self.minutes == 0 and not self.uncounted:
            return ""
        parts = []
        if self.minutes:
            parts.append(f"About {self.minutes} minute{'s' if self.minutes != 1 else ''} "
                         "a session")
        if self.uncounted:
            names = ", ".join(self.uncounted)
            parts.append(("plus " if parts else "Not timed: ") + names)
        return ", ".join(parts)


def _middle(amount: Amount | None) -> Decimal | None:
    return None if amount is None else amount.middle()


def _seconds(amount: Amount | None) -> Decimal | None:
    middle = _middle(amount)
    return None if middle is None or amount is None else amount.in_base_units(middle)


def dose_seconds(dose: Dose) -> Decimal | None:
    """About how long one session of `dose` takes (without setting up); None if it
    cannot be timed (a time or distance "as comfortable")."""
    sets = _middle(dose.sets) or Decimal(1)
    sides = 2 if dose.side == "each" else 1
    hold = _seconds(dose.hold)
    if dose.duration is not None:
        if dose.duration.is_comfortable:
            return None
        amount = _seconds(dose.duration)
        assert amount is not None
        work = amount if dose.duration.kind == "time" else \
            amount / WALKING_METRES_PER_MINUTE * 60
    else:
        reps = _middle(dose.reps) or TYPICAL_REPS
        work = reps * ((hold + HOLD_EXTRA) if hold else SECONDS_PER_REP)
    rest = _seconds(dose.rest)
    if rest is None:
        rest = REST_BETWEEN_SETS
    return sides * (sets * work + (sets - 1) * rest)


def item_seconds(item: Item) -> Decimal | None:
    from .sides import printed_dose  # a one-sided exercise "on both" is done on each side
    seconds = dose_seconds(printed_dose(item))
    return None if seconds is None else seconds + SETUP


def estimate(handout: Handout) -> Estimate:
    total = Decimal(0)
    uncounted = []
    for item in handout.items:
        seconds = item_seconds(item)
        if seconds is None:
            uncounted.append(item.exercise.name)
        else:
            total += seconds
    return Estimate(total, uncounted)


def layout_notices(handout: Handout) -> list[str]:
    """What the therapist must know about the chosen layout before printing: a layout
    this version does not know, more exercises than it holds, what it leaves out."""
    from . import layouts
    name = handout.options.layout
    if not layouts.is_known(name):
        return [layouts.unknown_notice(name)]
    layout = layouts.get(name)
    out = [layouts.too_many(layout, len(handout.items)),
           layouts.left_out(layout, education=bool(handout.education.strip()),
                            advice=bool(handout.advice.strip()),
                            diary=handout.options.diary_weeks > 0 and bool(handout.items),
                            steps=any(item.effective_steps for item in handout.items))]
    return [text for text in out if text]


def notices(handout: Handout) -> list[str]:
    """Remarks for the therapist (never printed): the layout's first, then gentle ones
    about the programme's size."""
    count = len(handout.items)
    out = layout_notices(handout)
    if count > MANY_EXERCISES:
        out.append(f"{count} exercises: patients tend to keep up a short programme better; "
                   "two to four is usually enough.")
    minutes = estimate(handout).minutes
    if minutes > 30:
        out.append(f"About {minutes} minutes a session is a lot to fit into a day.")
    return out
