"""The custom-exercise editor: the therapist's own exercises, with a figure or photos.

Opened through `ExerciseEditor.edit(parent, library, exercise=None, based_on=None)`,
which saves on OK and returns the saved exercise (or None when cancelled);
tests patch it. With no exercise it creates one from scratch; with
`based_on` (or a bundled `exercise`) it duplicates that one as the
therapist's own, keeping its figure. All saving, checking and photo cleaning
is done by the core (`handout.custom_exercises`, `handout.photos`); this
module only shows and collects.

Photos come from the file dialog (`PhotoDialogs.open_photos`), from image
files dropped onto the dialog, or from the clipboard (Paste). Each is cleaned
as it arrives (upright, no metadata, print-sized), so a bad picture is
refused at once with the core's message, and nothing is written until Save.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QBuffer, QByteArray, QCoreApplication, QIODevice,
                            QPoint, QRect, QRectF, QSize, Qt)
from PySide6.QtGui import (QColor, QGuiApplication, QImage, QKeySequence, QPainter, QPen,
                           QPixmap, QShortcut)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog,
                               QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton,
                               QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

from .. import custom_exercises as ce
from .. import photos
from ..figures import built_figure, definition_of
from ..errors import ConflictError, HandoutError
from ..library import ExerciseLibrary
from ..model import EQUIPMENT, LEVELS, REGIONS, Exercise
from . import vocabulary
from .dialogs import ConfirmsDiscard, conflict_choice
from .dose_fields import DoseFields

THUMB = QSize(132, 99)
PHOTO_FILTER = QT_TRANSLATE_NOOP(
    "PhotoDialogs", "Photos (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.heic *.heif);;"
    "All files (*)")


@dataclass
class PhotoEntry:
    """One photo in the editor: an existing stored file, or a newly imported one."""

    existing: Path | None = None          # a stored photo of the exercise (may be missing)
    source: Path | bytes | None = None    # where a new photo came from (for re-cropping)
    photo: photos.Photo | None = None     # the cleaned photo to save
    crop: photos.CropBox | None = None
    name: str = ""                        # the stored name, for "missing" messages
    missing: bool = False

    def save_source(self) -> photos.Photo | Path | None:
        return self.photo if self.photo is not None else self.existing

    def pixmap(self) -> QPixmap:
        pixmap = QPixmap()
        if self.photo is not None:
            pixmap.loadFromData(self.photo.data)
        elif self.existing is not None:
            pixmap.load(str(self.existing))
        return pixmap


class PhotoDialogs:
    """Modal dialogs of the editor, each behind one classmethod so tests can replace them."""

    @classmethod
    def open_photos(cls, parent: QWidget | None, folder: Path) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("PhotoDialogs", "Add photos"), str(folder),
            QCoreApplication.translate("PhotoDialogs", PHOTO_FILTER))
        return [Path(n) for n in names]

    @classmethod
    def crop(cls, parent: QWidget | None, pixmap: QPixmap,
             current: photos.CropBox | None) -> photos.CropBox | None:
        """A crop box chosen on the picture, or None when cancelled."""
        dialog = CropDialog(pixmap, current, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.crop_box()

    @classmethod
    def conflict(cls, parent: QWidget | None, message: str) -> str:
        """"copy", "reload" or "cancel" after a colleague changed the exercise meanwhile."""
        title = QCoreApplication.translate("PhotoDialogs", "Changed by someone else")
        return conflict_choice(parent, title, message,
                               QCoreApplication.translate("PhotoDialogs", "Keep mine as a copy"),
                               QCoreApplication.translate("PhotoDialogs", "Reload theirs"))

    @classmethod
    def confirm_delete(cls, parent: QWidget | None, name: str) -> bool:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("PhotoDialogs", "Move to trash?"),
            QCoreApplication.translate(
                "PhotoDialogs", "Move \"{name}\" and its photos to the trash? Handouts already "
                "printed are not affected, and it can be restored from the trash.").format(
                name=name))
        return answer == QMessageBox.StandardButton.Yes


# ------------------------------------------------------------------ crop

class CropArea(QWidget):
    """The picture with a crop rectangle the therapist drags out with the mouse."""

    def __init__(self, pixmap: QPixmap, crop: photos.CropBox | None, parent=None) -> None:
        super().__init__(parent)
        self.pixmap = pixmap.scaled(QSize(560, 420), Qt.AspectRatioMode.KeepAspectRatio,
                                    Qt.TransformationMode.SmoothTransformation)
        self.setFixedSize(self.pixmap.size())
        self.box = crop or (0.0, 0.0, 1.0, 1.0)
        self._start: QPoint | None = None
        self.setCursor(Qt.CursorShape.CrossCursor)

    def set_box(self, box: photos.CropBox) -> None:
        self.box = box
        self.update()

    def _fraction(self, point: QPoint) -> tuple[float, float]:
        return (min(max(point.x() / max(self.width(), 1), 0.0), 1.0),
                min(max(point.y() / max(self.height(), 1), 0.0), 1.0))

    def mousePressEvent(self, event) -> None:
        self._start = event.position().toPoint()

    def mouseMoveEvent(self, event) -> None:
        if self._start is None:
            return
        (x0, y0), (x1, y1) = self._fraction(self._start), \
            self._fraction(event.position().toPoint())
        if abs(x1 - x0) > 0.02 and abs(y1 - y0) > 0.02:
            self.set_box((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))

    def mouseReleaseEvent(self, event) -> None:
        self._start = None

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self.pixmap)
        w, h = self.width(), self.height()
        left, top, right, bottom = self.box
        inside = QRect(round(left * w), round(top * h), round((right - left) * w),
                       round((bottom - top) * h))
        shade = QColor(0, 0, 0, 110)
        for part in (QRect(0, 0, w, inside.top()), QRect(0, inside.bottom() + 1, w, h),
                     QRect(0, inside.top(), inside.left(), inside.height()),
                     QRect(inside.right() + 1, inside.top(), w, inside.height())):
            painter.fillRect(part, shade)
        painter.setPen(QPen(QColor("#ffffff"), 2, Qt.PenStyle.DashLine))
        painter.drawRect(inside.adjusted(0, 0, -1, -1))
        painter.end()


class CropDialog(QDialog):
    """Drag a rectangle on the photo; or pick the whole picture or a centred 4:3."""

    def __init__(self, pixmap: QPixmap, crop: photos.CropBox | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crop photo"))
        self.area = CropArea(pixmap, crop, self)
        whole = QPushButton(self.tr("Whole picture"))
        centre = QPushButton(self.tr("Centre 4:3"))
        whole.clicked.connect(lambda: self.area.set_box((0.0, 0.0, 1.0, 1.0)))
        centre.clicked.connect(lambda: self.area.set_box(
            photos.centre_crop_box(pixmap.width(), pixmap.height())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(whole)
        row.addWidget(centre)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Drag over the part of the photo to keep.")))
        layout.addWidget(self.area, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addLayout(row)

    def crop_box(self) -> photos.CropBox:
        return self.area.box


# ------------------------------------------------------------------ editor

def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _commas(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class ExerciseEditor(ConfirmsDiscard, QDialog):
    """Edits a copy of one custom exercise; saves through the core on OK.

    Esc, Cancel or closing with something changed asks first (`ConfirmsDiscard`):
    a new exercise typed for ten minutes is never lost to one key.
    """

    discard_what = QT_TRANSLATE_NOOP("ConfirmsDiscard", "this exercise")

    def __init__(self, library: ExerciseLibrary, exercise: Exercise | None = None,
                 based_on: Exercise | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.saved: Exercise | None = None
        self.deleted = False
        if exercise is not None and ce.is_custom(exercise):
            self.mode = "edit"
            self.original = exercise
            self.draft = copy.deepcopy(exercise)
        else:
            source = based_on or exercise
            self.mode = "duplicate" if source is not None else "new"
            self.original = source
            name = self.tr("{name} (my version)").format(name=source.name) if source else ""
            self.draft = ce.draft(library, name, based_on=source)
        self.setWindowTitle({"edit": self.tr("Edit my exercise"), "new": self.tr("New exercise"),
                             "duplicate": self.tr("Duplicate as my exercise")}[self.mode])
        self.setAcceptDrops(True)
        self.resize(1000, 720)
        self.entries: list[PhotoEntry] = []
        self._build()
        self._show(self.draft)
        self._initial = self._snapshot()

    def _snapshot(self) -> tuple:
        """What the fields and photos hold now, to tell whether anything changed."""
        exercise = self.exercise()
        exercise.id = exercise.origin = ""
        return (exercise, [(id(e.photo), e.existing, e.crop) for e in self.entries])

    def has_changes(self) -> bool:
        return self.saved is None and not self.deleted and self._snapshot() != self._initial

    # -------------------------------------------------------------- layout

    def _build(self) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Hip hitch on a step"))
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText(self.tr("Other names, separated by commas"))
        self.region = QComboBox()
        for key, label in REGIONS.items():
            self.region.addItem(vocabulary.word(label), key)
        self.level = QComboBox()
        for level in LEVELS:
            label = vocabulary.level(level)
            self.level.addItem(label[:1].upper() + label[1:], level)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Words to find it by, separated by commas"))
        self.equipment: dict[str, QCheckBox] = {}
        equipment_box = QWidget()
        grid = QGridLayout(equipment_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        equipment_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        for n, (key, label) in enumerate(EQUIPMENT.items()):
            box = QCheckBox(vocabulary.word(label))
            self.equipment[key] = box
            grid.addWidget(box, n // 4, n % 4)
        self.extra_equipment: list[str] = []
        self.steps = QPlainTextEdit()
        self.steps.setPlaceholderText(self.tr("One step per line, in plain words for the patient"))
        self.steps.setTabChangesFocus(True)
        self.steps.setMinimumHeight(110)
        self.steps.setMaximumHeight(160)
        # The default dose, typed as in the handout ("8-12", "30 s", "twice a day").
        self.dose_fields = DoseFields(mnemonics=False)
        self.sets, self.reps = self.dose_fields.sets, self.dose_fields.work
        self.hold, self.rest = self.dose_fields.hold, self.dose_fields.rest
        self.frequency, self.side = self.dose_fields.frequency, self.dose_fields.side
        self.load = self.dose_fields.load
        self.precautions = QPlainTextEdit()
        self.precautions.setPlaceholderText(
            self.tr("One per line, e.g. Stop if it hurts more than "
                    "a little"))
        self.precautions.setTabChangesFocus(True)
        self.precautions.setFixedHeight(60)
        self.video = QLineEdit()
        self.video.setPlaceholderText(self.tr("https://…  (printed as a QR code)"))
        self.where = QComboBox()
        self.where.addItem(self.tr("My exercises"), "user")
        if getattr(self.library, "clinic_dir", None) is not None:
            self.where.addItem(self.tr("Clinic library (shared)"), "clinic")
        if self.mode == "edit":  # an exercise stays where it is
            if self.where.findData(self.draft.origin) < 0:
                self.where.addItem(self.tr("Clinic library (shared)"), self.draft.origin)
            self.where.setCurrentIndex(self.where.findData(self.draft.origin))
        self.where.setEnabled(self.mode != "edit" and self.where.count() > 1)

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("Also &known as"), self.aliases)
        region_row = QHBoxLayout()
        region_row.addWidget(self.region, 2)
        region_row.addWidget(QLabel(self.tr("Level")))
        region_row.addWidget(self.level, 1)
        form.addRow(_buddy(self.tr("Body &region"), self.region), region_row)
        form.addRow(self.tr("&Tags"), self.tags)
        form.addRow(self.tr("Equipment"), equipment_box)
        form.addRow(self.tr("&Steps"), self.steps)
        form.addRow(_buddy(self.tr("Default &dose"), self.sets), self.dose_fields)
        form.addRow(self.tr("&Precautions"), self.precautions)
        form.addRow(self.tr("&Video link"), self.video)
        form.addRow(self.tr("Save &in"), self.where)

        # Picture: the figure kept from the duplicated exercise, or 1-3 photos.
        self.figure = QLabel()
        self.figure.setFixedSize(THUMB)
        self.figure.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.figure.setStyleSheet("QLabel { border: 1px solid #c9d0d4; background: #f6f8f9; "
                                  "color: #5b6670; }")
        self.photo_list = QListWidget()
        self.photo_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.photo_list.setIconSize(THUMB)
        self.photo_list.setFlow(QListWidget.Flow.TopToBottom)
        self.photo_list.setWrapping(False)
        self.photo_list.setMovement(QListWidget.Movement.Static)
        self.photo_list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.photo_list.setFixedWidth(THUMB.width() + 40)
        self.photo_list.setMinimumHeight(3 * (THUMB.height() + 34) + 8)
        self.photo_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.photo_list.setSpacing(2)
        self.photo_list.setToolTip(self.tr("Drop photos here, or paste one with Ctrl+V"))
        self.add_button = QPushButton(self.tr("Add photo…"))
        self.paste_button = QPushButton(self.tr("Paste"))
        self.crop_button = QPushButton(self.tr("Crop…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.left_button = QPushButton("▲")
        self.left_button.setToolTip(self.tr("Move the photo earlier"))
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.paste_button, 0, 1)
        buttons.addWidget(self.crop_button, 1, 0)
        buttons.addWidget(self.remove_button, 1, 1)
        buttons.addWidget(self.left_button, 2, 0)
        self.picture_hint = QLabel()
        self.picture_hint.setWordWrap(True)
        self.picture_hint.setStyleSheet("color: #5b6670;")
        self.picture_hint.setFixedWidth(2 * THUMB.width() + 60)
        picture_column = QVBoxLayout()
        figure_row = QHBoxLayout()
        figure_row.addWidget(QLabel(self.tr("Figure")))
        figure_row.addWidget(self.figure)
        figure_row.addStretch(1)
        picture_column.addLayout(figure_row)
        photos_row = QHBoxLayout()
        photos_row.addWidget(self.photo_list)
        button_column = QVBoxLayout()
        button_column.addLayout(buttons)
        button_column.addStretch(1)
        photos_row.addLayout(button_column)
        picture_column.addWidget(
            QLabel(self.tr("Photos (up to 3, printed instead of the figure)")))
        picture_column.addLayout(photos_row)
        picture_column.addWidget(self.picture_hint)
        picture_column.addStretch(1)
        picture = QGroupBox(self.tr("Picture"))
        picture.setLayout(picture_column)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = None
        if self.mode == "edit":
            self.delete_button = self.buttons.addButton(
                self.tr("Move to trash"), QDialogButtonBox.ButtonRole.DestructiveRole)
            self.delete_button.clicked.connect(self._delete)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        columns = QHBoxLayout()
        columns.addWidget(scroll, 1)
        columns.addWidget(picture)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.add_button.clicked.connect(self.add_from_dialog)
        self.paste_button.clicked.connect(self.paste)
        self.crop_button.clicked.connect(self.crop_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.left_button.clicked.connect(self.move_current_left)
        self.photo_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.photo_list)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste)

    def _show(self, exercise: Exercise) -> None:
        self.name.setText(exercise.name)
        self.aliases.setText(", ".join(exercise.aliases))
        index = self.region.findData(exercise.region)
        self.region.setCurrentIndex(max(index, 0))
        self.level.setCurrentIndex(max(self.level.findData(exercise.level), 0))
        self.tags.setText(", ".join(exercise.tags))
        for key, box in self.equipment.items():
            box.setChecked(key in exercise.equipment)
        self.extra_equipment = [q for q in exercise.equipment if q not in EQUIPMENT]
        self.steps.setPlainText("\n".join(exercise.steps))
        dose = exercise.dose
        self.dose_fields.show_dose(dose)
        self.precautions.setPlainText("\n".join(exercise.precautions))
        self.video.setText(exercise.video_url)
        self._show_figure(exercise)
        source = self.original if self.original is not None else exercise
        folders = ce.photo_folders(self.library, source.origin)
        for name in exercise.photos:
            path = photos.resolve_photo(source, name, folders)
            self.entries.append(PhotoEntry(existing=path, source=path, name=name,
                                           missing=path is None))
        self._refresh_photos()

    def _show_figure(self, exercise: Exercise) -> None:
        pixmap = None
        definition = definition_of(exercise)
        if built_figure(definition) is not None:
            try:
                from .figure_painter import figure_pixmap
                pixmap = figure_pixmap(definition, THUMB.width() - 4, THUMB.height() - 4,
                                       last_panel=True)
            except Exception:  # a figure that cannot be drawn: say so in words
                pixmap = None
        if pixmap is not None and not pixmap.isNull():
            self.figure.setPixmap(pixmap)
        else:
            # An old drawing no library exercise has any more cannot be shown.
            self.figure.setText(self.tr("Old drawing,\nno longer shown") if definition is not None
                                else self.tr("No figure"))

    # -------------------------------------------------------------- photos

    def _refresh_photos(self) -> None:
        self.photo_list.clear()
        for n, entry in enumerate(self.entries, start=1):
            pixmap = entry.pixmap()
            if pixmap.isNull():
                pixmap = self._missing_pixmap()
            item = QListWidgetItem(pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation),
                                   self.tr("Missing") if entry.missing else
                                   self.tr("Photo {number}").format(number=n))
            item.setSizeHint(QSize(THUMB.width() + 12, THUMB.height() + 30))
            self.photo_list.addItem(item)
        if self.entries:
            self.photo_list.setCurrentRow(len(self.entries) - 1)
        missing = sum(e.missing for e in self.entries)
        if not self.entries:
            has_figure = built_figure(definition_of(self.draft)) is not None
            hint = self.tr("The figure is printed. Add up to 3 photos (file, drop or paste) "
                           "to print them instead.") if has_figure else \
                self.tr("No picture yet: add up to 3 photos (file, drop or paste).")
        else:
            hint = self.tr("The photos are printed instead of the figure. They are stored "
                           "upright, print-sized and without any location or camera data.")
        if missing:
            hint += " " + self.tr("%n photo file(s) missing; left out when you save.", "",
                                  missing)
        self.picture_hint.setText(hint)
        self._update_buttons()

    def _missing_pixmap(self) -> QPixmap:
        pixmap = QPixmap(THUMB)
        pixmap.fill(QColor("#f6f8f9"))
        painter = QPainter(pixmap)
        painter.setPen(QPen(QColor("#c9d0d4"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(QRectF(0.5, 0.5, THUMB.width() - 1, THUMB.height() - 1))
        painter.setPen(QColor("#5b6670"))
        painter.drawText(QRectF(0, 0, THUMB.width(), THUMB.height()),
                         Qt.AlignmentFlag.AlignCenter, self.tr("Photo missing"))
        painter.end()
        return pixmap

    def _update_buttons(self) -> None:
        row = self.photo_list.currentRow()
        full = len(self.entries) >= photos.MAX_PHOTOS
        self.add_button.setEnabled(not full)
        self.paste_button.setEnabled(not full)
        has = 0 <= row < len(self.entries)
        self.remove_button.setEnabled(has)
        self.crop_button.setEnabled(has and not self.entries[row].missing)
        self.left_button.setEnabled(has and row > 0)

    def _show_error(self, text: str) -> None:
        self.error.setText(text[:1].upper() + text[1:])
        self.error.setVisible(bool(text))

    def add_photo(self, source: Path | bytes) -> bool:
        """Clean and add one photo; False (and the core's message shown) when refused."""
        if len(self.entries) >= photos.MAX_PHOTOS:
            self._show_error(self.tr("An exercise can have at most {count} photos; remove one "
                                     "first.").format(count=photos.MAX_PHOTOS))
            return False
        try:
            photo = photos.load_photo(source)
        except HandoutError as error:
            self._show_error(str(error))
            return False
        self._show_error("")
        self.entries.append(PhotoEntry(source=source, photo=photo))
        self._refresh_photos()
        return True

    def add_from_dialog(self) -> None:
        for path in PhotoDialogs.open_photos(self, Path.home()):
            if not self.add_photo(path):
                break

    def paste(self) -> None:
        """A picture from the clipboard: image data (a screenshot) or copied image files."""
        data = QGuiApplication.clipboard().mimeData()
        if data is None:
            return
        if data.hasUrls() and any(u.isLocalFile() for u in data.urls()):
            for url in data.urls():
                if url.isLocalFile() and not self.add_photo(Path(url.toLocalFile())):
                    break
            return
        if data.hasImage():
            image = QImage(data.imageData())
            if not image.isNull():
                self.add_photo(_png_bytes(image))
                return
        self._show_error(
            self.tr("The clipboard holds no picture. Copy a photo first, then paste."))

    def crop_current(self) -> None:
        row = self.photo_list.currentRow()
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        source = entry.source if entry.source is not None else entry.existing
        if source is None:
            return
        # The whole picture, upright, as the core sees it: crop boxes are fractions of it.
        try:
            whole = entry.photo if entry.photo is not None and entry.crop is None \
                else photos.load_photo(source)
        except HandoutError as error:
            self._show_error(str(error))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(whole.data)
        box = PhotoDialogs.crop(self, pixmap, entry.crop)
        if box is None:
            return
        try:
            photo = photos.load_photo(source, crop=None if box == (0.0, 0.0, 1.0, 1.0)
                                      else box)
        except HandoutError as error:
            self._show_error(str(error))
            return
        self.entries[row] = PhotoEntry(source=source, photo=photo, crop=box)
        self._refresh_photos()
        self.photo_list.setCurrentRow(row)

    def remove_current(self) -> None:
        row = self.photo_list.currentRow()
        if 0 <= row < len(self.entries):
            del self.entries[row]
            self._refresh_photos()

    def move_current_left(self) -> None:
        row = self.photo_list.currentRow()
        if 0 < row < len(self.entries):
            self.entries[row - 1], self.entries[row] = self.entries[row], self.entries[row - 1]
            self._refresh_photos()
            self.photo_list.setCurrentRow(row - 1)

    # drag and drop of image files from the desktop or a file manager
    def dragEnterEvent(self, event) -> None:
        data = event.mimeData()
        if (data.hasUrls() and any(u.isLocalFile() for u in data.urls())) or data.hasImage():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        data = event.mimeData()
        added = False
        for url in data.urls():
            if url.isLocalFile():
                added = self.add_photo(Path(url.toLocalFile()))
                if not added:
                    break
        if not data.urls() and data.hasImage():
            image = QImage(data.imageData())
            if not image.isNull():
                added = self.add_photo(_png_bytes(image))
        if added or data.hasUrls():
            event.acceptProposedAction()

    # -------------------------------------------------------------- saving

    def exercise(self) -> Exercise:
        """The exercise as the fields show it (not yet checked or saved)."""
        exercise = copy.deepcopy(self.draft)
        exercise.name = self.name.text().strip()
        exercise.aliases = _commas(self.aliases.text())
        exercise.region = self.region.currentData()
        exercise.level = self.level.currentData()
        exercise.tags = _commas(self.tags.text())
        exercise.equipment = [k for k, box in self.equipment.items() if box.isChecked()] + \
            self.extra_equipment
        exercise.steps = _lines(self.steps.toPlainText())
        exercise.dose = self.dose_fields.dose()
        exercise.precautions = _lines(self.precautions.toPlainText())
        exercise.video_url = self.video.text().strip()
        if self.mode != "edit":
            exercise.id = ce.unique_id(self.library, exercise.name or "my-exercise")
            exercise.origin = self.where.currentData()
        return exercise

    def save(self) -> Exercise | None:
        """Save through the core; shows the message and returns None when refused."""
        refused = self.dose_fields.show_problems_now()
        if refused:
            label, message = refused[0]
            self._show_error(self.tr("Default dose, {field}: {problem}. Fix it (or press Esc in "
                                     "that field to put back what was there) before saving.")
                             .format(field=label, problem=message))
            return None
        exercise = self.exercise()
        sources = [e.save_source() for e in self.entries if not e.missing]
        try:
            if self.mode == "edit":
                saved = ce.update(self.library, exercise, sources)
            else:
                saved = ce.save(self.library, exercise, sources, new=True,
                                origin=exercise.origin)
        except ConflictError as error:
            if self.mode != "edit":
                self._show_error(str(error))
                return None
            saved = self._resolve_conflict(str(error), exercise, sources)
            if saved is None:
                return None
        except HandoutError as error:
            self._show_error(str(error))
            return None
        self.saved = saved
        return saved

    def _resolve_conflict(self, message: str, exercise: Exercise, sources) -> Exercise | None:
        """A colleague saved this exercise meanwhile: keep this edit as a copy, or reload."""
        answer = PhotoDialogs.conflict(self, message)
        if answer == "copy":
            try:
                return ce.save_copy(self.library, exercise, sources)
            except HandoutError as error:
                self._show_error(str(error))
                return None
        if answer == "reload":
            self.library.reload()
            if exercise.id not in self.library:
                self._show_error(self.tr("\"{name}\" was deleted by someone else; save it as a "
                                         "new exercise if you still need it").format(
                                             name=exercise.name))
                return None
            self.original = self.library.get(exercise.id)
            self.draft = copy.deepcopy(self.original)
            self.entries = []
            self._show(self.draft)
            self._show_error(self.tr("Showing the version saved by someone else; your changes "
                             "were not saved."))
        return None

    def accept(self) -> None:
        if self.save() is not None:
            super().accept()

    def _delete(self) -> None:
        if self.mode != "edit" or not PhotoDialogs.confirm_delete(self, self.original.name):
            return
        try:
            ce.delete(self.library, self.original)
        except HandoutError as error:
            self._show_error(str(error))
            return
        self.deleted = True
        self.saved = None
        self.done(QDialog.DialogCode.Rejected)

    @classmethod
    def edit(cls, parent: QWidget | None, library: ExerciseLibrary,
             exercise: Exercise | None = None,
             based_on: Exercise | None = None) -> Exercise | None:
        """Open the editor; the saved exercise, or None when cancelled (or deleted).

        The library is reloaded by the core after a save or delete.
        """
        dialog = cls(library, exercise, based_on, parent)
        dialog.exec()
        return dialog.saved


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose &-shortcut focuses `widget` (rows holding a layout need one)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _png_bytes(image: QImage) -> bytes:
    """A QImage (from the clipboard) as PNG bytes for the core to clean."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(array.data())


__all__ = ["ExerciseEditor", "PhotoDialogs", "CropDialog", "PhotoEntry"]
