"""A small, safe markup for education and advice text, turned into flowables.

What a therapist can type:

    ## A heading            (a line starting with one or more #)
    A paragraph. Lines next to each other join; a blank line starts a new one.
    - a bullet              (a line starting with "- " or "* ")
    **bold words**

Everything else prints literally: `<`, `&`, a lone `*` or `#` inside a
sentence never become broken markup, because the text is escaped before the
only two constructs we support (bold, headings/bullets) are applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")


@dataclass
class Block:
    """One parsed block: kind is "heading", "paragraph" or "bullet"."""

    kind: str
    text: str


def parse(text: str) -> list[Block]:
    """Split marked-up text into headings, paragraphs and bullets (raw text, not escaped)."""
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("paragraph", " ".join(paragraph)))
            paragraph.clear()

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("#") and line.lstrip("#").startswith(" ") and line.lstrip("#").strip():
            flush()
            blocks.append(Block("heading", line.lstrip("#").strip()))
        elif line[:2] in ("- ", "* ", "• ") and line[2:].strip():
            flush()
            blocks.append(Block("bullet", line[2:].strip()))
        else:
            paragraph.append(line)
    flush()
    return blocks


def inline(text: str) -> str:
    """Escape text for a ReportLab Paragraph, then apply **bold**."""
    return _BOLD.sub(r"<b>\1</b>", escape(text))


def plain(text: str) -> str:
    """Escape text for a ReportLab Paragraph with no markup at all."""
    return escape(text)
