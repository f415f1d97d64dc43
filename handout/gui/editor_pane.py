"""The handout editor: patient details, education, the exercises, and general advice.

Shows the open document and changes it only through commands. The exercise
list and the selected exercise's editor share the Exercises tab; education
and advice have a tab each so the exercises stay in view.
"""

from __future__ import annotations

import datetime as _dt
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QScrollArea, QSpinBox, QSplitter, QTabWidget, QToolButton,
                               QVBoxLayout, QWidget)

from .. import layouts, programme
from ..library import ExerciseLibrary
from ..model import LAYOUTS, PAGE_SIZES
from .. import i18n
from .commands import SetHandoutField, get_path
from .document import HandoutDocument
from .fields import DateEdit, LineEdit, PlainTextEdit, show_choice, show_text
from .item_editor import ItemEditor
from .markup_editor import MarkupEditor
from .thumbnails import ThumbnailCache
from .items_view import HandoutItemsModel, ItemsView

# For the translation tool: the labels come from handout.layouts and are
# translated where the interface has them (the others show in English).
LAYOUT_LABELS = {"standard": QT_TRANSLATE_NOOP("EditorPane", "Standard"),
                 "compact": QT_TRANSLATE_NOOP("EditorPane", "Compact"),
                 "large-print": QT_TRANSLATE_NOOP("EditorPane", "Large print")}


class EditorPane(QWidget):
    """Everything about the handout that the therapist types or chooses."""

    selection_changed = Signal(int)
    #: The first-run hint's "start from a template" link, and its close button.
    template_hint_requested = Signal()
    template_hint_closed = Signal()
    #: The translation mark's link: open the Translations dialog.
    translations_requested = Signal()

    def __init__(self, document: HandoutDocument, library: ExerciseLibrary,
                 thumbnails: ThumbnailCache | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document

        self.patient = LineEdit()
        self.patient.setPlaceholderText(self.tr("Patient's name"))
        self.patient.setToolTip(self.tr("Printed at the top of the handout"))
        self.date = DateEdit()
        self.date.setToolTip(self.tr("The date printed on the handout"))
        self.therapist = LineEdit()
        self.therapist.setPlaceholderText(self.tr("Your name"))
        self.therapist.setToolTip(self.tr("Printed on the handout; the default comes from the "
                                  "clinic profile"))
        self.title = LineEdit()
        self.title.setPlaceholderText(self.tr("Your exercise programme"))
        self.page_size = QComboBox()
        for size in PAGE_SIZES:
            self.page_size.addItem(size, size)
        self.page_size.setToolTip(self.tr("Paper size for printing and the PDF"))
        self.layout_choice = QComboBox()
        for layout in LAYOUTS:
            self.layout_choice.addItem(self.tr(layouts.label(layout)), layout)
            # Each layout's own hint, on its entry in the list.
            self.layout_choice.setItemData(self.layout_choice.count() - 1,
                                           layouts.get(layout).hint, Qt.ItemDataRole.ToolTipRole)
        self.layout_choice.setToolTip(self.tr("Compact fits more on a page; large print is easier "
                                      "to read"))
        self.language = QComboBox()
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.language_label(code), code)
        self.language.setToolTip(self.tr("The language the handout is printed in: headings, dose, "
                                 "dates and our exercise texts. What you type prints as typed."))
        # A second language for a carer: each exercise's text prints in both.
        self.second_language = QComboBox()
        self.second_language.addItem(self.tr("None"), "")
        for code in i18n.LANGUAGES:
            self.second_language.addItem(i18n.language_label(code), code)
        self.second_language.setToolTip(self.tr(
            "Also print each exercise's name, steps and cautions (and our education, pain "
            "rule and advice) in a second language, under the first, for a carer. Text you "
            "type prints once, as typed."))
        # Language names ("Simplified Chinese (简体中文)") are long: the two choices may
        # shrink on a small screen (the open list still shows them whole), so the
        # patient's name keeps room to be read.
        for combo in (self.language, self.second_language):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        # Not printed: says when our texts in that language are drafts or missing.
        self.translation_mark = QLabel()
        self.translation_mark.setObjectName("translationMark")
        self.translation_mark.setWordWrap(True)
        self.translation_mark.setStyleSheet("color: #8a5a00;")
        self.translation_mark.setTextFormat(Qt.TextFormat.RichText)
        self.translation_mark.linkActivated.connect(
            lambda _link: self.translations_requested.emit())
        self.translation_mark.hide()
        # What no shipped font can print (emoji, rare symbols), said before export.
        self.unprintable_mark = QLabel()
        self.unprintable_mark.setObjectName("unprintableMark")
        self.unprintable_mark.setWordWrap(True)
        self.unprintable_mark.setStyleSheet("color: #a11;")
        self.unprintable_mark.hide()
        self._library = library
        self.diary = QSpinBox()
        self.diary.setRange(0, 12)
        self.diary.setSpecialValueText(self.tr("None"))
        self.diary.setSuffix(self.tr(" weeks"))
        self.diary.setToolTip(self.tr("Add a tick-box diary page for this many weeks"))
        self.diary.setMinimumWidth(110)
        for name, widget in (("patient", self.patient), ("date", self.date),
                             ("therapist", self.therapist), ("title", self.title),
                             ("page_size", self.page_size), ("layout", self.layout_choice),
                             ("language", self.language),
                             ("second_language", self.second_language), ("diary", self.diary)):
            widget.setObjectName(name)

        details = QGridLayout()
        details.setHorizontalSpacing(8)
        rows = (((self.tr("&Patient"), self.patient), (self.tr("&Date"), self.date)),
                ((self.tr("T&herapist"), self.therapist), (self.tr("Pa&per"), self.page_size)),
                ((self.tr("&Title"), self.title), (self.tr("La&yout"), self.layout_choice)))
        for r, pair in enumerate(rows):
            for c, cell in enumerate(pair):
                text, widget = cell
                label = QLabel(text)
                label.setBuddy(widget)
                details.addWidget(label, r, c * 2)
                details.addWidget(widget, r, c * 2 + 1)
        # The two languages share one row across the grid: their names are long, and
        # a label as long as "Also print in" would narrow the patient's name above.
        language_label = QLabel(self.tr("Lan&guage"))
        language_label.setBuddy(self.language)
        second_label = QLabel(self.tr("Also print i&n"))
        second_label.setBuddy(self.second_language)
        languages = QHBoxLayout()
        languages.setContentsMargins(0, 0, 0, 0)
        languages.addWidget(self.language, 1)
        languages.addWidget(second_label)
        languages.addWidget(self.second_language, 1)
        details.addWidget(language_label, len(rows), 0)
        details.addLayout(languages, len(rows), 1, 1, 3)
        rows += ((),)
        details.addWidget(self.translation_mark, len(rows), 0, 1, 4)
        details.setColumnStretch(1, 3)
        details.setColumnStretch(3, 1)

        self.items_model = HandoutItemsModel(document, library, thumbnails, self)
        self.items = ItemsView(self.items_model)
        if thumbnails is not None:
            self.items.setIconSize(QSize(thumbnails.width, thumbnails.height))
        self.items.setObjectName("items")
        self.item_editor = ItemEditor(document, library)
        # Programme size and time: the estimate, "print it", and a gentle notice.
        self.time_label = QLabel()
        self.time_label.setObjectName("programmeTime")
        self.show_time = QCheckBox(self.tr("Print it"))
        self.show_time.setObjectName("show_time")
        self.show_time.setToolTip(self.tr("Print the estimated time a session takes under "
                                  "\"Your exercises\""))
        self.notice = QLabel()
        self.notice.setObjectName("programmeNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { color: #7a4b00; }")
        self.notice.hide()
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(2)
        list_layout.addWidget(self.items, 1)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_label, 1)
        time_row.addWidget(self.show_time)
        list_layout.addLayout(time_row)
        list_layout.addWidget(self.notice)
        exercises = QSplitter(Qt.Orientation.Vertical)
        exercises.setChildrenCollapsible(False)
        exercises.addWidget(list_page)
        # Scrolls rather than forcing the window taller than a 768-pixel screen.
        self.item_scroll = QScrollArea()
        self.item_scroll.setWidgetResizable(True)
        self.item_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.item_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.item_scroll.setWidget(self.item_editor)
        self.item_scroll.setMinimumHeight(140)
        exercises.addWidget(self.item_scroll)
        exercises.setStretchFactor(0, 1)
        exercises.setStretchFactor(1, 1)
        exercises.setSizes([330, 370])  # room for five exercises above their editor
        self.exercises_splitter = exercises

        # Education and advice: the source with its formatting shown live beside it.
        self.education_editor = MarkupEditor(
            self.tr("What the patient should know about their condition.\n\n"
                    "## A heading\n- a bullet point\n**bold** text"))
        self.education = self.education_editor.editor
        self.education.setObjectName("education")
        self.advice_editor = MarkupEditor(self.tr("General advice printed after the exercises"))
        self.advice = self.advice_editor.editor
        self.advice.setObjectName("advice")
        advice_page = QWidget()
        advice_layout = QVBoxLayout(advice_page)
        advice_layout.setContentsMargins(0, 0, 0, 0)
        advice_layout.addWidget(self.advice_editor, 1)
        diary_row = QHBoxLayout()
        diary_label = QLabel(self.tr("Tick-box exercise dia&ry:"))
        diary_label.setBuddy(self.diary)
        diary_row.addWidget(diary_label)
        diary_row.addWidget(self.diary)
        diary_row.addStretch(1)
        advice_layout.addLayout(diary_row)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(exercises, self.tr("Exercises"))
        self.tabs.addTab(self.education_editor, self.tr("Education"))
        self.tabs.addTab(advice_page, self.tr("Advice and diary"))

        self.template_hint = self._make_template_hint()
        # Never so narrow that the patient's name cannot be read (1024-pixel screens).
        self.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        heading = QLabel("<b>" + self.tr("Handout") + "</b>")
        layout.addWidget(self.template_hint)
        layout.addWidget(heading)
        layout.addLayout(details)
        layout.addWidget(self.unprintable_mark)
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
        self.language.currentIndexChanged.connect(
            lambda _i: push("language", self.language.currentData()))
        self.second_language.currentIndexChanged.connect(
            lambda _i: push("second_language", self.second_language.currentData()))
        self.diary.valueChanged.connect(lambda v: push("options.diary_weeks", v))
        self.show_time.toggled.connect(lambda on: push("options.show_time", on))
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
        QWidget.setTabOrder(self.layout_choice, self.language)
        QWidget.setTabOrder(self.language, self.second_language)
        QWidget.setTabOrder(self.second_language, self.tabs)
        QWidget.setTabOrder(self.tabs, self.items)

    def _make_template_hint(self) -> QFrame:
        """First run: most handouts start from a template; say where they are."""
        frame = QFrame()
        frame.setObjectName("templateHint")
        frame.setStyleSheet("QFrame#templateHint { background: #eef6f7; border: 1px solid "
                            "#b9dadf; border-radius: 4px; }")
        text = QLabel(self.tr("<b>Tip:</b> start from a template for the condition (knee, back, "
                      "shoulder…) and adjust it: <a href='templates'>choose a template</a> "
                      "(Ctrl+N)."))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.linkActivated.connect(lambda _link: self.template_hint_requested.emit())
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this tip"))
        close.clicked.connect(self.template_hint_closed)
        row = QHBoxLayout(frame)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(text, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        frame.hide()
        return frame

    def _show_unprintable(self) -> None:
        """Name the characters that would print as boxes, so nothing is lost unseen."""
        handout = self.document.handout
        texts = [handout.patient_name, handout.therapist, handout.title, handout.education,
                 handout.advice] + [item.notes for item in handout.items] + \
            [step for item in handout.items for step in (item.steps or [])]
        if all(text.isascii() for text in texts):
            # Plain ASCII always prints; and this keeps the PDF code (ReportLab) out of
            # the app's start-up, which shows an empty handout.
            self.unprintable_mark.hide()
            return
        from ..pdf.fonts import unprintable_characters
        found: list[str] = []
        for text in texts:
            for char in unprintable_characters(text, handout.language):
                if char not in found:
                    found.append(char)
        if found:
            shown = " ".join(found[:8]) + (" …" if len(found) > 8 else "")
            self.unprintable_mark.setText(
                self.tr("These characters cannot be printed and would show as empty boxes: "
                        "{characters}. Please remove or replace them.").format(characters=shown))
        self.unprintable_mark.setVisible(bool(found))

    def _show_translation_mark(self) -> None:
        """Say (on screen only) when our texts in the handout language are drafts or
        still missing, so the therapist knows what the patient will read."""
        handout = self.document.handout
        collection = getattr(self._library, "collection", None)
        second = handout.second_language if handout.second_language != "en" else ""
        if (handout.language == "en" and not second) or collection is None:
            self.translation_mark.hide()
            return
        from ..i18n import content
        translations = collection.translations()
        lines = []
        colour = "#8a5a00"
        if handout.language != "en":
            reports = [content.report(item.exercise, handout.language, translations)
                       for item in handout.items]
            untranslated = [r for r in reports if not r.complete]
            link = f" <a href='translations'>{self.tr('Review or edit…')}</a>"
            if untranslated:
                count = len(untranslated)
                text = self.tr("%n exercise(s) not yet translated: what is missing prints in "
                               "English.", "", count) + link
            elif any(r.status != "reviewed" for r in reports):
                text = self.tr("Draft translation: not yet checked by a clinician. "
                               "(Not printed.)") + link
            elif reports:  # every exercise reviewed by a clinician of the clinic
                english = i18n.catalog("en")
                reviews = sorted({(r.reviewed_by, english.format_date(r.reviewed_on, "medium")
                                   if r.reviewed_on else "") for r in reports})
                said = "; ".join(self.tr("reviewed by %1 on %2").replace("%1", who)
                                 .replace("%2", when) if when else
                                 self.tr("reviewed by %1").replace("%1", who)
                                 for who, when in reviews)
                text = escape(said[:1].upper() + said[1:]) + " " + self.tr("(Not printed.)")
                colour = "#1d6b2f"
            else:
                text = ""
            if text:
                if second:  # two languages: say which one each line is about
                    text = f"{escape(i18n.LANGUAGE_NAMES[handout.language][1])}: {text}"
                lines.append(text)
        if second:
            reports = [content.report(item.exercise, second, translations)
                       for item in handout.items]
            missing = sum(1 for r in reports if not r.complete)
            name = i18n.LANGUAGE_NAMES[second][1]
            if missing:
                lines.append(escape(self.tr(
                    "{language}: not yet translated for {missing} of {total} exercises; "
                    "nothing prints in {language} for what is missing.").format(
                        language=name, missing=missing, total=len(reports))))
                colour = "#8a5a00"
            elif any(r.status != "reviewed" for r in reports):
                lines.append(escape(self.tr("{language}: draft translation, not yet checked "
                                            "by a clinician. (Not printed.)").format(
                                                language=name)))
                colour = "#8a5a00"
        text = "<br>".join(lines)
        self.translation_mark.setStyleSheet(f"color: {colour};")
        self.translation_mark.setText(text)
        self.translation_mark.setVisible(bool(text))

    def _show_second_language(self, handout) -> None:
        """The second language as stored; the handout's own language cannot be chosen
        (choosing the second language as the handout's swaps the two)."""
        combo = self.second_language
        model = combo.model()
        for index in range(combo.count()):
            model.item(index).setEnabled(combo.itemData(index) != handout.language
                                         or not combo.itemData(index))
        show_choice(combo, handout.second_language)

    def _push(self, field: str, value) -> None:
        if get_path(self.document.handout, field) != value:
            self.document.undo_stack.push(SetHandoutField(self.document, field, value))

    def _items_changed(self, select: int) -> None:
        self.items_model.structure_changed()
        self.items.select_row(select)
        count = len(self.document.handout.items)
        self.tabs.setTabText(0, self.tr("Exercises ({count})").format(count=count))
        self._show_translation_mark()

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
        self._show_layout(handout.options.layout)
        show_choice(self.language, handout.language)
        self._show_second_language(handout)
        self._show_translation_mark()
        self._show_unprintable()
        if self.diary.value() != handout.options.diary_weeks:
            self.diary.blockSignals(True)
            self.diary.setValue(handout.options.diary_weeks)
            self.diary.blockSignals(False)
        show_text(self.education, handout.education)
        show_text(self.advice, handout.advice)
        if self.show_time.isChecked() != handout.options.show_time:
            self.show_time.blockSignals(True)
            self.show_time.setChecked(handout.options.show_time)
            self.show_time.blockSignals(False)
        self._show_programme_size()
        self.items_model.values_changed()

    def _show_layout(self, name: str) -> None:
        """The handout's layout in the control; one this version does not know is shown
        as an extra entry (the file keeps it until another is chosen)."""
        known = len(LAYOUTS)
        self.layout_choice.blockSignals(True)
        while self.layout_choice.count() > known:  # a previous unknown entry
            self.layout_choice.removeItem(known)
        if name not in LAYOUTS:
            self.layout_choice.addItem(
                self.tr("%1 (unknown: prints as Standard)").replace("%1", name), name)
        self.layout_choice.blockSignals(False)
        show_choice(self.layout_choice, name)

    def _show_programme_size(self) -> None:
        handout = self.document.handout
        count = len(handout.items)
        estimate = programme.estimate(handout)
        parts = []  # estimate.describe() is the core's English; the interface says it itself
        if estimate.minutes:
            parts.append(self.tr("about %n minute(s) a session", "", estimate.minutes))
        if estimate.uncounted:
            names = ", ".join(estimate.uncounted)
            parts.append((self.tr("plus {names}") if parts else
                          self.tr("not timed: {names}")).format(names=names))
        self.time_label.setText(" · ".join([self.tr("%n exercise(s)", "", count),
                                            ", ".join(parts)] if parts else
                                           [self.tr("%n exercise(s)", "", count)]))
        notices = programme.notices(handout)
        self.notice.setText("\n".join(notices))
        self.notice.setVisible(bool(notices))

    def current_row(self) -> int:
        return self.items.current_row()

    def today(self) -> _dt.date:
        return _dt.date.today()
