"""The clinic profile dialog: what is printed in every handout's header and footer.

Opened through `ClinicDialog.edit(parent, clinic)`, which returns the changed
profile (a new object) or None when cancelled; the caller saves it.

The logo is shown as a thumbnail. A chosen picture is read like a photo
(the same formats and checks, `handout.clinic_logo`) and, on Save, kept as a
clean copy in the user data folder, so moving the original never drops it
from the handouts; a profile that still points at a file elsewhere gets its
copy made on the next Save. Esc or Cancel after a change asks first.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (QColorDialog, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from .. import clinic_logo, i18n
from ..errors import HandoutError
from ..model import DEFAULT_PAIN_RULE, PAGE_SIZES, Clinic
from .dialogs import ConfirmsDiscard, FileDialogs, Message


class ClinicDialog(ConfirmsDiscard, QDialog):
    """Edits a copy of the clinic profile."""

    discard_what = QT_TRANSLATE_NOOP("ConfirmsDiscard", "the clinic profile")

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clinic profile"))
        self.resize(540, 520)
        self.accent = clinic.accent_color
        self.name = QLineEdit(clinic.name)
        self.name.setPlaceholderText(self.tr("e.g. Riverside Physiotherapy"))
        self.address = QPlainTextEdit(clinic.address)
        self.address.setPlaceholderText(self.tr("Street, town, postcode"))
        self.address.setFixedHeight(60)
        self.address.setTabChangesFocus(True)
        self.phone = QLineEdit(clinic.phone)
        self.email = QLineEdit(clinic.email)
        self.website = QLineEdit(clinic.website)
        self.website.setPlaceholderText(self.tr("www.example.com"))
        # The logo: its path (read-only, for reference), a thumbnail, and the picture
        # chosen in this dialog (cleaned, written on Save).
        self.logo = QLineEdit(clinic.logo_path)
        self.logo.setReadOnly(True)
        self.logo.setPlaceholderText(self.tr("No logo"))
        self.logo.setToolTip(self.tr("A picture printed at the top of each handout (JPEG, PNG, "
                             "WebP, BMP or TIFF); a copy is kept with your settings"))
        self.logo_thumbnail = QLabel()
        self.logo_thumbnail.setObjectName("logoThumbnail")
        self.logo_thumbnail.setFixedSize(QSize(150, 56))
        self.logo_thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_thumbnail.setStyleSheet("QLabel { border: 1px solid #c9d0d4; "
                                          "background: white; color: #5b6670; }")
        self.logo_note = QLabel()
        self.logo_note.setWordWrap(True)
        self.logo_note.setStyleSheet("QLabel { color: #5b6670; }")
        self.new_logo = None  # a cleaned photo chosen here, not yet stored
        choose_logo = QPushButton(self.tr("Choose…"))
        clear_logo = QPushButton(self.tr("Remove"))
        self.therapist = QLineEdit(clinic.therapist)
        self.therapist.setPlaceholderText(self.tr("Filled in on every new handout"))
        self.disclaimer = QPlainTextEdit(clinic.disclaimer)
        self.disclaimer.setPlaceholderText(
            self.tr("Printed in small type at the foot of every page"))
        self.disclaimer.setFixedHeight(70)
        self.disclaimer.setTabChangesFocus(True)
        self.pain_rule = QPlainTextEdit(clinic.pain_rule)
        self.pain_rule.setPlaceholderText(DEFAULT_PAIN_RULE)
        self.pain_rule.setToolTip(self.tr("Printed once on every handout, before the exercises. "
                                  "Leave empty for the standard wording shown here."))
        self.pain_rule.setFixedHeight(70)
        self.pain_rule.setTabChangesFocus(True)
        self.page_size = QComboBox()
        for size in PAGE_SIZES:
            self.page_size.addItem(size, size)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(clinic.page_size)))
        self.page_size.setToolTip(self.tr("Paper size for new handouts"))
        self.language = QComboBox()
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.language_label(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(clinic.language)))
        self.language.setToolTip(self.tr("The language new handouts start in (each handout can "
                                 "change it)"))
        self.colour_button = QPushButton()
        self.colour_button.setToolTip(self.tr("The colour of headings and lines in the handout"))
        self._show_colour()

        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_thumbnail)
        logo_column = QVBoxLayout()
        logo_buttons = QHBoxLayout()
        logo_buttons.addWidget(choose_logo)
        logo_buttons.addWidget(clear_logo)
        logo_buttons.addStretch(1)
        logo_column.addLayout(logo_buttons)
        logo_column.addWidget(self.logo_note)
        logo_row.addLayout(logo_column, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Clinic &name"), self.name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Email"), self.email)
        form.addRow(self.tr("&Website"), self.website)
        logo_label = QLabel(self.tr("&Logo"))
        logo_label.setBuddy(choose_logo)
        form.addRow(logo_label, logo_row)
        form.addRow("", self.logo)
        form.addRow(self.tr("Default &therapist"), self.therapist)
        form.addRow(self.tr("Footer &disclaimer"), self.disclaimer)
        form.addRow(self.tr("Pain &rule"), self.pain_rule)
        form.addRow(self.tr("Paper si&ze"), self.page_size)
        form.addRow(self.tr("Handout lan&guage"), self.language)
        form.addRow(self.tr("Accent &colour"), self.colour_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Printed on every handout you make.")))
        layout.addLayout(form)
        layout.addWidget(buttons)

        choose_logo.clicked.connect(self._choose_logo)
        clear_logo.clicked.connect(self._remove_logo)
        self.colour_button.clicked.connect(self._choose_colour)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.original = clinic
        self._show_logo()

    def _show_colour(self) -> None:
        self.colour_button.setText(self.accent)
        text = "#ffffff" if QColor(self.accent).lightness() < 140 else "#000000"
        self.colour_button.setStyleSheet(f"QPushButton {{ background: {self.accent}; "
                                         f"color: {text}; padding: 4px 16px; }}")

    def _choose_logo(self) -> None:
        current = Path(self.logo.text()) if self.logo.text() else None
        start = current.parent if current is not None and not clinic_logo.is_kept(current) \
            and current.parent.is_dir() else Path.home()
        path = FileDialogs.open_image(self, start)
        if path is None:
            return
        try:
            self.new_logo = clinic_logo.clean_logo(path)
        except HandoutError as error:
            Message.error(self, self.tr("Logo not used"), str(error))
            return
        self.logo.setText(str(path))
        self._show_logo()

    def _remove_logo(self) -> None:
        self.new_logo = None
        self.logo.clear()
        self._show_logo()

    def _show_logo(self) -> None:
        path = self.logo.text().strip()
        self.logo.setVisible(bool(path))  # "No logo" is said by the thumbnail already
        pixmap = QPixmap()
        if self.new_logo is not None:
            pixmap.loadFromData(self.new_logo.data)
        elif path:
            pixmap.load(path)
        if not pixmap.isNull():
            self.logo_thumbnail.setPixmap(pixmap.scaled(
                self.logo_thumbnail.size() - QSize(6, 6), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_thumbnail.clear()
            self.logo_thumbnail.setText(self.tr("No logo") if not path else self.tr("Missing"))
        if self.new_logo is not None:
            note = self.tr("A clean copy is kept with your settings when you save.")
        elif not path:
            note = self.tr("Printed at the top of every handout.")
        elif pixmap.isNull():
            note = self.tr("The logo file is missing; choose it again.")
        elif clinic_logo.is_kept(path):
            note = self.tr("Kept with your settings: moving the original does not matter.")
        else:
            note = self.tr("A copy will be kept with your settings when you save.")
        self.logo_note.setText(note)

    def accept(self) -> None:
        """Keep a clean copy of the logo in the user data folder, then close."""
        path = self.logo.text().strip()
        try:
            if self.new_logo is not None:
                kept = clinic_logo.store_logo(self.new_logo)
            elif path and not clinic_logo.is_kept(path) and Path(path).is_file():
                kept = clinic_logo.import_logo(path)
            else:
                kept = None
        except HandoutError as error:
            Message.error(self, self.tr("Logo not kept"), str(error))
            return
        if kept is not None:
            self.logo.setText(str(kept))
            self.new_logo = None
        super().accept()

    def _choose_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.accent), self, self.tr("Accent colour"))
        if colour.isValid():
            self.accent = colour.name()
            self._show_colour()

    def has_changes(self) -> bool:
        return self.new_logo is not None or self.clinic() != self.original

    def clinic(self) -> Clinic:
        return replace(self.original, name=self.name.text().strip(),
                       address=self.address.toPlainText().strip(),
                       phone=self.phone.text().strip(), email=self.email.text().strip(),
                       website=self.website.text().strip(),
                       logo_path=self.logo.text().strip(),
                       therapist=self.therapist.text().strip(),
                       disclaimer=self.disclaimer.toPlainText().strip(),
                       # The standard wording is stored as "" so it follows the app.
                       pain_rule="" if self.pain_rule.toPlainText().strip() == DEFAULT_PAIN_RULE
                       else self.pain_rule.toPlainText().strip(),
                       page_size=self.page_size.currentData(), accent_color=self.accent,
                       language=self.language.currentData())

    @classmethod
    def edit(cls, parent: QWidget | None, clinic: Clinic) -> Clinic | None:
        dialog = cls(clinic, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.clinic()
