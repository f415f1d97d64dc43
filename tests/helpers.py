"""Small helpers shared by tests: reading PDFs back and injecting failures."""

from __future__ import annotations

import io
import os
from contextlib import contextmanager
from unittest import mock

from pypdf import PdfReader


def pdf_text(data: bytes) -> str:
    """All text of a PDF, read back with pypdf, pages joined by newlines."""
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def pdf_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@contextmanager
def failing_replace(error: OSError | None = None):
    """Make `os.replace` fail, as a full disk or a locked file would."""
    error = error or OSError(28, "No space left on device")

    def fail(*_args, **_kwargs):
        raise error

    with mock.patch.object(os, "replace", fail):
        yield
