"""Prints text in any script: font fallback, bidirectional order and shaping.

Three steps turn a string into glyphs on the page:

1. **Levels** (`bidi_levels`): the Unicode bidirectional algorithm (UAX #9,
   rules W1-W7, N1-N2, I1-I2, L1-L2) gives each character an embedding level,
   so Arabic and Urdu read right to left while numbers and Latin words inside
   them read left to right. Explicit embedding controls (U+202A-U+202E,
   U+2066-U+2069) are treated as neutral; direction marks (LRM, RLM, ALM)
   work as in the standard.
2. **Runs**: each character gets the face that can draw it (`fonts.face_for`,
   the handout language's face first); spaces, digits and punctuation stay in
   the face of the letters around them. A piece is a stretch of one face, one
   level and one style inside a word.
3. **Shaping**: HarfBuzz (`uharfbuzz`) shapes each piece, joining Arabic
   letters, forming Bengali conjuncts and placing vowel signs. Its glyphs are
   handed to ReportLab as a `ShapedStr`, which ReportLab's text object draws
   with the glyph offsets.

Lines are broken in logical order (at spaces, and between Chinese
characters), then each line is put in visual order (rule L2).

`Paragraph` is a drop-in for ReportLab's: text that is plain Latin (every
English handout) goes through ReportLab's own code, unchanged and as fast as
before; anything else is laid out here. `draw_string` and `string_width` do
the same for single lines drawn on the canvas (the page header and footer).
The paragraph's direction comes from its style's `direction` attribute
("ltr" or "rtl", default "ltr"); in a right-to-left paragraph "left" alignment
means the start of the line, on the right.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph as _ReportLabParagraph

from . import fonts

# How much bigger a face is set than the Latin text around it, so its letters
# look the same size (Naskh and Bengali are drawn small on their body), and
# how tall its lines must be at least, as a multiple of the type size
# (Nastaliq words climb and fall far beyond Latin ones).
SIZE_SCALE = {"arabic": 1.12, "urdu": 1.0, "bengali": 1.08}
LINE_HEIGHT = {"urdu": 2.05, "arabic": 1.55, "bengali": 1.45}

# ---------------------------------------------------------------- bidi levels

_NEUTRAL = {"B", "S", "WS", "ON", "BN", "LRE", "RLE", "LRO", "RLO", "PDF",
            "LRI", "RLI", "FSI", "PDI"}
_RTL_CLASSES = {"R", "AL", "AN"}


def _classes(text: str) -> list[str]:
    return [unicodedata.bidirectional(c) or "L" for c in text]


def bidi_levels(text: str, base: int = 0) -> list[int]:
    """The embedding level of each character of `text` in a paragraph of level `base`
    (0 left to right, 1 right to left)."""
    types = _classes(text)
    n = len(types)
    sos = "R" if base % 2 else "L"
    for i, t in enumerate(types):
        if t in ("LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"):
            types[i] = "ON"
    # W1: a combining mark takes the type of the character before it.
    for i, t in enumerate(types):
        if t == "NSM":
            types[i] = types[i - 1] if i else sos
    # W2: European digits after Arabic letters are Arabic numbers. W3: AL is R.
    last = sos
    for i, t in enumerate(types):
        if t in ("L", "R", "AL"):
            last = t
        elif t == "EN" and last == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]
    # W4: one separator between two numbers of the same kind joins them.
    for i in range(1, n - 1):
        if types[i] == "ES" and types[i - 1] == "EN" and types[i + 1] == "EN":
            types[i] = "EN"
        elif types[i] == "CS" and types[i - 1] == types[i + 1] and types[i - 1] in ("EN", "AN"):
            types[i] = types[i - 1]
    # W5: currency and percent signs next to European digits belong to them.
    i = 0
    while i < n:
        if types[i] == "ET":
            j = i
            while j < n and types[j] == "ET":
                j += 1
            if (i and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
                types[i:j] = ["EN"] * (j - i)
            i = j
        else:
            i += 1
    # W6: the separators left over are neutral.
    types = ["ON" if t in ("ES", "ET", "CS") else t for t in types]
    # W7: European digits after Latin letters are Latin.
    last = sos
    for i, t in enumerate(types):
        if t in ("L", "R"):
            last = t
        elif t == "EN" and last == "L":
            types[i] = "L"
    # N1, N2: neutrals between two strong types of one direction take it;
    # other neutrals take the paragraph's direction. Numbers count as R.
    i = 0
    while i < n:
        if types[i] in _NEUTRAL:
            j = i
            while j < n and types[j] in _NEUTRAL:
                j += 1
            before = sos if i == 0 else ("R" if types[i - 1] in ("R", "EN", "AN") else "L")
            after = sos if j == n else ("R" if types[j] in ("R", "EN", "AN") else "L")
            types[i:j] = [before if before == after else sos] * (j - i)
            i = j
        else:
            i += 1
    # I1, I2: the levels.
    levels = []
    for t in types:
        if base % 2 == 0:
            levels.append(base + (1 if t == "R" else 2 if t in ("AN", "EN") else 0))
        else:
            levels.append(base + (1 if t in ("L", "EN", "AN") else 0))
    return levels


def visual_order(levels: list[int]) -> list[int]:
    """Indices of items in display order, left to right (rule L2)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    top = max(levels)
    lowest_odd = min(level for level in levels) | 1
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


# ---------------------------------------------------------------- plain text test

@lru_cache(maxsize=1)
def _plain_pattern() -> re.Pattern:
    """Characters the Latin face prints with no shaping and no reordering."""
    latin = fonts.face(fonts.BASE_FACE)
    chars = []
    for lo, hi in zip(latin.starts, latin.ends):
        for code in range(lo, hi + 1):
            c = chr(code)
            if unicodedata.bidirectional(c) in ("R", "AL", "AN", "NSM", "LRE", "RLE", "LRO",
                                                "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"):
                continue
            if unicodedata.category(c) in ("Mn", "Me", "Cf"):
                continue
            chars.append(re.escape(c))
    return re.compile("[" + "".join(chars) + "\n\t]*")


def is_plain(text: str) -> bool:
    """True when ReportLab alone prints `text` right: Latin-face letters, left to right."""
    return bool(_plain_pattern().fullmatch(text))


# ---------------------------------------------------------------- shaping

@dataclass
class Piece:
    """A shaped stretch of text in one font at one level: what is drawn in one go."""

    text: object  # a ShapedStr (or plain str) ready for ReportLab's text object
    font: str  # ReportLab font name
    size: float
    width: float
    level: int
    style: int  # index of the ReportLab fragment it came from (colour, link)
    face: str


_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=20000)
def _shaped(font_name: str, text: str, rtl: bool, language: str) -> tuple[object, float]:
    """`text` shaped in `font_name`: (ShapedStr, width at 1 pt)."""
    import uharfbuzz as hb
    from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

    ttf = pdfmetrics.getFont(font_name)
    ttf.hbFont(10)  # makes ReportLab set up its private-use glyph codes (hbAddPrivate)
    font = hb.Font(ttf.hbFace)
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.direction = "rtl" if rtl else "ltr"
    if language:
        buffer.language = language
    buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.guess_segment_properties()
    hb.shape(font, buffer, {"kern": True, "liga": True})
    face = ttf.face
    scale = ttf.pdfScale
    chars, data, total = [], [], 0.0
    for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions):
        gid = info.codepoint
        mapped = face.glyphToChar.get(gid)
        advance = scale(pos.x_advance)
        if mapped:
            code = mapped[0]
        else:
            # A glyph no character maps to (a joined Arabic form, a conjunct):
            # ReportLab gives it a private-use code for this font.
            code = ttf.hbAddPrivate(font.glyph_to_string(gid), gid, advance)
        chars.append(chr(code))
        data.append(ShapeData(info.cluster, advance, scale(pos.y_advance), scale(pos.x_offset),
                              scale(pos.y_offset), face.charWidths.get(code, advance)))
        total += advance
    return ShapedStr("".join(chars), shapeData=data), total / 1000


def _needs_shaping(text: str, face: str, rtl: bool) -> bool:
    return rtl or face != fonts.BASE_FACE or not text.isascii()


def shape_piece(text: str, face: str, bold: bool, size: float, level: int, style: int,
                language: str | None) -> Piece:
    size = size * SIZE_SCALE.get(face, 1.0)
    font = fonts.face(face).font_name(bold)
    rtl = level % 2 == 1
    if not _needs_shaping(text, face, rtl):
        return Piece(text, font, size, pdfmetrics.stringWidth(text, font, size), level, style,
                     face)
    shaped, width = _shaped(font, text, rtl, _hb_language(language, face))
    return Piece(shaped, font, size, width * size, level, style, face)


def _hb_language(language: str | None, face: str) -> str:
    if face == "urdu":
        return "ur"
    if face == "chinese":
        return "zh-Hans"
    return (language or "").replace("_", "-")


# ---------------------------------------------------------------- runs and words

_CJK_RANGES = ((0x2E80, 0x2FFF), (0x3000, 0x303F), (0x3040, 0x30FF), (0x3100, 0x312F),
               (0x3190, 0x31FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
               (0xFF00, 0xFFEF), (0x20000, 0x3FFFF))
# No line starts with closing punctuation; none ends with an opening one.
_NO_BREAK_BEFORE = set("，。、；：！？）」』】〉》〕］｝,.;:!?)]}…·ー々")
_NO_BREAK_AFTER = set("（「『【〈《〔［｛([{“‘")


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES)


def _deferred(char: str) -> bool:
    """Characters that take the face of the letters around them."""
    category = unicodedata.category(char)
    return category[0] in "ZPNMC" or category == "Sk" or (category == "Sm" and ord(char) < 0x2000)


def assign_faces(text: str, language: str | None) -> list[str]:
    """The face for each character: letters by coverage, neutrals by their neighbours."""
    chosen: list[str | None] = [None if _deferred(c) else fonts.face_for(c, language)
                                for c in text]
    # The nearest resolved face before each character, and the nearest letter's after it.
    before: list[str | None] = []
    last = None
    for face in chosen:
        before.append(last)
        last = face or last
    after: list[str | None] = [None] * len(text)
    nxt = None
    for i in range(len(text) - 1, -1, -1):
        after[i] = nxt
        if chosen[i] is not None:
            nxt = chosen[i]
    out: list[str] = []
    for i, char in enumerate(text):
        if chosen[i] is not None:
            out.append(chosen[i])  # type: ignore[arg-type]
            continue
        code = ord(char)
        b = out[-1] if out else None  # what the character before actually got
        a = after[i]
        if unicodedata.category(char).startswith("M"):
            candidates = (b, a)  # a mark must be in its letter's font
        elif b == fonts.BASE_FACE and a not in (None, fonts.BASE_FACE) and char != " ":
            candidates = (a, b)  # "(" before an Arabic word goes with the word
        else:
            candidates = (b, a)
        for candidate in candidates:
            if candidate and fonts.face(candidate).covers(code):
                out.append(candidate)
                break
        else:
            # A character no face has was turned into a box by `printable`;
            # the box is in the symbols face.
            out.append(fonts.face_for(char, language) or "symbols")
    return out


@dataclass
class Word:
    """What lies between two break opportunities, with its pieces in logical order."""

    pieces: list[Piece]
    space: float  # width of the space after it (0 when there is none)
    space_level: int
    start: int  # logical position of its first character in the paragraph
    text: str  # logical text, for splitting an over-long word

    @property
    def width(self) -> float:
        return sum(p.width for p in self.pieces)


@dataclass
class Span:
    """A stretch of the paragraph's text in one style (from a ReportLab fragment)."""

    text: str
    bold: bool
    size: float
    style: int


def _break_points(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word: spaces separate words; Chinese characters are
    each a word of their own, kept with the punctuation that must follow them."""
    words = []
    start = None
    for i, char in enumerate(text):
        if char == " ":
            if start is not None:
                words.append((start, i))
                start = None
            continue
        if start is None:
            start = i
        elif i > start and (_is_cjk(char) or _is_cjk(text[i - 1])) \
                and char not in _NO_BREAK_BEFORE and text[i - 1] not in _NO_BREAK_AFTER \
                and not unicodedata.category(char).startswith("M"):
            words.append((start, i))
            start = i
    if start is not None:
        words.append((start, len(text)))
    return words


@dataclass
class _Context:
    """One segment of a paragraph, analysed once: its text, levels, faces and spans."""

    text: str
    spans: list[Span]
    owner: list[int]  # span index of each character
    levels: list[int]
    faces: list[str]
    base: int
    language: str | None
    run_end: list[int]  # where the run of one span, level and face holding each character ends

    @classmethod
    def of(cls, spans: list[Span], base: int, language: str | None) -> "_Context":
        text = "".join(s.text for s in spans)
        owner = [index for index, span in enumerate(spans) for _ in span.text]
        levels, faces = bidi_levels(text, base), assign_faces(text, language)
        run_end = [0] * len(text)
        end = len(text)
        for i in range(len(text) - 1, -1, -1):
            if i + 1 < len(text) and (owner[i], levels[i], faces[i]) != \
                    (owner[i + 1], levels[i + 1], faces[i + 1]):
                end = i + 1
            run_end[i] = end
        return cls(text, spans, owner, levels, faces, base, language, run_end)

    def word(self, a: int, b: int) -> Word:
        """Characters [a, b) as a word, shaped piece by piece, with the space after it."""
        pieces = []
        i = a
        while i < b:
            j = min(self.run_end[i], b)
            span = self.spans[self.owner[i]]
            pieces.append(shape_piece(self.text[i:j], self.faces[i], span.bold, span.size,
                                      self.levels[i], span.style, self.language))
            i = j
        space, space_level = 0.0, self.base
        if b < len(self.text) and self.text[b] == " ":
            span = self.spans[self.owner[b]]
            font = fonts.face(self.faces[b]).font_name(span.bold)
            space = pdfmetrics.stringWidth(" ", font, span.size * SIZE_SCALE.get(self.faces[b], 1))
            space_level = self.levels[b]
        return Word(pieces, space, space_level, a, self.text[a:b])


def words_of(spans: list[Span], base: int, language: str | None) -> list[Word]:
    """The paragraph's words with their shaped pieces (logical order)."""
    return _words(_Context.of(spans, base, language))


def _words(context: _Context) -> list[Word]:
    return [context.word(a, b) for a, b in _break_points(context.text)] if context.text else []


def _split_word(word: Word, width: float, context: _Context) -> tuple[Word, Word] | None:
    """`word` cut so its first part fits `width`, at a character boundary that does
    not split a letter from its marks; None when not even one character fits."""
    text = word.text
    cuts = [i for i in range(1, len(text))
            if not unicodedata.category(text[i]).startswith("M") and text[i] not in "\u200c\u200d"]
    low, high, best = 0, len(cuts) - 1, None
    while low <= high:  # widths grow with the cut: halve the search
        middle = (low + high) // 2
        head = context.word(word.start, word.start + cuts[middle])
        if head.width <= width:
            best, low = cuts[middle], middle + 1
        else:
            high = middle - 1
    if best is None:
        return None
    head = context.word(word.start, word.start + best)
    head.space = 0.0
    tail = context.word(word.start + best, word.start + len(text))
    return head, tail


@dataclass
class Line:
    words: list[Word]
    width: float
    height: float
    ascent: float  # from the line's top to its baseline


def break_lines(words: list[Word], widths: list[float], context: _Context, leading: float,
                ascent: float) -> list[Line]:
    """Greedy line breaking in logical order; `widths[i]` is line i's room
    (the last one repeats)."""
    lines: list[Line] = []
    current: list[Word] = []
    used = 0.0
    queue = list(reversed(words))  # popped from the end: cheap
    while queue:
        room = widths[min(len(lines), len(widths) - 1)]
        word = queue.pop()
        gap = current[-1].space if current else 0.0
        if not current and word.width > room + 1e-6:
            parts = _split_word(word, room, context)
            if parts:
                lines.append(_line([parts[0]], leading, ascent))
                queue.append(parts[1])
                continue
        if not current or used + gap + word.width <= room + 1e-6:
            used += gap + word.width
            current.append(word)
            continue
        lines.append(_line(current, leading, ascent))
        current, used = [], 0.0
        queue.append(word)
    if current:
        lines.append(_line(current, leading, ascent))
    return lines


def _line(words: list[Word], leading: float, ascent: float) -> Line:
    width = sum(w.width for w in words) + sum(w.space for w in words[:-1])
    height, top = leading, ascent
    for word in words:
        for piece in word.pieces:
            need = piece.size * LINE_HEIGHT.get(piece.face, 0)
            if need > height:
                # The extra room goes above the baseline: tall scripts climb.
                top += need - height
                height = need
    return Line(words, width, height, top)


def line_items(line: Line, base: int) -> list[tuple[Piece | None, float, int]]:
    """The line's pieces and spaces as (piece or None for a space, width, level),
    in visual order, left to right."""
    items: list[tuple[Piece | None, float, int]] = []
    for index, word in enumerate(line.words):
        items += [(p, p.width, p.level) for p in word.pieces]
        if index < len(line.words) - 1 and word.space:
            items.append((None, word.space, word.space_level))
    return [items[i] for i in visual_order([level for _, _, level in items])]


# ---------------------------------------------------------------- drawing

def _draw_items(canvas, items, x: float, y: float, colours: list, links: list) -> None:
    for piece, width, _ in items:
        if piece is not None:
            text = canvas.beginText(x, y)
            text.setFont(piece.font, piece.size)
            colour = colours[piece.style] if piece.style < len(colours) else None
            if colour is not None:
                text.setFillColor(colour)
            text.textOut(piece.text)
            canvas.drawText(text)
            link = links[piece.style] if piece.style < len(links) else None
            if link:
                canvas.linkURL(link, (x, y - piece.size * 0.25, x + width, y + piece.size),
                               relative=1)
        x += width


def _single_line(text: str, size: float, bold: bool, language: str | None,
                 direction: str) -> tuple[list, float]:
    base = 1 if direction == "rtl" else 0
    words = words_of([Span(text, bold, size, 0)], base, language)
    if not words:
        return [], 0.0
    line = _line(words, size, size)
    return line_items(line, base), line.width


def string_width(text: str, size: float, bold: bool = False, language: str | None = None,
                 direction: str = "ltr") -> float:
    """How wide `text` prints on one line, in points."""
    if is_plain(text) and direction == "ltr":
        return pdfmetrics.stringWidth(text, fonts.BOLD if bold else fonts.REGULAR, size)
    return _single_line(text, size, bold, language, direction)[1]


def draw_string(canvas, x: float, y: float, text: str, size: float, bold: bool = False,
                anchor: str = "start", language: str | None = None,
                direction: str = "ltr") -> None:
    """Draw one line of text with its left edge (`anchor="start"`), right edge
    ("end") or middle ("middle") at x, in the canvas's current fill colour."""
    if is_plain(text) and direction == "ltr":
        font = fonts.BOLD if bold else fonts.REGULAR
        canvas.setFont(font, size)
        draw = {"start": canvas.drawString, "end": canvas.drawRightString,
                "middle": canvas.drawCentredString}[anchor]
        draw(x, y, text)
        return
    items, width = _single_line(text, size, bold, language, direction)
    if anchor == "end":
        x -= width
    elif anchor == "middle":
        x -= width / 2
    _draw_items(canvas, items, x, y, [], [])


# ---------------------------------------------------------------- the paragraph

class Paragraph(_ReportLabParagraph):
    """ReportLab's Paragraph, printing every script (see the module docstring).

    Plain Latin text is laid out by ReportLab itself; anything else (another
    script, a right-to-left style, combining marks) by this module, keeping
    the style's sizes, leading, indents, bullet and alignment.
    """

    def __init__(self, text, style=None, bulletText=None, frags=None, caseSensitive=1,  # noqa: N803
                 encoding="utf8", language: str | None = None) -> None:
        super().__init__(text, style, bulletText=bulletText, frags=frags,
                         caseSensitive=caseSensitive, encoding=encoding)
        self.language = language if language is not None else getattr(self.style, "language",
                                                                       None)
        self._lines: list[Line] | None = None
        self._words: list[Word] | None = None
        self._engine = self._needs_engine()

    # -- which path
    def _needs_engine(self) -> bool:
        if getattr(self.style, "direction", "ltr") == "rtl":
            return True
        texts = [getattr(f, "text", "") for f in self.frags]
        if self.bulletText:
            texts.append(self.bulletText)
        return not all(is_plain(t) for t in texts)

    @property
    def _base(self) -> int:
        return 1 if getattr(self.style, "direction", "ltr") == "rtl" else 0

    def _spans(self) -> tuple[list[Span], list, list]:
        """The fragments as spans of collapsed text, with each span's colour and link.

        A `<br/>` becomes a line break marker (U+2028) that the layout honours.
        """
        spans, colours, links = [], [], []
        for f in self.frags:
            if getattr(f, "lineBreak", False):
                text = "\u2028"
            else:
                text = getattr(f, "text", "")
            text = _SPACE.sub(" ", text.replace("\u2028", "\0")).replace("\0", "\u2028")
            if not text:
                continue
            href = _href(getattr(f, "link", None))
            spans.append(Span(text, "Bold" in f.fontName or bool(getattr(f, "bold", 0)),
                              f.fontSize, len(colours)))
            colours.append(f.textColor)
            links.append(href)
        # Collapse spaces across fragments and trim the ends, as ReportLab does.
        out: list[Span] = []
        previous_space = True
        for span in spans:
            chars = []
            for char in span.text:
                if char == " " and previous_space:
                    continue
                chars.append(char)
                previous_space = char in " \u2028"
            if chars:
                out.append(Span("".join(chars), span.bold, span.size, span.style))
        while out and out[-1].text.endswith(" "):
            out[-1].text = out[-1].text[:-1]
            if not out[-1].text:
                out.pop()
        return out, colours, links

    def _segments(self) -> list[list[Span]]:
        """The spans cut at each `<br/>`: each segment starts a new line."""
        spans, self._colours, self._links = self._spans()
        segments: list[list[Span]] = [[]]
        for span in spans:
            parts = span.text.split("\u2028")
            for k, part in enumerate(parts):
                if k:
                    segments.append([])
                part = part.strip(" ") if len(parts) > 1 else part
                if part:
                    segments[-1].append(Span(part, span.bold, span.size, span.style))
        return segments

    # -- layout
    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab's names)
        if not self._engine:
            return super().wrap(availWidth, availHeight)
        style = self.style
        rtl = self._base == 1
        left, right = (style.rightIndent, style.leftIndent) if rtl else \
            (style.leftIndent, style.rightIndent)
        self._indents = (left, right)
        room = availWidth - left - right
        first = room - style.firstLineIndent
        bullet = 0.0
        if self.bulletText:
            bullet_end = style.bulletIndent + string_width(
                self.bulletText, style.bulletFontSize, language=self.language) + 2
            indent = style.leftIndent
            if bullet_end > indent:
                bullet = bullet_end - indent  # the bullet pushes the first line along
        ascent = _ascent(style.fontName, style.fontSize)
        lines: list[Line] = []
        if self._lines is not None and (self._fixed or self._laid_for == availWidth):
            # A part of a split paragraph keeps the lines it was cut from.
            lines = self._lines
        else:
            segments = self._segments()
            if not any(segments):
                segments = []  # nothing to print: no height, as ReportLab does
            for index, segment in enumerate(segments):
                if not segment:
                    lines.append(Line([], 0.0, style.leading, ascent))
                    continue
                context = _Context.of(segment, self._base, self.language)
                widths = [first - bullet, room] if index == 0 and not lines else [room]
                lines += break_lines(_words(context), widths, context, style.leading, ascent)
            self._lines, self._laid_for = lines, availWidth
        self.width = availWidth
        self.height = sum(line.height for line in lines)
        self._bullet_room = bullet
        self._width_max = max((line.width for line in lines), default=0.0)
        return self.width, self.height

    _fixed = False
    _laid_for: float | None = None

    def split(self, availWidth, availHeight):  # noqa: N803
        if not self._engine:
            return super().split(availWidth, availHeight)
        self.wrap(availWidth, availHeight)
        used, count = 0.0, 0
        for line in self._lines:
            if used + line.height > availHeight + 1e-6:
                break
            used += line.height
            count += 1
        if count == 0 or count == len(self._lines):
            return [] if count == 0 else [self]
        return [self._part(self._lines[:count], first=True),
                self._part(self._lines[count:], first=False)]

    def _part(self, lines: list[Line], first: bool) -> "Paragraph":
        part = Paragraph("", self.style.clone(self.style.name + ("-top" if first else "-rest"),
                                              **({"spaceAfter": 0} if first else
                                                 {"spaceBefore": 0, "firstLineIndent": 0})),
                         bulletText=self.bulletText if first else None, language=self.language)
        part._engine, part._fixed = True, True
        part._lines, part._laid_for = lines, self._laid_for
        part._colours, part._links = self._colours, self._links
        return part

    def minWidth(self):  # noqa: N802
        if not self._engine:
            return super().minWidth()
        self.wrap(1e6, 1e6)
        return max((w.width for line in self._lines for w in line.words), default=0.0) + \
            self.style.leftIndent + self.style.rightIndent

    def draw(self):
        if not self._engine:
            return super().draw()
        canvas = self.canv
        style = self.style
        rtl = self._base == 1
        left, right = self._indents
        alignment = style.alignment
        if alignment == TA_JUSTIFY:
            alignment = TA_LEFT
        if rtl and alignment in (TA_LEFT, TA_RIGHT):
            alignment = TA_RIGHT if alignment == TA_LEFT else TA_LEFT
        top = self.height
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        for index, line in enumerate(self._lines):
            baseline = top - line.ascent
            top -= line.height
            indent = style.firstLineIndent if index == 0 else 0.0
            if index == 0:
                indent += self._bullet_room
            room = self.width - left - right - indent
            if alignment == TA_RIGHT:
                x = self.width - right - (indent if rtl else 0) - line.width
                if not rtl:
                    x = left + indent + room - line.width
            elif alignment == TA_CENTER:
                x = left + (indent if not rtl else 0) + (room - line.width) / 2
            else:
                x = left + (0 if rtl else indent)
            _draw_items(canvas, line_items(line, self._base), x, baseline,
                        self._colours, self._links)
            if index == 0 and self.bulletText:
                canvas.setFillColor(getattr(style, "bulletColor", None) or style.textColor)
                bullet_size = style.bulletFontSize
                if rtl:
                    draw_string(canvas, self.width - style.bulletIndent, baseline,
                                self.bulletText, bullet_size, anchor="end",
                                language=self.language, direction="rtl")
                else:
                    draw_string(canvas, style.bulletIndent, baseline, self.bulletText,
                                bullet_size, language=self.language)
                canvas.setFillColor(style.textColor)
        canvas.restoreState()


def _href(link) -> str | None:
    """The URL of a fragment's `<link>`: ReportLab keeps [(kind, url), ...]."""
    if not link:
        return None
    first = link[0] if isinstance(link, list) else link
    if isinstance(first, tuple) and len(first) == 2 and isinstance(first[1], str):
        return first[1]
    return first if isinstance(first, str) else None


@lru_cache(maxsize=256)
def _ascent(font_name: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import getAscentDescent
    return getAscentDescent(font_name, size)[0]
