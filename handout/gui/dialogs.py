"""Every standard modal dialog the window opens, each behind one classmethod.

Tests replace these classmethods with `monkeypatch` so no modal dialog ever
blocks a test run. Dialogs with their own module (template picker, clinic
profile) follow the same rule.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

HANDOUT_FILTER = "Handout (*.handout.json *.json)"
PDF_FILTER = "PDF document (*.pdf)"
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg)"  # see `image_filter`: the photo formats


def image_filter() -> str:
    """The picture formats photos accept (JPEG, PNG, WebP, BMP, TIFF; HEIC if available)."""
    from .. import photos  # Pillow loads when a picture is first chosen
    return ("Images (" + " ".join(f"*{s}" for s in photos.FILE_SUFFIXES) + ");;All files (*)")


class FileDialogs:
    """Choosing files to open and places to save."""

    @classmethod
    def open_handout(cls, parent: QWidget | None, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, "Open handout", str(folder),
                                              HANDOUT_FILTER)
        return Path(name) if name else None

    @classmethod
    def save_handout(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, "Save handout", str(suggested),
                                              HANDOUT_FILTER)
        if not name:
            return None
        path = Path(name)
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + ".handout.json")
        return path

    @classmethod
    def export_pdf(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, "Export PDF", str(suggested), PDF_FILTER)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    @classmethod
    def open_image(cls, parent: QWidget | None, folder: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, "Choose the clinic logo", str(folder),
                                              image_filter())
        return Path(name) if name else None


class Ask:
    """Questions with a few fixed answers."""

    @classmethod
    def unsaved_changes(cls, parent: QWidget | None, name: str) -> str:
        """"save", "discard" or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved changes",
                          f"Save the changes to the handout for {name}?", parent=parent)
        box.setInformativeText("If you don't save, your changes will be lost.")
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
        box = QMessageBox(QMessageBox.Icon.Question, "Discard changes?",
                          f"Discard what you changed in {what}?", parent=parent)
        box.setInformativeText("Choose Keep editing to go back to it.")
        discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("Keep editing", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    @classmethod
    def restore_recovery(cls, parent: QWidget | None, description: str) -> bool:
        answer = QMessageBox.question(
            parent, "Restore unsaved work?",
            f"Handout Builder closed without saving your last handout ({description}).\n\n"
            "Restore it now? If you choose No, it is deleted.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes


class ConfirmsDiscard:
    """For editor dialogs: Esc, Cancel or closing asks before throwing changes away.

    The dialog says what it edits (`discard_what`) and whether anything
    changed (`has_changes`).
    """

    discard_what = "this window"

    def has_changes(self) -> bool:
        return False

    def reject(self) -> None:
        if self.has_changes() and not Ask.discard_changes(self, self.discard_what):
            return
        super().reject()  # type: ignore[misc]


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
            parent, "Sorry, something went wrong",
            "Handout Builder ran into a problem it did not expect. Your handout is still "
            "open; please save it.\n\nThe details were written to:\n"
            f"{log_path}\n\nPlease send this file to your support contact.")
