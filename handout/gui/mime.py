"""Drag-and-drop payloads shared by the library list and the handout's exercise list."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData

EXERCISE_IDS = "application/x-handout-exercise-ids"
ITEM_ROW = "application/x-handout-item-row"


def exercise_ids_mime(ids: list[str]) -> QMimeData:
    data = QMimeData()
    data.setData(EXERCISE_IDS, QByteArray("\n".join(ids).encode("utf-8")))
    data.setText(", ".join(ids))
    return data


def exercise_ids(data: QMimeData) -> list[str]:
    if not data.hasFormat(EXERCISE_IDS):
        return []
    raw = bytes(data.data(EXERCISE_IDS).data()).decode("utf-8", "replace")
    return [line for line in raw.splitlines() if line]


def item_row_mime(row: int) -> QMimeData:
    data = QMimeData()
    data.setData(ITEM_ROW, QByteArray(str(row).encode("ascii")))
    return data


def item_row(data: QMimeData) -> int | None:
    if not data.hasFormat(ITEM_ROW):
        return None
    try:
        return int(bytes(data.data(ITEM_ROW).data()).decode("ascii"))
    except ValueError:
        return None
