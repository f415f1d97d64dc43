"""Regenerate the shipped fonts in assets/fonts/ from the system's Noto fonts.

    .venv/bin/python tools/build_fonts.py            # rebuild every face
    .venv/bin/python tools/build_fonts.py --check    # exit 1 if a shipped file is stale

The sources are Debian's `fonts-noto-core` and `fonts-noto-cjk` packages
(SIL Open Font License 1.1). Each face is subset with fontTools to the
characters it needs (the bundled content and catalogues, plus generous common
sets for names a therapist types), with every OpenType layout feature kept so
HarfBuzz can still join Arabic, stack Bengali conjuncts and place vowel signs.

Noto Sans CJK ships as CFF-flavoured collections (.ttc), which ReportLab's
TTFont cannot embed: the Simplified Chinese face is taken from the collection
and its cubic outlines are converted to TrueType quadratics (cu2qu) here.

The Chinese common set is GB 2312 level 1 (the 3,755 most used Hanzi), listed
by decoding that code range with Python's own gb2312 codec: generated, not
copied. fontTools is a tool dependency only; the app never imports it.

Writes assets/fonts/fonts.json: for each face its files, what it is for and
the code points it covers (as ranges), so the app knows coverage without
opening a font, and a test can check the manifest matches the files.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "fonts"
NOTO = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto")

# Code point ranges, inclusive.
BASIC_PUNCTUATION = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x20A0, 0x20BF)]
LATIN = BASIC_PUNCTUATION + [
    (0x100, 0x24F),    # Latin Extended-A and -B
    (0x250, 0x2AF),    # IPA (some names use ɛ, ɔ, ŋ)
    (0x2B0, 0x36F),    # modifier letters and combining marks
    (0x370, 0x3FF),    # Greek
    (0x400, 0x52F),    # Cyrillic and its supplement
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese)
    (0x2100, 0x214F),  # letterlike: №, ℃
    (0x2150, 0x218F),  # number forms: ⅓, Ⅳ
    (0x2212, 0x2212),  # minus
    (0x25CC, 0x25CC),  # dotted circle (shown under a lone combining mark)
    (0xFB00, 0xFB06),  # ligatures
]
ARABIC_SCRIPT = [(0x600, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF), (0xFB50, 0xFDFF),
                 (0xFE70, 0xFEFF), (0x200C, 0x200F), (0x25CC, 0x25CC)]
# The Arabic-script faces keep the neutrals that sit inside Arabic text
# (spaces, digits, brackets, full stops) so a phrase stays in one font.
ARABIC_NEUTRALS = [(0x20, 0x40), (0x5B, 0x60), (0x7B, 0x7E), (0xA0, 0xA0), (0xAB, 0xAB),
                   (0xBB, 0xBB), (0xD7, 0xD7), (0x2010, 0x2027), (0x2030, 0x2039)]
BENGALI = [(0x980, 0x9FF), (0x964, 0x965), (0x200C, 0x200D), (0x25CC, 0x25CC)] + \
    [(0x20, 0x40), (0xA0, 0xA0), (0x2010, 0x2027)]
CJK_PUNCTUATION = [(0x3000, 0x303F), (0xFF00, 0xFFEF), (0x2018, 0x201F), (0x2026, 0x2026),
                   (0x00B7, 0x00B7), (0x2014, 0x2015), (0x20, 0x7E)]
SYMBOLS = [(0x2190, 0x21FF), (0x2200, 0x22FF), (0x2300, 0x23FF), (0x25A0, 0x25FF),
           (0x2600, 0x26FF), (0x2700, 0x27BF), (0x2B00, 0x2BFF)]


def gb2312_level1() -> list[str]:
    """The 3,755 level-1 Hanzi of GB 2312 (rows 16-55), from Python's gb2312 codec."""
    chars = []
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.append(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                continue  # row 55 ends early
    return chars


def content_characters() -> set[str]:
    """Every character of the bundled content and catalogues, in every language."""
    assets = ROOT / "assets"
    chars: set[str] = set()
    for folder, pattern in (("exercises", "*.json"), ("templates", "*.json"),
                            ("i18n", "**/*.po"), ("i18n", "**/*.json")):
        for path in sorted((assets / folder).glob(pattern)):
            chars.update(path.read_text(encoding="utf-8"))
    return chars


# name -> (what it is for, regular source, bold source, ranges, extra "content" flag)
FACES: dict[str, dict] = {
    "latin": {"purpose": "Latin, Greek and Cyrillic: the handout's base face",
              "files": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"), "ranges": LATIN},
    "arabic": {"purpose": "Arabic script in Naskh style: Arabic handouts and typed names",
               "files": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
               "ranges": ARABIC_SCRIPT + ARABIC_NEUTRALS},
    "urdu": {"purpose": "Arabic script in Nastaliq style: Urdu handouts",
             "files": ("NotoNastaliqUrdu-Regular.ttf", "NotoNastaliqUrdu-Bold.ttf"),
             "ranges": ARABIC_SCRIPT + ARABIC_NEUTRALS},
    "bengali": {"purpose": "Bengali handouts and typed names",
                "files": ("NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"),
                "ranges": BENGALI},
    "chinese": {"purpose": "Simplified Chinese: GB 2312 level 1 and the bundled content",
                "files": ("NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"),
                "collection_name": "Noto Sans CJK SC", "ranges": CJK_PUNCTUATION,
                "hanzi": True},
    "hebrew": {"purpose": "typed names in Hebrew",
               "files": ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
               "ranges": [(0x590, 0x5FF), (0xFB1D, 0xFB4F)]},
    "devanagari": {"purpose": "typed names in Devanagari (Hindi, Marathi, Nepali)",
                   "files": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
                   "ranges": [(0x900, 0x97F), (0xA8E0, 0xA8FF), (0x200C, 0x200D),
                              (0x25CC, 0x25CC)]},
    "gurmukhi": {"purpose": "typed names in Gurmukhi (Punjabi)",
                 "files": ("NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf"),
                 "ranges": [(0xA00, 0xA7F), (0x964, 0x965), (0x200C, 0x200D), (0x25CC, 0x25CC)]},
    "gujarati": {"purpose": "typed names in Gujarati",
                 "files": ("NotoSansGujarati-Regular.ttf", "NotoSansGujarati-Bold.ttf"),
                 "ranges": [(0xA80, 0xAFF), (0x964, 0x965), (0x200C, 0x200D), (0x25CC, 0x25CC)]},
    "tamil": {"purpose": "typed names in Tamil",
              "files": ("NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf"),
              "ranges": [(0xB80, 0xBFF), (0x964, 0x965), (0x200C, 0x200D), (0x25CC, 0x25CC)]},
    "symbols": {"purpose": "ticks, boxes, arrows and maths signs in typed notes",
                "files": ("NotoSansSymbols2-Regular.ttf", "NotoSansSymbols2-Regular.ttf"),
                "ranges": SYMBOLS},
    "math": {"purpose": "maths signs (≤, ≥, ≈) and arrows in typed notes",
             "files": ("NotoSansMath-Regular.ttf", "NotoSansMath-Regular.ttf"),
             "ranges": [(0x2190, 0x21FF), (0x2200, 0x22FF)]},
}


def _source(name: str) -> Path:
    for folder in (NOTO, NOTO_CJK):
        if (folder / name).exists():
            return folder / name
    raise SystemExit(f"{name} not found: install Debian's fonts-noto-core and fonts-noto-cjk")


def _open(spec: dict, index: int):
    from fontTools.ttLib import TTCollection, TTFont
    path = _source(spec["files"][index])
    if path.suffix == ".ttc":
        for font in TTCollection(str(path)).fonts:
            if font["name"].getDebugName(4).startswith(spec["collection_name"]) and \
                    "Mono" not in font["name"].getDebugName(4):
                return font, path
        raise SystemExit(f"{spec['collection_name']} is not in {path}")
    return TTFont(str(path)), path


def _wanted(spec: dict, content: set[str]) -> set[int]:
    codes = {c for lo, hi in spec["ranges"] for c in range(lo, hi + 1)}
    if spec.get("hanzi"):
        codes |= {ord(c) for c in gb2312_level1()}
        codes |= {ord(c) for c in content if unicodedata.name(c, "").startswith("CJK")}
    return codes


def _cff_to_truetype(font) -> None:
    """Replace the font's CFF outlines by TrueType quadratic ones, in place."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        # 1 unit in 1000 is far below what a printer shows; PostScript
        # outlines run the other way round from TrueType ones.
        glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements", "maxPoints", "maxContours",
                  "maxCompositePoints", "maxCompositeContours", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0  # no glyph names: smaller, and nothing needs them
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font.sfntVersion = "\x00\x01\x00\x00"


def build_face(name: str, spec: dict, content: set[str]) -> list[dict]:
    from fontTools import subset

    out = []
    for index, weight in enumerate(("regular", "bold")):
        if index == 1 and spec["files"][1] == spec["files"][0]:
            out.append(dict(out[0], weight="bold"))
            continue
        font, path = _open(spec, index)
        other, _ = _open(spec, 1 - index)
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.hinting = False
        options.desubroutinize = True
        options.drop_tables += ["DSIG", "vhea", "vmtx", "VORG", "BASE", "JSTF", "MATH"]
        subsetter = subset.Subsetter(options)
        # Only what both weights draw: any text may end up bold.
        cmap, other_cmap = font.getBestCmap(), other.getBestCmap()
        codes = sorted(c for c in _wanted(spec, content) if c in cmap and c in other_cmap)
        subsetter.populate(unicodes=codes)
        subsetter.subset(font)
        if "CFF " in font:
            _cff_to_truetype(font)
        buffer = io.BytesIO()
        font.save(buffer)
        data = buffer.getvalue()
        filename = path.stem.replace("NotoSansCJK", "NotoSansSC") + ".ttf"
        (OUT / filename).write_bytes(data)
        out.append({"weight": weight, "file": filename, "source": path.name,
                    "source_sha256": hashlib.sha256(path.read_bytes()).hexdigest()[:16],
                    "size": len(data), "codes": codes})
    return out


def ranges(codes: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return runs


def write_licence() -> None:
    """assets/fonts/LICENSE-Noto.txt: the OFL text as Debian ships it, with provenance."""
    copyright = Path("/usr/share/doc/fonts-noto-core/copyright").read_text(encoding="utf-8")
    body = copyright.rsplit("\nLicense: OFL-1.1\n", 1)[-1].split("\nLicense: ")[0]
    lines = [line[1:] if line.startswith(" ") else line for line in body.splitlines()]
    text = "\n".join("" if line == "." else line for line in lines).strip()
    header = ("The Noto fonts in this folder are subsets (see fonts.json and\n"
              "tools/build_fonts.py) of Debian's fonts-noto-core and fonts-noto-cjk packages.\n"
              "Copyright 2010-2022 Google Inc., Google LLC and the Noto Project Authors.\n"
              "Noto Sans CJK: copyright 2010-2012 Google Corporation (Debian fonts-noto-cjk).\n"
              "Licensed under the SIL Open Font License, Version 1.1, reproduced below.\n\n")
    (OUT / "LICENSE-Noto.txt").write_text(header + text + "\n", encoding="utf-8")


def build(check: bool = False) -> int:
    content = content_characters()
    manifest = {"about": "Written by tools/build_fonts.py; do not edit.", "faces": {}}
    if check:
        # A stale manifest is what matters: it is built from the same inputs.
        old = json.loads((OUT / "fonts.json").read_text(encoding="utf-8"))
        for name, spec in FACES.items():
            cmap, other = (_open(spec, i)[0].getBestCmap() for i in (0, 1))
            wanted = sorted(c for c in _wanted(spec, content) if c in cmap and c in other)
            shipped = {c for lo, hi in old["faces"][name]["covers"] for c in range(lo, hi + 1)}
            if set(wanted) - shipped:
                missing = "".join(chr(c) for c in sorted(set(wanted) - shipped)[:20])
                print(f"{name}: the shipped font lacks {missing!r}: run tools/build_fonts.py")
                return 1
        print("fonts are up to date")
        return 0
    for old in OUT.glob("*.ttf"):
        old.unlink()
    write_licence()
    for name, spec in FACES.items():
        files = build_face(name, spec, content)
        manifest["faces"][name] = {
            "purpose": spec["purpose"],
            "regular": files[0]["file"], "bold": files[1]["file"],
            "sources": sorted({f["source"] + " " + f["source_sha256"] for f in files}),
            "covers": ranges(files[0]["codes"]),
        }
        print(f"{name:11s} {files[0]['size'] // 1024:5d} KB + {files[1]['size'] // 1024:5d} KB"
              f"  {len(files[0]['codes'])} characters")
    (OUT / "fonts.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when the shipped fonts lack a character they should have")
    args = parser.parse_args(argv)
    return build(check=args.check)


if __name__ == "__main__":
    sys.exit(main())
