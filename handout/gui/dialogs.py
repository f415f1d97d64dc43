"""Every standard modal dialog the window opens, each behind one classmethod.

Tests replace these classmethods with `monkeypatch` so no modal dialog ever
blocks a test run. Dialogs with their own module (template picker, clinic
profile) follow the same rule.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

# `translate(context, text)`: each class's texts have its name as their context.
translate = QCoreApplication.translate

# Translated when used (context "FileDialogs"); the patterns stay as they are.
HANDOUT_FILTER = QT_TRANSLATE_NOOP("FileDialogs", "Handout (*.handout.json *.json)")
PDF_FILTER = QT_TRANSLATE_NOOP("FileDialogs", "PDF document (*.pdf)")
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg)"  # see `image_filter`: the photo formats


def image_filter() -> str:
    """The picture formats photos accept (JPEG, PNG, WebP, BMP, TIFF; HEIC if available)."""
    from .. import photos  # Pillow loads when a picture is first chosen
    patterns = " ".join(f"*{s}" for s in photos.FILE_SUFFIXES)
    return (translate("FileDialogs", "Images ({patterns})").format(patterns=patterns) + ";;"
            + translate("FileDialogs", "All files (*)"))


class FileDialogs:
    """Choosing files to open and places to save."""

    @classmethod
    def open_handout(cls, parent: QWidget | None, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, translate("FileDialogs", "Open handout"),
                                              str(folder),
                                              translate("FileDialogs", HANDOUT_FILTER))
        return Path(name) if name else None

    @classmethod
    def save_handout(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, translate("FileDialogs", "Save handout"),
                                              str(suggested),
                                              translate("FileDialogs", HANDOUT_FILTER))
        if not name:
            return None
        path = Path(name)
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + ".handout.json")
        return path

    @classmethod
    def export_pdf(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, translate("FileDialogs", "Export PDF"),
                                              str(suggested), translate("FileDialogs", PDF_FILTER))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    @classmethod
    def open_image(cls, parent: QWidget | None, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, translate("FileDialogs", "Choose the clinic logo"), str(folder),
            image_filter())
        return Path(name) if name else None


class Ask:
    """Questions with a few fixed answers."""

    @classmethod
    def unsaved_changes(cls, parent: QWidget | None, name: str) -> str:
        """"save", "discard" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Warning, translate("Ask", "Unsaved changes"),
                          translate("Ask", "Save the changes to the handout for {name}?").format(
                              name=name), parent=parent)
        box.setInformativeText(translate("Ask", "If you don't save, your changes will be lost."))
        box.setStandardButtons(QMessageBox.StandardButton.Save
                               | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(
            QMessageBox.StandardButton(answer), "cancel")

    @classmethod
    def discard_changes(cls, parent: QWidget | None, what: str) -> bool:
        """Esc or Cancel in an editor with changes: True to throw them away."""
        box = QMessageBox(QMessageBox.Icon.Question, translate("Ask", "Discard changes?"),
                          translate("Ask", "Discard what you changed in {what}?").format(
                              what=what), parent=parent)
        box.setInformativeText(translate("Ask", "Choose Keep editing to go back to it."))
        discard = box.addButton(translate("Ask", "Discard"),
                                QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(translate("Ask", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    @classmethod
    def restore_recovery(cls, parent: QWidget | None, description: str) -> bool:
        answer = QMessageBox.question(
            parent, translate("Ask", "Restore unsaved work?"),
            translate("Ask", "Handout Builder closed without saving your last handout "
                      "({description}).\n\nRestore it now? If you choose No, it is "
                      "deleted.").format(description=description),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes


class ConfirmsDiscard:
    """For editor dialogs: Esc, Cancel or closing asks before throwing changes away.

    The dialog says what it edits (`discard_what`, marked for translation in
    context "ConfirmsDiscard") and whether anything changed (`has_changes`).
    """

    discard_what = QT_TRANSLATE_NOOP("ConfirmsDiscard", "this window")

    def has_changes(self) -> bool:
        return False

    def reject(self) -> None:
        if self.has_changes() and not Ask.discard_changes(
                self, translate("ConfirmsDiscard", self.discard_what)):
            return
        super().reject()  # type: ignore[misc]


def conflict_choice(parent: QWidget | None, title: str, message: str, keep: str,
                    reload: str) -> str:
    """"copy", "reload" or "cancel": the one question after a colleague saved the same
    file meanwhile (the caller's classmethod is what tests patch; the labels are its own)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message[:1].upper() + message[1:] + ".",
                      parent=parent)
    copy_button = box.addButton(keep, QMessageBox.ButtonRole.AcceptRole)
    reload_button = box.addButton(reload, QMessageBox.ButtonRole.ResetRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return {copy_button: "copy", reload_button: "reload"}.get(box.clickedButton(), "cancel")


class Message:
    """One-way messages."""

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @classmethod
    def apology(cls, parent: QWidget | None, log_path: Path) -> None:
        QMessageBox.critical(
            parent, translate("Message", "Sorry, something went wrong"),
            translate("Message", "Handout Builder ran into a problem it did not expect. Your "
                      "handout is still open; please save it.\n\nThe details were written "
                      "to:\n{path}\n\nPlease send this file to your support contact.").format(
                          path=log_path))
