"""The one document parser: bytes of any Handout Builder file -> a checked JSON document.

Every file kind the app reads comes through `parse`: exercises, templates,
handouts, the clinic profile, settings, template favourites, exercise usage,
trash entries and clinic-folder locks. In one place, and before any other
work is done on the content, it enforces:

- the size of the file (checked by the reader before a byte is decoded, and
  again here), per kind (`Kind.max_bytes`);
- well-formed UTF-8 JSON (a BOM is tolerated), with no `NaN`/`Infinity`, no
  integer of more than `MAX_INT_DIGITS` digits and no non-finite number;
- nesting at most `MAX_DEPTH` deep and at most `MAX_NODES` values in all,
  object keys at most `MAX_KEY` characters, any text at most `MAX_STRING`;
- the exercise count of a handout or template (`MAX_ITEMS`);
- a `"format"` that is text and the expected kind, and an integer
  `"version"` this app can read (newer files are refused with "please update").

Text is made safe here too: lone surrogates (which `json` accepts as `\\udXXX`
escapes but no file can store) become U+FFFD, and control characters other
than tab and newline are dropped, in values and keys alike. So nothing the
parser returns can make a later save, a message or the PDF fail.

Every refusal is a `ValidationError` (a `LimitError` for the limits) with a
one-line message naming the file. Migration of old versions of the main
formats is `storage`'s job; this module only knows what each format is.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any

from .errors import LimitError, ValidationError

MAX_DEPTH = 32          # a handout's deepest real path is about 10
MAX_NODES = 250_000     # values in one document (300 embedded exercises use ~60,000)
MAX_STRING = 200_000    # characters in any one text; fields have tighter limits
MAX_KEY = 200           # characters in an object key
MAX_INT_DIGITS = 18     # far beyond any count, duration or angle
MAX_ITEMS = 300         # exercises in one handout or template
MB = 1_000_000


@dataclass(frozen=True)
class Kind:
    """One file format: its name, what to call it, its newest version, its limits."""

    format: str
    label: str              # "a template": for messages
    version: int            # the newest version this app reads (and writes)
    max_bytes: int
    body: str = ""          # the key holding the content, if the format has one
    has_items: bool = False


# The version of the four model formats (`storage` migrates older ones to it);
# 3 says the unit of a hold and a rest ("5 s", "1 min").
MODEL_VERSION = 3

KINDS = {kind.format: kind for kind in (
    Kind("handout-exercise", "an exercise", MODEL_VERSION, 2 * MB, "exercise"),
    Kind("handout-template", "a template", MODEL_VERSION, 8 * MB, "template", has_items=True),
    Kind("handout", "a handout", MODEL_VERSION, 8 * MB, "handout", has_items=True),
    Kind("handout-clinic", "a clinic profile", MODEL_VERSION, 1 * MB, "clinic"),
    Kind("handout-settings", "a settings", 1, 1 * MB, "settings"),
    Kind("handout-favourites", "a template favourites", 1, 1 * MB),
    Kind("handout-usage", "an exercise usage", 1, 1 * MB, "usage"),
    Kind("handout-trash-entry", "a trash entry", 1, 1 * MB, "entry"),
    Kind("handout-lock", "a clinic-folder lock", 1, 64_000, "lock"),
)}

# Control characters a text may not keep (tab, newline and carriage return may),
# and lone surrogates; `json` decodes escapes of both without complaint.
_UNSAFE_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Only an escape of one of those, or a raw DEL/C1 character, can put them in a string.
_UNSAFE_ESCAPE = re.compile(r"\\u(?:00[0-9a-fA-F]{2}|[dD][89a-fA-F])")
_RAW_C1 = re.compile("[\x7f-\x9f]")
# For the scan before parsing: string literals (the "unrolled loop" form, fast) and brackets.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_BRACKETS = re.compile(r"[\[\]{}]")
_DEPTH = {"[": 1, "{": 1, "]": -1, "}": -1}


def max_bytes(expected: str | tuple[str, ...]) -> int:
    """The largest file any of the `expected` formats may be (the reader's cap)."""
    formats = (expected,) if isinstance(expected, str) else expected
    return max(KINDS[f].max_bytes for f in formats)


def clean_text(text: str) -> str:
    """`text` without lone surrogates (-> U+FFFD) and control characters (dropped)."""
    if not _UNSAFE_TEXT.search(text):
        return text
    return _UNSAFE_TEXT.sub(lambda m: "\ufffd" if "\ud800" <= m.group() <= "\udfff" else "",
                            text)


def _refuse_constant(name: str) -> Any:
    raise LimitError(f"contains {name}, which is not a number a handout file can hold")


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise LimitError(f"contains a number with {len(text.lstrip('-')):,} digits; at most "
                         f"{MAX_INT_DIGITS} are allowed")
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text) if len(text) <= 40 else math.inf
    if not math.isfinite(value):
        raise LimitError("contains a number too large to be real")
    return value


def _scan(text: str) -> None:
    """The limits checked on the raw text, before it is parsed.

    Counted first on the whole text (brackets and commas inside strings
    count too, so the counts can only be too high); only when that is over a
    limit are the strings taken out and the exact counts made. Either way
    regular expressions and counts run at C speed: milliseconds, even for a
    large file.
    """
    if _too_deep(_BRACKETS.findall(text)) or text.count(",") > MAX_NODES:
        structure = _STRING.sub('""', text)
        if _too_deep(_BRACKETS.findall(structure)):
            raise LimitError(f"is nested more than {MAX_DEPTH} levels deep; it is not a "
                             "real handout file")
        if structure.count(",") + len(_BRACKETS.findall(structure)) // 2 + 1 > MAX_NODES:
            raise LimitError(f"has more than {MAX_NODES:,} values; it is not a real "
                             "handout file")
    if len(text) > MAX_STRING and \
            max(map(len, _STRING.findall(text)), default=0) > MAX_STRING + 2:
        raise LimitError(f"has a text longer than {MAX_STRING:,} characters")


def _too_deep(brackets: list[str]) -> bool:
    if brackets.count("[") + brackets.count("{") <= MAX_DEPTH:
        return False
    return max(accumulate(map(_DEPTH.__getitem__, brackets))) > MAX_DEPTH


def _needs_cleaning(text: str) -> bool:
    return ("\\u" in text and _UNSAFE_ESCAPE.search(text) is not None) or \
        _RAW_C1.search(text) is not None


def _checked(value: Any, clean: bool) -> Any:
    """`value` with every limit checked and (if `clean`) every text made safe."""
    nodes = 0
    root: list[Any] = [value]
    # (container, key in it, value, depth): an explicit stack, so a deep
    # document fails with our message, never with RecursionError.
    stack: list[tuple[Any, Any, Any, int]] = [(root, 0, value, 1)]
    while stack:
        parent, key, item, depth = stack.pop()
        nodes += 1
        if nodes > MAX_NODES:
            raise LimitError(f"has more than {MAX_NODES:,} values; it is not a real "
                             "handout file")
        if isinstance(item, str):
            if len(item) > MAX_STRING:
                raise LimitError(f"has a text of {len(item):,} characters; at most "
                                 f"{MAX_STRING:,} are allowed")
            if clean:
                parent[key] = clean_text(item)
        elif isinstance(item, (dict, list)):
            if depth > MAX_DEPTH:
                raise LimitError(f"is nested more than {MAX_DEPTH} levels deep; it is not a "
                                 "real handout file")
            if isinstance(item, dict):
                if clean or any(len(k) > MAX_KEY for k in item):
                    fresh = {}
                    for k, v in item.items():
                        if len(k) > MAX_KEY:
                            raise LimitError(f"has a field name of {len(k):,} characters; "
                                             f"at most {MAX_KEY} are allowed")
                        fresh[clean_text(k) if clean else k] = v
                    if fresh.keys() != item.keys() or clean:
                        parent[key] = item = fresh
                stack.extend((item, k, v, depth + 1) for k, v in item.items())
            else:
                stack.extend((item, i, v, depth + 1) for i, v in enumerate(item))
    return root[0]


def _decode(data: str | bytes, path: str | Path | None) -> str:
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8-sig")  # tolerate the BOM some editors add
    except UnicodeDecodeError:
        raise ValidationError("is not UTF-8 text; it may not be a Handout Builder file",
                              path=path) from None


def loads(data: str | bytes, path: str | Path | None = None,
          limit: int = 8 * MB) -> Any:
    """Any JSON value from `data`, every limit above checked, text made safe."""
    if len(data) > limit:
        raise LimitError(f"is too large ({len(data) / MB:.1f} MB; at most "
                         f"{limit / MB:.0f} MB for this kind of file)", path=path)
    text = _decode(data, path)
    try:
        _scan(text)
        value = json.loads(text, parse_int=_parse_int, parse_float=_parse_float,
                           parse_constant=_refuse_constant)
    except LimitError as error:
        raise error.at(path) if path is not None else error from None
    except json.JSONDecodeError as error:
        # A string that never closes, or an error at the very end, means the
        # file stops early: the usual result of an interrupted copy or download.
        cut_short = error.pos >= len(text.rstrip()) - 1 or error.msg.startswith("Unterminated")
        hint = "the file is cut short (was it copied completely?)" if cut_short else error.msg
        raise ValidationError(f"is not valid JSON at line {error.lineno}, column "
                              f"{error.colno}: {hint}", path=path) from None
    except (RecursionError, MemoryError):
        raise LimitError(f"is nested more than {MAX_DEPTH} levels deep; it is not a real "
                         "handout file", path=path) from None
    except ValueError as error:  # anything else json refuses (it should be none)
        raise ValidationError(f"is not valid JSON ({type(error).__name__})",
                              path=path) from None
    if not _needs_cleaning(text):
        return value  # the scan above has checked every limit: nothing to clean
    try:
        return _checked(value, clean=True)
    except LimitError as error:
        raise error.at(path) if path is not None else error from None


def _label(file_format: Any) -> str:
    kind = KINDS.get(file_format) if isinstance(file_format, str) else None
    if kind is not None:
        return kind.label
    if isinstance(file_format, str):
        shown = file_format if len(file_format) <= 40 else file_format[:37] + "..."
        return f"a \"{shown}\""
    return "an unknown kind of"


def parse(data: str | bytes, expected: str | tuple[str, ...],
          path: str | Path | None = None) -> dict:
    """The document in `data`, checked to be one of the `expected` formats.

    Returns the parsed object (format and version untouched; old versions of
    the main formats are migrated by `storage.parse_document`).
    """
    formats = (expected,) if isinstance(expected, str) else tuple(expected)
    return check(loads(data, path, max_bytes(formats)), formats, path)


def check(document: Any, expected: str | tuple[str, ...],
          path: str | Path | None = None) -> dict:
    """`document` (from `loads`) checked to be one of the `expected` formats and versions."""
    formats = (expected,) if isinstance(expected, str) else tuple(expected)
    wanted = " or ".join(KINDS[f].label for f in formats)
    if not isinstance(document, dict) or "format" not in document:
        raise ValidationError(f"is not a Handout Builder file (no \"format\" field); "
                              f"expected {wanted} file", path=path)
    file_format = document.get("format")
    if not isinstance(file_format, str):
        raise ValidationError(f"format: expected the name of a file format as text; "
                              f"expected {wanted} file", path=path)
    if file_format not in formats:
        raise ValidationError(f"is {_label(file_format)} file, expected {wanted} file",
                              path=path)
    kind = KINDS[file_format]
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        shown = repr(version) if isinstance(version, (int, float)) and \
            not isinstance(version, bool) else "something else"
        raise ValidationError(f"version: expected a whole number, got {shown}", path=path)
    if version > kind.version:
        raise ValidationError(f"was made by a newer Handout Builder (file version {version}; "
                              f"this one reads up to {kind.version}). Please update the "
                              "app to open it.", path=path)
    if kind.has_items:
        body = document.get(kind.body)
        items = body.get("items") if isinstance(body, dict) else None
        if isinstance(items, list) and len(items) > MAX_ITEMS:
            raise LimitError(f"has {len(items):,} exercises; {kind.label[2:]} can hold at "
                             f"most {MAX_ITEMS}. Split it into smaller ones.", path=path)
    return document


def document(file_format: str, body: dict | None = None, **top: Any) -> dict:
    """A new document of `file_format` at its current version: `{"format", "version", body}`."""
    kind = KINDS[file_format]
    out: dict[str, Any] = {"format": file_format, "version": kind.version}
    if kind.body:
        out[kind.body] = body if body is not None else {}
    out.update(top)
    return out


def dumps(doc: Any) -> bytes:
    """Stable, human-readable JSON: indented, UTF-8, keys in the order written.

    Text is cleaned on the way out as well, so a value set in memory (a pasted
    lone surrogate, a control character) can never make a save fail.
    """
    try:
        text = json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    except ValueError:
        raise ValidationError("holds a number that is not finite; it cannot be saved") \
            from None
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return clean_text(text).encode("utf-8")
