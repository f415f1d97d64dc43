"""The handout's list of exercises: shows the model's items, reorders by drag and drop.

The Qt model reads `document.handout.items` directly (no copy). A drop never
moves rows itself: it pushes a `MoveItem` or `InsertItem` command, and the
list refreshes from the document like every other widget.
"""

from __future__ import annotations

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractListModel, QMimeData, QModelIndex, Qt,
                            Signal)
from PySide6.QtWidgets import QAbstractItemView, QListView

from .. import sides
from ..library import ExerciseLibrary
from ..model import Item
from . import mime
from .commands import InsertItem, MoveItem
from .document import HandoutDocument
from .thumbnails import ThumbnailCache


def item_summary(item: Item) -> str:
    dose = sides.dose_line(item)
    return f"{item.exercise.name}\n{dose}" if dose else item.exercise.name


class HandoutItemsModel(QAbstractListModel):
    """A live view of the handout's items for `QListView`."""

    def __init__(self, document: HandoutDocument, library: ExerciseLibrary,
                 thumbnails: ThumbnailCache | None = None, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.library = library
        self.thumbnails = thumbnails
        self._count = len(document.handout.items)
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)

    def _thumbnail_ready(self, exercise_id: str) -> None:
        for row, item in enumerate(self.items[:self._count]):
            if item.exercise.id == exercise_id:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    @property
    def items(self) -> list[Item]:
        return self.document.handout.items

    def structure_changed(self) -> None:
        self.beginResetModel()
        self._count = len(self.items)
        self.endResetModel()

    def values_changed(self) -> None:
        if self._count != len(self.items):
            self.structure_changed()
        elif self._count:
            self.dataChanged.emit(self.index(0), self.index(self._count - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}.  {item_summary(item)}"
        if role == Qt.ItemDataRole.DecorationRole and self.thumbnails is not None:
            return self.thumbnails.get(item.exercise, item.effective_dose.side)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("Drag to reorder, or Alt+Up / Alt+Down. Delete removes it.") + "\n"
                    + "\n".join(f"{n}. {s}" for n, s in enumerate(item.effective_steps, 1)))
        return None

    def flags(self, index):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [mime.ITEM_ROW, mime.EXERCISE_IDS]

    def mimeData(self, indexes) -> QMimeData:
        rows = [i.row() for i in indexes if i.isValid()]
        return mime.item_row_mime(rows[0]) if rows else QMimeData()

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(mime.ITEM_ROW) or data.hasFormat(mime.EXERCISE_IDS)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Turn a drop into an undoable command. `row` -1 means "at the end"."""
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.items)
        source = mime.item_row(data)
        stack = self.document.undo_stack
        if source is not None:
            if not 0 <= source < len(self.items):
                return False
            target = row - 1 if row > source else row
            target = max(0, min(target, len(self.items) - 1))
            if target != source:
                stack.push(MoveItem(self.document, source, target))
            # Returning False stops the view from also deleting the dragged row.
            return False
        ids = [i for i in mime.exercise_ids(data) if i in self.library]
        if not ids:
            return False
        if len(ids) > 1:
            stack.beginMacro(self.tr("Add %n exercise(s)", "", len(ids)))
        for offset, exercise_id in enumerate(ids):
            stack.push(InsertItem(self.document, self.library.new_item(exercise_id),
                                  row + offset))
        if len(ids) > 1:
            stack.endMacro()
        return True


class ItemsView(QListView):
    """The exercise list in the handout editor."""

    current_row_changed = Signal(int)

    def __init__(self, model: HandoutItemsModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSpacing(2)
        self.setAlternatingRowColors(True)
        # A long dose line wraps (a narrow window) instead of hiding under a scroll bar.
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Exercises in this handout"))
        self.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_row_changed.emit(current.row()))

    EMPTY_HINT = QT_TRANSLATE_NOOP(
        "ItemsView", "No exercises yet.\n\nStart from a template (Ctrl+N), or find an exercise "
        "in the library (Ctrl+F), then press Enter, double-click it, or drag it here.")

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0:
            # An empty list says how to fill it, instead of staring back blankly.
            from PySide6.QtGui import QPainter
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            rect = self.viewport().rect().adjusted(24, 24, -24, -24)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, self.tr(self.EMPTY_HINT))
            painter.end()

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        model = self.model()
        if 0 <= row < model.rowCount():
            self.setCurrentIndex(model.index(row))
            self.scrollTo(model.index(row))
        else:
            self.current_row_changed.emit(-1)
