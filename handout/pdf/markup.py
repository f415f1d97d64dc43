"""A small, safe markup for education and advice text.

What a therapist can type:

    ## A heading            (a line starting with one or more #, then a space)
    A paragraph. Lines next to each other join; a blank line starts a new one.
    - a bullet              (a line starting with "- ", "* " or "• ")
    1. a numbered point     (a line starting with a number and "." or ")")
    **bold words**

Everything else prints literally: `<`, `&`, `>`, a lone `*` or `#` inside a
sentence, or something that looks like a tag (`<b>`, `</para>`) never becomes
broken markup, because the text is escaped first and only then is `**bold**`
turned into the one tag we emit ourselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from .fonts import printable

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_NUMBERED = re.compile(r"(\d{1,3})[.)]\s+(\S.*)")
_BULLETS = ("- ", "* ", "• ")


@dataclass
class Block:
    """One parsed block: kind is "heading", "paragraph", "bullet" or "numbered".

    `text` is raw (not escaped); `number` is the typed number of a numbered point.
    """

    kind: str
    text: str
    number: int = 0


def parse(text: str) -> list[Block]:
    """Split marked-up text into headings, paragraphs and list points."""
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("paragraph", " ".join(paragraph)))
            paragraph.clear()

    # True while a list point may still take continuation lines (no blank line yet).
    in_point = False
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        numbered = _NUMBERED.fullmatch(line)
        if not line:
            flush()
            in_point = False
        elif line.startswith("#") and line.lstrip("#").startswith(" ") and line.lstrip("#").strip():
            flush()
            blocks.append(Block("heading", line.lstrip("#").strip()))
            in_point = False
        elif line[:2] in _BULLETS and line[2:].strip():
            flush()
            blocks.append(Block("bullet", line[2:].strip()))
            in_point = True
        elif numbered:
            flush()
            blocks.append(Block("numbered", numbered.group(2).strip(),
                                int(numbered.group(1))))
            in_point = True
        elif in_point:
            # A wrapped line of the point above, as Markdown reads it.
            blocks[-1].text += " " + line
        else:
            paragraph.append(line)
    flush()
    return blocks


def plain(text: str) -> str:
    """Text for a ReportLab Paragraph with no markup at all: escaped and printable."""
    return escape(printable(text))


def inline(text: str) -> str:
    """Escape text for a ReportLab Paragraph, then apply **bold**."""
    return _BOLD.sub(r"<b>\1</b>", plain(text))


def attribute(text: str) -> str:
    """Text safe inside a double-quoted attribute of a Paragraph tag."""
    return escape(printable(text), {'"': "&quot;"})
