"""The privacy check before a template is saved or shared: shows where patient details are.

`PrivacyDialog.review(parent, findings)` (the one classmethod tests patch)
lists each finding with where it is and the words around it, each with a
tick box (ticked: remove it). It returns the findings to remove, or None when
the therapist goes back to edit. Nothing is saved silently: the dialog
always opens when something was found.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from ..privacy import Finding

KIND_LABELS = {"name": QT_TRANSLATE_NOOP("PrivacyDialog", "the patient's name"),
               "date of birth": QT_TRANSLATE_NOOP("PrivacyDialog", "a date of birth"),
               "date": QT_TRANSLATE_NOOP("PrivacyDialog", "a date (a date of birth?)"),
               "phone number": QT_TRANSLATE_NOOP("PrivacyDialog", "a phone number"),
               "e-mail address": QT_TRANSLATE_NOOP("PrivacyDialog", "an e-mail address"),
               "ID number": QT_TRANSLATE_NOOP("PrivacyDialog",
                                              "an ID number (NHS or national id?)")}


class PrivacyDialog(QDialog):
    """Patient details found in a template's text, each to remove or (unticked) keep."""

    def __init__(self, findings: list[Finding], action: str = "saved",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Patient details in the template"))
        self.setMinimumWidth(560)
        self.findings = list(findings)
        # `action` is "saved" or "shared with colleagues": one whole sentence each.
        intro = QLabel(self.tr(
            "A template is shared with colleagues for other patients, so it must not carry "
            "this patient's details. These were found in its text; ticked ones are removed "
            "from the template (your patient's handout keeps them).")
            if action == "shared with colleagues" else self.tr(
            "A template is saved for other patients, so it must not carry this patient's "
            "details. These were found in its text; ticked ones are removed from the "
            "template (your patient's handout keeps them)."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("privacyFindings")
        self.list.setWordWrap(True)
        for finding in self.findings:
            kind = self.tr(KIND_LABELS[finding.kind]) if finding.kind in KIND_LABELS \
                else finding.kind
            item = QListWidgetItem(f"{finding.where}: {kind}"
                                   f"\n    {finding.context()}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        note = QLabel(self.tr("The check looks for the shapes of personal details; read the "
                      "template once more before you share it."))
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: #555; }")
        self.buttons = QDialogButtonBox()
        self.remove_button = self.buttons.addButton(
            self.tr("Remove ticked and save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = self.buttons.addButton(self.tr("Go back and edit"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.remove_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def _update(self, _item=None) -> None:
        kept = len(self.findings) - len(self.chosen())
        self.remove_button.setText(self.tr("Remove ticked and save") if not kept else
                                   self.tr("Remove ticked, keep %n, and save", "", kept))

    def chosen(self) -> list[Finding]:
        return [f for n, f in enumerate(self.findings)
                if self.list.item(n).checkState() == Qt.CheckState.Checked]

    @classmethod
    def review(cls, parent: QWidget | None, findings: list[Finding],
               action: str = "saved") -> list[Finding] | None:
        """The findings to remove, or None to go back without saving."""
        dialog = cls(findings, action, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen()
        finally:
            dialog.deleteLater()
