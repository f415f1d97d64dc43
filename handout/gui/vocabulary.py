"""The fixed words of the library (body regions, equipment, levels) in the interface language.

The core keeps them in English (`handout.model.REGIONS`, `EQUIPMENT`,
`LEVELS`); the interface shows them through Qt's translator, context
"Vocabulary". Each English label is listed below so `pyside6-lupdate` finds
it; a test fails when the core gains a label this list lacks.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..model import EQUIPMENT, REGIONS

CONTEXT = "Vocabulary"

LABELS = (
    QT_TRANSLATE_NOOP("Vocabulary", "Hip and gluteal"),
    QT_TRANSLATE_NOOP("Vocabulary", "Knee"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ankle and foot"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lower back"),
    QT_TRANSLATE_NOOP("Vocabulary", "Upper back"),
    QT_TRANSLATE_NOOP("Vocabulary", "Neck"),
    QT_TRANSLATE_NOOP("Vocabulary", "Shoulder"),
    QT_TRANSLATE_NOOP("Vocabulary", "Elbow"),
    QT_TRANSLATE_NOOP("Vocabulary", "Wrist and hand"),
    QT_TRANSLATE_NOOP("Vocabulary", "Balance"),
    QT_TRANSLATE_NOOP("Vocabulary", "General mobility and stretching"),
    QT_TRANSLATE_NOOP("Vocabulary", "No equipment"),
    QT_TRANSLATE_NOOP("Vocabulary", "Mat"),
    QT_TRANSLATE_NOOP("Vocabulary", "Resistance band"),
    QT_TRANSLATE_NOOP("Vocabulary", "Step"),
    QT_TRANSLATE_NOOP("Vocabulary", "Chair"),
    QT_TRANSLATE_NOOP("Vocabulary", "Wall"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ball"),
    QT_TRANSLATE_NOOP("Vocabulary", "Weight"),
    QT_TRANSLATE_NOOP("Vocabulary", "Towel"),
    QT_TRANSLATE_NOOP("Vocabulary", "Table"),
    QT_TRANSLATE_NOOP("Vocabulary", "Bench"),
    QT_TRANSLATE_NOOP("Vocabulary", "Foam roller"),
    QT_TRANSLATE_NOOP("Vocabulary", "Stick or broom handle"),
    QT_TRANSLATE_NOOP("Vocabulary", "Cushion"),
    QT_TRANSLATE_NOOP("Vocabulary", "Belt or strap"),
    QT_TRANSLATE_NOOP("Vocabulary", "Exercise bike"),
    QT_TRANSLATE_NOOP("Vocabulary", "beginner"),
    QT_TRANSLATE_NOOP("Vocabulary", "intermediate"),
    QT_TRANSLATE_NOOP("Vocabulary", "advanced"),
)


def word(english: str) -> str:
    """An English label of the library's vocabulary, in the interface language."""
    return QCoreApplication.translate(CONTEXT, english)


def region(region_id: str) -> str:
    return word(REGIONS.get(region_id, region_id))


def equipment(equipment_id: str) -> str:
    return word(EQUIPMENT.get(equipment_id, equipment_id))


def level(level_id: str) -> str:
    return word(level_id)
