"""Loading and saving the clinic profile, with locale-aware defaults.

A missing file means "not set up yet": defaults. A file that cannot be read
is reported once and the defaults are used, so the app always starts. The
file itself is the collection's (`Collection.clinic_profile`).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ..errors import HandoutError
from ..model import Clinic

LETTER_TERRITORIES = (QLocale.Country.UnitedStates, QLocale.Country.Canada)


def default_page_size(locale: QLocale | None = None) -> str:
    """Letter in the United States and Canada, A4 everywhere else."""
    locale = locale or QLocale()
    return "Letter" if locale.territory() in LETTER_TERRITORIES else "A4"


def default_clinic() -> Clinic:
    return Clinic(page_size=default_page_size())


def _folders(collection):
    from ..collection import Folders
    return collection.folders if collection is not None else Folders.standard()


def load(collection=None) -> tuple[Clinic, HandoutError | None]:
    """The saved profile, or the defaults plus the error that stopped it loading."""
    from ..collection import read_clinic_profile
    return read_clinic_profile(_folders(collection), default_clinic())


def save(clinic: Clinic, collection=None) -> None:
    from ..collection import write_clinic_profile
    write_clinic_profile(_folders(collection), clinic)
