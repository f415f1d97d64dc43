"""The clinic's logo, loaded safely for the page header.

A logo is a file the therapist picked once, months ago; it may since have
been moved, truncated, or be a huge photo. None of that may stop a handout
from printing, so every failure means "no logo" (the GUI warns about it when
the clinic profile is edited). The image is flattened onto white and scaled
down to what the header needs at print resolution, which keeps every PDF small.
"""

from __future__ import annotations

import io
import os
from functools import lru_cache

from PIL import Image, ImageOps
from reportlab.lib.utils import ImageReader

# Enough for a crisp 300 dpi print of a header logo up to ~60 x 15 mm.
MAX_PIXELS = (720, 180)
# Refuse anything that would decode to more than this many pixels (a
# "decompression bomb", or just a 100-megapixel photo picked by mistake).
MAX_SOURCE_PIXELS = 40_000_000
MAX_FILE_BYTES = 30 * 1024 * 1024


def load_logo(path: str) -> tuple[ImageReader, float] | None:
    """The logo ready to draw and its aspect ratio (width / height), or None."""
    path = (path or "").strip()
    if not path:
        return None
    try:
        stat = os.stat(path)
    except (OSError, ValueError):
        return None
    # Keyed on size and time too: a logo replaced on disk is picked up again.
    png = _prepared(path, stat.st_size, stat.st_mtime_ns)
    if png is None:
        return None
    data, aspect = png
    return ImageReader(io.BytesIO(data)), aspect


@lru_cache(maxsize=8)
def _prepared(path: str, size: int, mtime_ns: int) -> tuple[bytes, float] | None:
    """PNG bytes of the flattened, downscaled logo (cached: the preview renders often)."""
    if size <= 0 or size > MAX_FILE_BYTES:
        return None
    try:
        with Image.open(path) as source:
            if source.width * source.height > MAX_SOURCE_PIXELS:
                return None
            source.load()
            image = ImageOps.exif_transpose(source)
            image = image.convert("RGBA")
    except Exception:  # Pillow raises many kinds for a bad file; all mean "no logo"
        return None
    if image.width < 1 or image.height < 1:
        return None
    image.thumbnail(MAX_PIXELS, Image.Resampling.LANCZOS)
    # The header is white; flattening here avoids a soft mask in every PDF.
    flat = Image.new("RGB", image.size, (255, 255, 255))
    flat.paste(image, mask=image.getchannel("A"))
    buffer = io.BytesIO()
    flat.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue(), image.width / image.height
