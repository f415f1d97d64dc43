"""Reading rendered PDFs back for the PDF tests: text, font sizes, drawing operators.

Everything here looks at the bytes of the PDF (through pypdf), never at the
code that wrote them.
"""

from __future__ import annotations

import io
import math
import re

from pypdf import PdfReader
from pypdf.generic import ContentStream


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(data).pages]


def squash(text: str) -> str:
    """Text without any whitespace: line breaks fall anywhere in a wrapped name."""
    return re.sub(r"\s+", "", text)


def text_runs(data: bytes, page_numbers: list[int] | None = None) -> list[tuple[float, str]]:
    """(effective font size in points, text) for every piece of text on the pages."""
    runs: list[tuple[float, str]] = []
    pdf = reader(data)
    for number, page in enumerate(pdf.pages):
        if page_numbers is not None and number not in page_numbers:
            continue

        def visit(text, cm, tm, font_dict, font_size, runs=runs):
            if text.strip():
                # The size on paper: the Tf size scaled by the text and CTM matrices.
                scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
                runs.append((round(font_size * scale, 2), text))

        page.extract_text(visitor_text=visit)
    return runs


def operator_count(data: bytes, operator: bytes, page_number: int = 0) -> int:
    """How many times a content-stream operator (b"re", b"f", b"Do") is used on a page."""
    pdf = reader(data)
    page = pdf.pages[page_number]
    stream = ContentStream(page.get_contents(), pdf)
    count = sum(1 for _, op in stream.operations if op == operator)
    # Drawings (QR codes, figures) may sit in form XObjects: count inside those too.
    resources = page.get("/Resources") or {}
    xobjects = resources.get("/XObject") or {}
    for ref in xobjects.values():
        xobject = ref.get_object()
        if xobject.get("/Subtype") == "/Form":
            inner = ContentStream(xobject, pdf)
            count += sum(1 for _, op in inner.operations if op == operator)
    return count
