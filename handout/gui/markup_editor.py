"""Education and advice, edited as text with the formatting shown live beside it.

The source stays plain text in the handout's small markup (`handout.pdf.markup`:
`## heading`, `- bullet`, `1. numbered`, `**bold**`); a short hint above says
so, and a formatted view beside it shows what the handout will print, a
moment after each keystroke. Ctrl+B puts `**` around the selection. The view
is made from the same parser the PDF uses, so it cannot disagree with paper.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from .fields import PlainTextEdit

HINT = ("<span style='color:#41505a'><b>## </b>{heading} &nbsp; <b>- </b>{bullet} &nbsp; "
        "<b>1. </b>{numbered} &nbsp; <b>**</b>{bold}<b>**</b> (Ctrl+B) &nbsp; "
        "{paragraph}</span>")


def markup_html(text: str) -> str:
    """The markup as simple HTML, block by block as the PDF sets it."""
    # Imported here: the PDF package (and ReportLab) loads after the window is up.
    import re

    from ..pdf.markup import parse

    def inline(value: str) -> str:
        return re.sub(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", r"<b>\1</b>", escape(value))

    out: list[str] = []
    open_list = ""
    for block in parse(text):
        kind = {"bullet": "ul", "numbered": "ol"}.get(block.kind, "")
        if kind != open_list:
            if open_list:
                out.append(f"</{open_list}>")
            if kind:
                start = f" start='{block.number}'" if kind == "ol" else ""
                out.append(f"<{kind}{start}>")
            open_list = kind
        if block.kind == "heading":
            out.append(f"<h3>{inline(block.text)}</h3>")
        elif kind:
            out.append(f"<li>{inline(block.text)}</li>")
        else:
            out.append(f"<p>{inline(block.text)}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return "".join(out)


class MarkupEditor(QWidget):
    """A plain-text source (`editor`) and its formatted view (`view`), side by side."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = PlainTextEdit()
        self.editor.setPlaceholderText(placeholder)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setObjectName("markupView")
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setPlaceholderText(self.tr("The formatted text appears here as you type."))
        self.view.document().setDefaultStyleSheet(
            "h3 { margin-top: 6px; margin-bottom: 2px; } p { margin-bottom: 4px; }")
        hint = QLabel(HINT.format(heading=self.tr("heading"), bullet=self.tr("bullet"),
                                  numbered=self.tr("numbered"), bold=self.tr("bold"),
                                  paragraph=self.tr("blank line: new paragraph")))
        hint.setTextFormat(Qt.TextFormat.RichText)
        hint.setWordWrap(True)
        self.hint = hint
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.editor)
        split.addWidget(self.view)
        split.setSizes([500, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(hint)
        layout.addWidget(split, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_view)
        self.editor.textChanged.connect(self._timer.start)
        bold = QShortcut(QKeySequence("Ctrl+B"), self.editor)
        bold.setContext(Qt.ShortcutContext.WidgetShortcut)
        bold.activated.connect(self.make_bold)
        self._shown = None

    def update_view(self) -> None:
        text = self.editor.toPlainText()
        if text != self._shown:
            self._shown = text
            self.view.setHtml(markup_html(text))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.update_view()

    def make_bold(self) -> None:
        cursor = self.editor.textCursor()
        selected = cursor.selectedText()
        if selected:
            cursor.insertText(f"**{selected.strip()}**")
        else:
            cursor.insertText("****")
            cursor.movePosition(cursor.MoveOperation.Left, n=2)
            self.editor.setTextCursor(cursor)
