"""The clinic profile dialog: what is printed in every handout's header and footer.

Opened through `ClinicDialog.edit(parent, clinic)`, which returns the changed
profile (a new object) or None when cancelled; the caller saves it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (QColorDialog, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ..model import DEFAULT_PAIN_RULE, PAGE_SIZES, Clinic
from .dialogs import FileDialogs, Message


class ClinicDialog(QDialog):
    """Edits a copy of the clinic profile."""

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Clinic profile")
        self.resize(540, 520)
        self.accent = clinic.accent_color
        self.name = QLineEdit(clinic.name)
        self.name.setPlaceholderText("e.g. Riverside Physiotherapy")
        self.address = QPlainTextEdit(clinic.address)
        self.address.setPlaceholderText("Street, town, postcode")
        self.address.setFixedHeight(60)
        self.address.setTabChangesFocus(True)
        self.phone = QLineEdit(clinic.phone)
        self.email = QLineEdit(clinic.email)
        self.website = QLineEdit(clinic.website)
        self.website.setPlaceholderText("www.example.com")
        self.logo = QLineEdit(clinic.logo_path)
        self.logo.setPlaceholderText("No logo")
        self.logo.setToolTip("A PNG or JPEG image printed at the top of each handout")
        choose_logo = QPushButton("Choose…")
        clear_logo = QPushButton("Remove")
        self.therapist = QLineEdit(clinic.therapist)
        self.therapist.setPlaceholderText("Filled in on every new handout")
        self.disclaimer = QPlainTextEdit(clinic.disclaimer)
        self.disclaimer.setPlaceholderText("Printed in small type at the foot of every page")
        self.disclaimer.setFixedHeight(70)
        self.disclaimer.setTabChangesFocus(True)
        self.pain_rule = QPlainTextEdit(clinic.pain_rule)
        self.pain_rule.setPlaceholderText(DEFAULT_PAIN_RULE)
        self.pain_rule.setToolTip("Printed once on every handout, before the exercises. "
                                  "Leave empty for the standard wording shown here.")
        self.pain_rule.setFixedHeight(70)
        self.pain_rule.setTabChangesFocus(True)
        self.page_size = QComboBox()
        for size in PAGE_SIZES:
            self.page_size.addItem(size, size)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(clinic.page_size)))
        self.page_size.setToolTip("Paper size for new handouts")
        self.colour_button = QPushButton()
        self.colour_button.setToolTip("The colour of headings and lines in the handout")
        self._show_colour()

        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose_logo)
        logo_row.addWidget(clear_logo)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Clinic &name", self.name)
        form.addRow("&Address", self.address)
        form.addRow("&Phone", self.phone)
        form.addRow("&Email", self.email)
        form.addRow("&Website", self.website)
        logo_label = QLabel("&Logo")
        logo_label.setBuddy(self.logo)
        form.addRow(logo_label, logo_row)
        form.addRow("Default &therapist", self.therapist)
        form.addRow("Footer &disclaimer", self.disclaimer)
        form.addRow("Pain &rule", self.pain_rule)
        form.addRow("Paper si&ze", self.page_size)
        form.addRow("Accent &colour", self.colour_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Printed on every handout you make."))
        layout.addLayout(form)
        layout.addWidget(buttons)

        choose_logo.clicked.connect(self._choose_logo)
        clear_logo.clicked.connect(self.logo.clear)
        self.colour_button.clicked.connect(self._choose_colour)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.original = clinic

    def _show_colour(self) -> None:
        self.colour_button.setText(self.accent)
        text = "#ffffff" if QColor(self.accent).lightness() < 140 else "#000000"
        self.colour_button.setStyleSheet(f"QPushButton {{ background: {self.accent}; "
                                         f"color: {text}; padding: 4px 16px; }}")

    def _choose_logo(self) -> None:
        start = Path(self.logo.text()).parent if self.logo.text() else Path.home()
        path = FileDialogs.open_image(self, start)
        if path is None:
            return
        if QImage(str(path)).isNull():
            Message.error(self, "Logo not used", f"{path}: is not a picture Handout Builder "
                          "can read. Please choose a PNG or JPEG image.")
            return
        self.logo.setText(str(path))

    def _choose_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.accent), self, "Accent colour")
        if colour.isValid():
            self.accent = colour.name()
            self._show_colour()

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
                       page_size=self.page_size.currentData(), accent_color=self.accent)

    @classmethod
    def edit(cls, parent: QWidget | None, clinic: Clinic) -> Clinic | None:
        dialog = cls(clinic, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.clinic()
