"""Loading and saving the clinic profile, with locale-aware defaults.

A missing file means "not set up yet": defaults. A file that cannot be read
is reported once and the defaults are used, so the app always starts.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from .. import paths, storage
from ..errors import HandoutError
from ..model import Clinic

LETTER_TERRITORIES = (QLocale.Country.UnitedStates, QLocale.Country.Canada)


def default_page_size(locale: QLocale | None = None) -> str:
    """Letter in the United States and Canada, A4 everywhere else."""
    locale = locale or QLocale()
    return "Letter" if locale.territory() in LETTER_TERRITORIES else "A4"


def default_clinic() -> Clinic:
    return Clinic(page_size=default_page_size())


def load() -> tuple[Clinic, HandoutError | None]:
    """The saved profile, or the defaults plus the error that stopped it loading."""
    path = paths.clinic_file()
    if not path.exists():
        return default_clinic(), None
    try:
        return storage.load_clinic(path), None
    except HandoutError as error:
        return default_clinic(), error


def save(clinic: Clinic) -> None:
    storage.save_clinic(clinic, paths.clinic_file())
