"""The handout editor: patient details, education, the exercises, and general advice.

Shows the open document and changes it only through commands. The exercise
list and the selected exercise's editor share the Exercises tab; education
and advice have a tab each so the exercises stay in view.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QSpinBox,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from ..library import ExerciseLibrary
from ..model import LAYOUTS, PAGE_SIZES
from .commands import SetHandoutField, get_path
from .document import HandoutDocument
from .fields import DateEdit, LineEdit, PlainTextEdit, show_choice, show_text
from .item_editor import ItemEditor
from .thumbnails import ThumbnailCache
from .items_view import HandoutItemsModel, ItemsView

LAYOUT_LABELS = {"standard": "Standard", "compact": "Compact", "large-print": "Large print"}


class EditorPane(QWidget):
    """Everything about the handout that the therapist types or chooses."""

    selection_changed = Signal(int)

    def __init__(self, document: HandoutDocument, library: ExerciseLibrary,
                 thumbnails: ThumbnailCache | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document

        self.patient = LineEdit()
        self.patient.setPlaceholderText("Patient's name")
        self.patient.setToolTip("Printed at the top of the handout")
        self.date = DateEdit()
        self.date.setToolTip("The date printed on the handout")
        self.therapist = LineEdit()
        self.therapist.setPlaceholderText("Your name")
        self.therapist.setToolTip("Printed on the handout; the default comes from the "
                                  "clinic profile")
        self.title = LineEdit()
        self.title.setPlaceholderText("Your exercise programme")
        self.page_size = QComboBox()
        for size in PAGE_SIZES:
            self.page_size.addItem(size, size)
        self.page_size.setToolTip("Paper size for printing and the PDF")
        self.layout_choice = QComboBox()
        for layout in LAYOUTS:
            self.layout_choice.addItem(LAYOUT_LABELS.get(layout, layout), layout)
        self.layout_choice.setToolTip("Compact fits more on a page; large print is easier "
                                      "to read")
        self.diary = QSpinBox()
        self.diary.setRange(0, 12)
        self.diary.setSpecialValueText("None")
        self.diary.setSuffix(" weeks")
        self.diary.setToolTip("Add a tick-box diary page for this many weeks")
        self.diary.setMinimumWidth(110)
        for name, widget in (("patient", self.patient), ("date", self.date),
                             ("therapist", self.therapist), ("title", self.title),
                             ("page_size", self.page_size), ("layout", self.layout_choice),
                             ("diary", self.diary)):
            widget.setObjectName(name)

        details = QGridLayout()
        details.setHorizontalSpacing(8)
        rows = ((("&Patient", self.patient), ("&Date", self.date)),
                (("T&herapist", self.therapist), ("Pa&per", self.page_size)),
                (("&Title", self.title), ("La&yout", self.layout_choice)))
        for r, pair in enumerate(rows):
            for c, (text, widget) in enumerate(pair):
                label = QLabel(text)
                label.setBuddy(widget)
                details.addWidget(label, r, c * 2)
                details.addWidget(widget, r, c * 2 + 1)
        details.setColumnStretch(1, 3)
        details.setColumnStretch(3, 1)

        self.items_model = HandoutItemsModel(document, library, thumbnails, self)
        self.items = ItemsView(self.items_model)
        if thumbnails is not None:
            self.items.setIconSize(QSize(thumbnails.width, thumbnails.height))
        self.items.setObjectName("items")
        self.item_editor = ItemEditor(document)
        exercises = QSplitter(Qt.Orientation.Vertical)
        exercises.setChildrenCollapsible(False)
        exercises.addWidget(self.items)
        exercises.addWidget(self.item_editor)
        exercises.setStretchFactor(0, 1)
        exercises.setStretchFactor(1, 1)
        exercises.setSizes([330, 370])  # room for five exercises above their editor
        self.exercises_splitter = exercises

        self.education = PlainTextEdit()
        self.education.setObjectName("education")
        self.education.setPlaceholderText(
            "What the patient should know about their condition.\n\n"
            "## A heading\n- a bullet point\n**bold** text")
        self.advice = PlainTextEdit()
        self.advice.setObjectName("advice")
        self.advice.setPlaceholderText("General advice printed after the exercises")
        advice_page = QWidget()
        advice_layout = QVBoxLayout(advice_page)
        advice_layout.setContentsMargins(0, 4, 0, 0)
        advice_layout.addWidget(self.advice, 1)
        diary_row = QHBoxLayout()
        diary_label = QLabel("Tick-box exercise dia&ry:")
        diary_label.setBuddy(self.diary)
        diary_row.addWidget(diary_label)
        diary_row.addWidget(self.diary)
        diary_row.addStretch(1)
        advice_layout.addLayout(diary_row)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(exercises, "Exercises")
        self.tabs.addTab(self.education, "Education")
        self.tabs.addTab(advice_page, "Advice and diary")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        heading = QLabel("<b>Handout</b>")
        layout.addWidget(heading)
        layout.addLayout(details)
        layout.addWidget(self.tabs, 1)

        push = self._push
        self.patient.textEdited.connect(lambda t: push("patient_name", t))
        self.therapist.textEdited.connect(lambda t: push("therapist", t))
        self.title.textEdited.connect(lambda t: push("title", t))
        self.date.dateChanged.connect(lambda _d: push("date", self.date.date_or_none()))
        self.page_size.currentIndexChanged.connect(
            lambda _i: push("options.page_size", self.page_size.currentData()))
        self.layout_choice.currentIndexChanged.connect(
            lambda _i: push("options.layout", self.layout_choice.currentData()))
        self.diary.valueChanged.connect(lambda v: push("options.diary_weeks", v))
        self.education.textChanged.connect(
            lambda: push("education", self.education.toPlainText()))
        self.advice.textChanged.connect(lambda: push("advice", self.advice.toPlainText()))
        self.items.current_row_changed.connect(self.item_editor.set_row)
        self.items.current_row_changed.connect(self.selection_changed)

        document.changed.connect(self.refresh)
        document.items_changed.connect(self._items_changed)
        document.item_touched.connect(self._show_item)
        self._items_changed(0)
        self.refresh()

        QWidget.setTabOrder(self.patient, self.date)
        QWidget.setTabOrder(self.date, self.therapist)
        QWidget.setTabOrder(self.therapist, self.page_size)
        QWidget.setTabOrder(self.page_size, self.title)
        QWidget.setTabOrder(self.title, self.layout_choice)
        QWidget.setTabOrder(self.layout_choice, self.tabs)
        QWidget.setTabOrder(self.tabs, self.items)

    def _push(self, field: str, value) -> None:
        if get_path(self.document.handout, field) != value:
            self.document.undo_stack.push(SetHandoutField(self.document, field, value))

    def _items_changed(self, select: int) -> None:
        self.items_model.structure_changed()
        self.items.select_row(select)
        count = len(self.document.handout.items)
        self.tabs.setTabText(0, f"Exercises ({count})")

    def _show_item(self, row: int) -> None:
        self.tabs.setCurrentIndex(0)
        if self.items.current_row() != row:
            self.items.select_row(row)

    def refresh(self) -> None:
        handout = self.document.handout
        show_text(self.patient, handout.patient_name)
        show_text(self.therapist, handout.therapist)
        show_text(self.title, handout.title)
        self.date.show_date(handout.date)
        show_choice(self.page_size, handout.options.page_size)
        show_choice(self.layout_choice, handout.options.layout)
        if self.diary.value() != handout.options.diary_weeks:
            self.diary.blockSignals(True)
            self.diary.setValue(handout.options.diary_weeks)
            self.diary.blockSignals(False)
        show_text(self.education, handout.education)
        show_text(self.advice, handout.advice)
        self.items_model.values_changed()

    def current_row(self) -> int:
        return self.items.current_row()

    def today(self) -> _dt.date:
        return _dt.date.today()
