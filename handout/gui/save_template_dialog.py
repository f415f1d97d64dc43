"""The self.tr("Save as template") dialog: name, description, tags, and where to keep it.

`save_as_template(parent, handout, templates)` runs the whole flow: it asks
for the details through `SaveTemplateDialog.get_details` (the one classmethod
tests patch), asks before replacing a template of the same name
(`SaveTemplateDialog.confirm_replace`), offers "save as copy" / "reload"
after a colleague changed the file (`BrowserDialogs.conflict`) and shows other
errors. Patient name, dates and therapist are never stored: `handout.templates`
strips them. What the therapist typed about the patient (the name in a note, a
date of birth, a phone number...) is found by `handout.privacy` and shown in
`PrivacyDialog.review` to be removed before anything is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget)

from .. import privacy
from ..errors import ConflictError, HandoutError
from ..model import Handout, Template
from ..templates import TemplateExistsError, TemplateLibrary
from .dialogs import ConfirmsDiscard
from .privacy_dialog import PrivacyDialog
from .template_browser import BrowserDialogs


@dataclass
class TemplateDetails:
    """What the therapist typed in the dialog."""

    name: str
    description: str = ""
    tags: tuple[str, ...] = ()
    origin: str = "user"  # "user" (My templates) or "clinic" (shared)


def parse_tags(text: str) -> tuple[str, ...]:
    """`"knee, ACL ,  post-op"` -> `("knee", "ACL", "post-op")`."""
    return tuple(t.strip() for t in text.replace(";", ",").split(",") if t.strip())


class SaveTemplateDialog(ConfirmsDiscard, QDialog):
    """Name, description, tags and place of a new template."""

    discard_what = QT_TRANSLATE_NOOP("ConfirmsDiscard",
                                     "the template's name, description and tags")

    def __init__(self, suggested_name: str, can_share: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as template"))
        self.setMinimumWidth(460)
        self.suggested = suggested_name
        self.name = QLineEdit(suggested_name)
        self.name.setPlaceholderText(self.tr("e.g. ACL week 2"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(
            self.tr("Who it is for, what stage, anything to adapt"))
        self.description.setFixedHeight(72)
        self.description.setTabChangesFocus(True)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Conditions or body parts, separated by commas"))
        self.where = QComboBox()
        self.where.addItem(self.tr("My templates"), "user")
        if can_share:
            self.where.addItem(self.tr("Clinic library (shared with colleagues)"), "clinic")
        self.where.setEnabled(can_share)
        note = QLabel(self.tr("The patient's name, the dates and the therapist are not saved in "
                      "the template; if their name or other details are in the text, you "
                      "are asked to remove them first."))
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: #555; }")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow(self.tr("Save &in:"), self.where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update)
        self.name.selectAll()
        self._update()

    def has_changes(self) -> bool:
        return (self.name.text() != self.suggested or bool(self.description.toPlainText().strip())
                or bool(self.tags.text().strip()))

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            bool(self.name.text().strip()))

    def details(self) -> TemplateDetails:
        return TemplateDetails(self.name.text().strip(),
                               self.description.toPlainText().strip(),
                               parse_tags(self.tags.text()), self.where.currentData())

    @classmethod
    def get_details(cls, parent: QWidget | None, suggested_name: str,
                    can_share: bool) -> TemplateDetails | None:
        """Ask for the template's details; None when cancelled."""
        dialog = cls(suggested_name, can_share, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.details()
        finally:
            dialog.deleteLater()

    @classmethod
    def confirm_replace(cls, parent: QWidget | None, message: str) -> bool:
        answer = QMessageBox.question(parent, QCoreApplication.translate(
                                          "SaveTemplateDialog", "Replace template?"),
                                      message[:1].upper() + message[1:])
        return answer == QMessageBox.StandardButton.Yes


def remove_patient_details(parent: QWidget | None, handout: Handout,
                           details: TemplateDetails) -> tuple[Handout, TemplateDetails] | None:
    """The handout and details with the patient's details removed (as the therapist chose in
    `PrivacyDialog`), unchanged when none were found; None when they went back to edit."""
    extra = {"Template name": details.name, "Description": details.description,
             "Tags": ", ".join(details.tags)}
    findings = privacy.find_personal_details(handout, extra=extra)
    if not findings:
        return handout, details
    chosen = PrivacyDialog.review(parent, findings,
                                  "shared with colleagues" if details.origin == "clinic"
                                  else "saved")
    if chosen is None:
        return None
    clean, texts = privacy.redact(handout, chosen)
    name = " ".join(texts.get("Template name", details.name).split()) \
        or QCoreApplication.translate("SaveTemplateDialog", "My template")
    return clean, replace(details, name=name,
                          description=texts.get("Description", details.description).strip(),
                          tags=parse_tags(texts.get("Tags", ", ".join(details.tags))))


def save_as_template(parent: QWidget | None, handout: Handout,
                     templates: TemplateLibrary) -> Template | None:
    """Ask for the details and save the handout as a template; None when nothing was saved."""
    can_share = templates.clinic_dir is not None and not templates.clinic_error
    suggested = handout.title.strip() or QCoreApplication.translate("SaveTemplateDialog",
                                                                    "My template")
    details = SaveTemplateDialog.get_details(parent, suggested, can_share)
    if details is None:
        return None
    checked = remove_patient_details(parent, handout, details)
    if checked is None:
        return None
    handout, details = checked
    save = templates.save_as_template
    args = (handout, details.name, details.description, details.tags, details.origin)
    try:
        try:
            return save(*args)
        except TemplateExistsError as error:
            if not SaveTemplateDialog.confirm_replace(parent, str(error)):
                return None
            return save(*args, replace=True)
    except ConflictError as error:
        answer = BrowserDialogs.conflict(parent, str(error))
        if answer == "copy":
            try:
                return templates.save_copy(Template(
                    id=details.name, name=details.name, description=details.description,
                    tags=list(details.tags), handout=handout, origin=details.origin),
                    name=QCoreApplication.translate("SaveTemplateDialog", "{name} (copy)").format(
                        name=details.name))
            except HandoutError as again:
                BrowserDialogs.error(parent, QCoreApplication.translate(
                    "SaveTemplateDialog", "Could not save the template"), str(again))
        elif answer == "reload":
            templates.reload()
        return None
    except HandoutError as error:
        BrowserDialogs.error(parent, QCoreApplication.translate(
            "SaveTemplateDialog", "Could not save the template"), str(error))
        return None
