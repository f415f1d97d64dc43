"""Every script printed right: font fallback, shaping, bidirectional order, no boxes.

Shaped text (Arabic, Bengali) is checked against the shaped text itself: the
PDF's ToUnicode map gives, for each glyph drawn, the character ReportLab
assigned to it (a presentation form or a private-use code for a joined or
conjunct form), so the test shapes the expected words with the same fonts
and looks for that glyph sequence in the page's text (pypdf returns
right-to-left glyphs in reading order, so either order counts). Latin and Chinese,
which need no shaping, are found as typed.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from handout.model import Handout, Item
from handout.pdf import fonts, text
from handout.pdf.render import render

from .pdfread import reader, squash

ROOT = Path(__file__).resolve().parents[2]
NAME = "Zoë Smith محمد علي রহিম উদ্দিন 王小明"


def _shaped(word: str, face: str, language: str | None = None) -> str:
    level = 1 if unicodedata.bidirectional(word[0]) in ("R", "AL") else 0
    return str(text.shape_piece(word, face, False, 10, level, 0, language).text)


def _fonts_used(data: bytes) -> set[str]:
    names = set()
    for page in reader(data).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


@pytest.fixture(scope="module")
def mixed_pdf():
    from handout.library import ExerciseLibrary
    library = ExerciseLibrary(user_dir=Path("/nonexistent"))
    handout = Handout(title="Hip programme", patient_name=NAME, date=dt.date(2026, 3, 12),
                      items=[Item(library.get("clamshell"), notes="Stop if it hurts 👍")])
    return render(handout)


def test_a_mixed_script_patient_name_prints_every_part(mixed_pdf):
    page = squash(reader(mixed_pdf).pages[0].extract_text())
    assert "ZoëSmith" in page
    assert "王小明" in page
    for word in ("محمد", "علي"):
        glyphs = _shaped(word, "arabic")
        assert glyphs != word  # shaping joined the letters
        # pypdf puts right-to-left glyphs back in reading order.
        assert glyphs in page or glyphs[::-1] in page
    for word in ("রহিম", "উদ্দিন"):
        assert _shaped(word, "bengali") in page
    used = _fonts_used(mixed_pdf)
    assert {"NotoSans-Regular", "NotoNaskhArabic-Regular", "NotoSansBengali-Regular",
            "NotoSansCJKsc-Regular"} <= used


def test_the_name_needs_no_box_and_the_emoji_is_reported(mixed_pdf):
    assert fonts.unprintable_characters(NAME, "en") == []
    assert fonts.unprintable_characters("Stop if it hurts 👍 or 🙂👍", "en") == ["👍", "🙂"]
    assert fonts.unprintable_characters("Plain words, 4/10.") == []
    # What cannot be printed shows as a visible box, never as nothing.
    page = reader(mixed_pdf).pages[0].extract_text()
    assert fonts.MISSING in page and "👍" not in page


def test_right_to_left_words_are_in_reading_order():
    # In a left-to-right line, an Arabic phrase reads from right to left as a
    # block, numbers inside it left to right.
    words = text.words_of([text.Span("For محمد علي 10 kg", False, 10, 0)], 0, "en")
    line = text._line(words, 12, 10)
    drawn = [str(p.text) for p, _, _ in text.line_items(line, 0) if p is not None]
    assert drawn[0] == "For"
    assert drawn[1:4] == [_shaped("10", "arabic"), _shaped("علي", "arabic"),
                          _shaped("محمد", "arabic")] or \
        drawn[1:4] == ["10", _shaped("علي", "arabic"), _shaped("محمد", "arabic")]
    assert drawn[-1] == "kg"


@pytest.mark.parametrize("source,base,levels", [
    ("abc", 0, [0, 0, 0]),
    ("אב 12", 1, [1, 1, 1, 2, 2]),
    ("ab عر", 0, [0, 0, 0, 1, 1]),
    # After Arabic letters, digits are Arabic numbers (W2): the % sign is not theirs.
    ("عر 3.5%", 1, [1, 1, 1, 2, 2, 2, 1]),
    ("ab 3.5%", 1, [2, 2, 2, 2, 2, 2, 2]),  # W7: digits after Latin are Latin
    ("a(b)c", 1, [2, 2, 2, 2, 2]),
])
def test_bidi_levels(source, base, levels):
    assert text.bidi_levels(source, base) == levels


def test_visual_order_reverses_right_to_left_runs():
    assert text.visual_order([0, 0, 1, 1, 1, 0]) == [0, 1, 4, 3, 2, 5]
    assert text.visual_order([1, 1, 2, 2, 1]) == [4, 2, 3, 1, 0]


def _style(**extra):
    fonts.register_fonts()
    return ParagraphStyle("t", fontName=fonts.REGULAR, fontSize=10, leading=13, **extra)


def test_an_arabic_paragraph_breaks_in_reading_order_and_aligns_right():
    words = "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة"
    paragraph = text.Paragraph(words, _style(direction="rtl"), language="ar")
    width, height = paragraph.wrap(120, 1000)
    lines = paragraph._lines
    assert len(lines) > 1 and height == pytest.approx(sum(line.height for line in lines))
    first = [w.text for w in lines[0].words]
    assert first[0] == "واحد"  # the first line holds the first words
    # Drawn right to left: the first word is the rightmost piece.
    items = text.line_items(lines[0], 1)
    assert str(items[-1][0].text) == _shaped("واحد", "arabic", "ar")
    # It splits between lines, the parts keeping their order.
    top, rest = paragraph.split(120, lines[0].height + 1)
    top.wrap(120, 1000)
    rest.wrap(120, 1000)
    assert [w.text for w in top._lines[0].words] == first
    assert len(rest._lines) == len(lines) - 1


def test_urdu_is_set_in_nastaliq_with_taller_lines(tmp_path):
    urdu = "اپنی کروٹ پر لیٹ جائیں اور گھٹنے موڑ لیں۔"
    nastaliq = text.Paragraph(urdu, _style(direction="rtl"), language="ur")
    naskh = text.Paragraph(urdu, _style(direction="rtl"), language="ar")
    _, tall = nastaliq.wrap(400, 1000)
    _, short = naskh.wrap(400, 1000)
    assert tall > short
    assert {p.face for line in nastaliq._lines for w in line.words for p in w.pieces} == {"urdu"}
    out = tmp_path / "u.pdf"
    canvas = Canvas(str(out))
    nastaliq.drawOn(canvas, 50, 600)
    canvas.save()
    assert "NotoNastaliqUrdu-Regular" in _fonts_used(out.read_bytes())


def test_bengali_conjuncts_and_vowel_signs_are_shaped():
    shaped = text.shape_piece("ক্ষ", "bengali", False, 10, 0, 0, "bn")
    assert len(str(shaped.text)) < len("ক্ষ")  # three characters, one conjunct glyph
    # The i-sign is written after its consonant but drawn before it.
    reordered = str(text.shape_piece("কি", "bengali", False, 10, 0, 0, "bn").text)
    assert reordered[0] != "ক"


def test_chinese_lines_break_between_characters():
    sentence = "侧身躺下，髋部和膝盖弯曲，双脚并拢。像贝壳打开一样慢慢抬起上面的膝盖。"
    paragraph = text.Paragraph(sentence, _style(), language="zh_Hans")
    paragraph.wrap(100, 1000)
    assert len(paragraph._lines) > 2
    starts = [line.words[0].text for line in paragraph._lines]
    assert not any(s[0] in "，。" for s in starts)  # no line starts with a comma or full stop
    assert "".join(w.text for line in paragraph._lines for w in line.words) == sentence


def test_plain_english_stays_on_reportlabs_own_path():
    assert not text.Paragraph("Keep your <b>pelvis</b> still.", _style())._engine
    assert text.Paragraph("Zoë and 王", _style())._engine
    assert text.Paragraph("Plain", _style(direction="rtl"))._engine


def test_header_strings_measure_and_draw_any_script(tmp_path):
    assert text.string_width("王小明", 10) > text.string_width("abc", 10) * 0.5
    out = tmp_path / "h.pdf"
    canvas = Canvas(str(out))
    text.draw_string(canvas, 500, 700, "Clinic محمد", 10, anchor="end")
    canvas.save()
    assert "NotoNaskhArabic-Regular" in _fonts_used(out.read_bytes())


def test_the_font_manifest_matches_the_shipped_fonts():
    from reportlab.pdfbase.ttfonts import TTFontFile
    manifest = json.loads((ROOT / "assets" / "fonts" / "fonts.json").read_text(encoding="utf-8"))
    for name, entry in manifest["faces"].items():
        covered = {c for lo, hi in entry["covers"] for c in range(lo, hi + 1)}
        for weight in ("regular", "bold"):
            cmap = TTFontFile(str(ROOT / "assets" / "fonts" / entry[weight])).charToGlyph
            assert covered - set(cmap) == set(), f"{name} {weight} lacks characters"
        assert (ROOT / "assets" / "fonts" / "LICENSE-Noto.txt").exists()


def test_every_character_of_the_bundled_content_has_a_font():
    # Fails when translators add text whose characters the shipped subsets
    # lack: run tools/build_fonts.py.
    assets = ROOT / "assets"
    chars = set()
    for pattern in ("exercises/*.json", "templates/*.json", "i18n/**/*.po", "i18n/**/*.json"):
        for path in assets.glob(pattern):
            chars.update(path.read_text(encoding="utf-8"))
    lacking = sorted(c for c in chars if c >= " " and fonts.unprintable_characters(c))
    assert lacking == []


def test_a_link_in_shaped_text_stays_clickable(tmp_path):
    caption = text.Paragraph('<link href="https://example.org/v">视频：<br/>example.org/v</link>',
                             _style(alignment=1))
    assert caption._engine
    caption.wrap(100, 100)
    out = tmp_path / "link.pdf"
    canvas = Canvas(str(out))
    caption.drawOn(canvas, 50, 700)
    canvas.save()
    annotations = reader(out.read_bytes()).pages[0]["/Annots"]
    assert {a.get_object()["/A"]["/URI"] for a in annotations} == {"https://example.org/v"}
