"""The library pane: find an exercise (search, region, equipment) and add it.

Enter or double-click adds the selected exercise; so does dragging it into the
handout. Typing in the search box keeps the best match selected, so "calf"
then Enter adds the best calf exercise without touching the mouse. The region
filter also offers the therapist's favourites and recently used exercises
(kept by `handout.usage.UsageStore`); favourites are starred in the list and
the therapist's own and the clinic's exercises say so.
"""

from __future__ import annotations

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractListModel, QMimeData, QModelIndex, QSize,
                            Qt, Signal)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit,
                               QListView, QVBoxLayout, QWidget)

from ..library import ExerciseLibrary
from ..model import Exercise
from ..usage import UsageStore
from . import mime, vocabulary
from .thumbnails import ThumbnailCache

ExerciseRole = Qt.ItemDataRole.UserRole + 1

# Pseudo-regions at the top of the region filter.
FAVOURITES = "__favourites__"
RECENT = "__recent__"
ORIGIN_LABELS = {"user": QT_TRANSLATE_NOOP("LibraryModel", "My exercise"),
                 "clinic": QT_TRANSLATE_NOOP("LibraryModel", "Clinic exercise")}


class LibraryModel(QAbstractListModel):
    """The exercises found by the current search, best first."""

    def __init__(self, thumbnails: ThumbnailCache, usage: UsageStore | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.usage = usage
        self.exercises: list[Exercise] = []
        thumbnails.ready.connect(self._thumbnail_ready)

    def _thumbnail_ready(self, exercise_id: str) -> None:
        for row, exercise in enumerate(self.exercises):
            if exercise.id == exercise_id:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def set_exercises(self, exercises: list[Exercise]) -> None:
        self.beginResetModel()
        self.exercises = list(exercises)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.exercises)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.exercises):
            return None
        exercise = self.exercises[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            star = "★ " if self.usage is not None and self.usage.is_favourite(exercise.id) \
                else ""
            second = vocabulary.region(exercise.region)
            if exercise.origin in ORIGIN_LABELS:
                second += " · " + self.tr(ORIGIN_LABELS[exercise.origin])
            return f"{star}{exercise.name}\n{second}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnails.get(exercise)
        if role == Qt.ItemDataRole.ToolTipRole:
            gear = ", ".join(vocabulary.equipment(q) for q in exercise.equipment) \
                or vocabulary.word("No equipment")
            also = ("\n" + self.tr("Also called: {names}").format(
                names=", ".join(exercise.aliases))) if exercise.aliases else ""
            return (f"{exercise.name} ({vocabulary.level(exercise.level)})\n{gear}{also}\n"
                    + self.tr("Double-click, press Enter or drag into the handout to add it."))
        if role == ExerciseRole:
            return exercise.id
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [mime.EXERCISE_IDS]

    def mimeData(self, indexes) -> QMimeData:
        ids = [self.exercises[i.row()].id for i in indexes if i.isValid()]
        return mime.exercise_ids_mime(ids)

    def supportedDragActions(self):
        return Qt.DropAction.CopyAction


class LibraryList(QListView):
    """The exercise list; Enter adds the current exercise."""

    activated_exercise = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_current()
            return
        super().keyPressEvent(event)

    def add_current(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            self.activated_exercise.emit(index.data(ExerciseRole))


class LibraryPane(QWidget):
    """Search box, filters and the exercise list. Emits `add_requested(exercise_id)`."""

    add_requested = Signal(str)

    def __init__(self, library: ExerciseLibrary, thumbnails: ThumbnailCache,
                 parent: QWidget | None = None, usage: UsageStore | None = None) -> None:
        super().__init__(parent)
        self.library = library
        # The handout's language: names and search words in it are found too.
        self.language = "en"
        self.usage = usage
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search exercises (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Search by name, also-known-as, body region or equipment.\n"
                               "Press Enter to add the highlighted exercise."))
        self.region = QComboBox()
        self.region.setToolTip(self.tr("Show only exercises for one body region"))
        self.equipment = QComboBox()
        self.equipment.setToolTip(self.tr("Show only exercises that use this equipment"))
        self.list = LibraryList()
        self.model = LibraryModel(thumbnails, usage, self)
        self.list.setModel(self.model)
        self.list.setIconSize(QSize(thumbnails.width, thumbnails.height))
        self.list.setSpacing(2)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.list.setAccessibleName(self.tr("Exercise library"))
        self.count = QLabel()
        self.count.setObjectName("libraryCount")

        title = QLabel("<b>" + self.tr("Exercise library") + "</b>")
        filters = QHBoxLayout()
        filters.addWidget(self.region, 1)
        filters.addWidget(self.equipment, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)

        for combo in (self.region, self.equipment):
            # Long labels ("General mobility and stretching") must not widen the pane.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.fill_filters()
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._add_from_search)
        self.search.installEventFilter(self)
        self.region.currentIndexChanged.connect(self.refresh)
        self.equipment.currentIndexChanged.connect(self.refresh)
        self.list.activated_exercise.connect(self.add_requested)
        self.list.doubleClicked.connect(lambda index: self.add_requested.emit(
            index.data(ExerciseRole)))
        self.refresh()

    def fill_filters(self) -> None:
        self.region.blockSignals(True)
        self.equipment.blockSignals(True)
        self.region.clear()
        self.region.addItem(self.tr("All regions"), None)
        if self.usage is not None:
            self.region.addItem(self.tr("★ Favourites"), FAVOURITES)
            self.region.addItem(self.tr("Recently used"), RECENT)
        for region in self.library.regions():
            self.region.addItem(vocabulary.region(region), region)
        self.equipment.clear()
        self.equipment.addItem(self.tr("Any equipment"), None)
        for gear in self.library.equipment():
            self.equipment.addItem(vocabulary.equipment(gear), gear)
        self.region.blockSignals(False)
        self.equipment.blockSignals(False)

    def set_language(self, language: str) -> None:
        """Search in the handout's language (and English) from now on."""
        if language != self.language:
            self.language = language
            self.refresh()

    def refresh(self) -> None:
        region = self.region.currentData()
        picked = None
        if region in (FAVOURITES, RECENT) and self.usage is not None:
            picked = self.usage.favourites() if region == FAVOURITES \
                else self.usage.recent(limit=30)
            region = None
        found = self.library.search(self.search.text(), region=region,
                                    equipment=self.equipment.currentData(),
                                    language=self.language)
        if picked is not None:
            if self.search.text().strip():
                found = [e for e in found if e.id in picked]  # best match first
            else:
                # Without search words, in the therapist's order (recent: newest first).
                by_id = {e.id: e for e in found}
                found = [by_id[i] for i in picked if i in by_id]
        self.model.set_exercises(found)
        if found:
            self.list.setCurrentIndex(self.model.index(0))
        total = len(self.library)
        self.count.setText(self.tr("{found} of %n exercise(s)", "", total).format(
            found=len(found)) if len(found) != total else self.tr("%n exercise(s)", "", total))

    def _add_from_search(self) -> None:
        self.list.add_current()
        # Ready for the next search: typing replaces the old words.
        self.search.selectAll()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_exercise_id(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(ExerciseRole) if index.isValid() else None

    def eventFilter(self, watched, event) -> bool:
        # Up/Down in the search box walk the list, so the keyboard never has to leave it.
        if watched is self.search and event.type() == event.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.list.currentIndex().row()
            row += 1 if event.key() == Qt.Key.Key_Down else -1
            if 0 <= row < self.model.rowCount():
                self.list.setCurrentIndex(self.model.index(row))
            return True
        return super().eventFilter(watched, event)

    def toggle_favourite(self) -> bool | None:
        """Star or unstar the selected exercise; its new state, or None if none is selected."""
        exercise_id = self.current_exercise_id()
        if exercise_id is None or self.usage is None:
            return None
        starred = self.usage.toggle_favourite(exercise_id)
        if self.region.currentData() == FAVOURITES:
            self.refresh()
        else:
            self.list.viewport().update()
        return starred
