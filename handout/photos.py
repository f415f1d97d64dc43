"""Photos for custom exercises: open safely, orient, strip metadata, crop, downscale.

Pillow only, no Qt. `load_photo(source)` turns a file path or the bytes of a
pasted picture into a `Photo`: clean JPEG (or PNG for line art) bytes, upright,
at most `MAX_SIDE` pixels on the long side, with no metadata at all (no EXIF,
GPS, XMP, ICC profile or comments): the pixels are copied into a fresh image,
so nothing from the original file survives but what the patient should see.
The original file is only read, never changed.

Safety before decoding: the file size is checked, then `Image.open` (which
only reads the header) tells the pixel count, and anything above
`MAX_PIXELS` is refused before a single pixel is decoded, so a tiny file
claiming 40,000 x 40,000 pixels cannot exhaust memory. Pillow's own
decompression-bomb warning is turned into the same error.

Stored photos are referenced from an exercise by names relative to the folder
of the exercise file (`"photos/my-hip-hitch_0a1b2c3d4e5f.jpg"`);
`find_photo(name, folder)` finds the file (a regular file that stays inside
the exercise folder, links leading out of it are not followed), and
`printable_photo(path)` gives the bytes to print (cached). Which folders are
searched is the collection's business (`Collection.photo_path`); the PDF gets
the photos already loaded.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
import struct
import warnings
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from PIL import Image, ImageFile, ImageOps

from . import safe_io
from .errors import HandoutError, ImageError, StorageError

# The largest picture box is about 64 mm wide (large print). At 200 dpi that is
# about 500 pixels; twice that leaves room for a portrait photo's taller box.
PRINT_DPI = 200
LARGEST_PICTURE_MM = 64
MAX_SIDE = 1000  # pixels on the long side of a stored photo
JPEG_QUALITY = 85
# Stored photos stay under the 250 KB per photo the PDF may grow by, even after
# ReportLab's ASCII85 encoding of image streams (+25 %).
MAX_PHOTO_BYTES = 180_000
MAX_PIXELS = 50_000_000       # 50 megapixels: every phone camera, no bombs
MAX_FILE_BYTES = 100_000_000  # read no more than this from any one file
MAX_PHOTOS = 3
PHOTO_FOLDER = "photos"
ACCEPTED = ("JPEG", "MPO", "PNG", "WEBP", "BMP", "TIFF")
ACCEPTED_LABEL = "JPEG, PNG, WebP, BMP or TIFF"
HEIC_MESSAGE = ("is a HEIC photo; HEIC photos are not supported yet. Export it as JPEG "
                "from your phone or photo app, then add that")
FILE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff")

# Never loosen a stricter limit someone else set, but do not allow more than ours.
if Image.MAX_IMAGE_PIXELS is None or Image.MAX_IMAGE_PIXELS > MAX_PIXELS:
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS

try:  # HEIC from iPhones, if the maintained plug-in is installed
    import pillow_heif  # type: ignore[import-not-found]
    pillow_heif.register_heif_opener()
    HEIC_SUPPORTED = True
    ACCEPTED = ACCEPTED + ("HEIF",)
    FILE_SUFFIXES = FILE_SUFFIXES + (".heic", ".heif")
except Exception:  # not installed, or broken: say so clearly when a HEIC arrives
    HEIC_SUPPORTED = False


@dataclass(frozen=True)
class Photo:
    """A cleaned photo ready to store: encoded bytes and their pixel size."""

    data: bytes
    format: str  # "JPEG" or "PNG"
    width: int
    height: int

    @property
    def extension(self) -> str:
        return ".jpg" if self.format == "JPEG" else ".png"

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    def file_name(self, exercise_id: str) -> str:
        """`<exercise id>_<12 hex digits of the content hash><.jpg|.png>`.

        The underscore cannot occur in an id, so the files of "hip" and
        "hip-hitch" are never confused; the same picture gets the same name.
        """
        return f"{exercise_id}_{self.digest[:12]}{self.extension}"


# A crop box as fractions of the upright picture: (left, top, right, bottom), 0-1.
CropBox = tuple[float, float, float, float]


def centre_crop_box(width: int, height: int, aspect: float = 4 / 3) -> CropBox:
    """The largest centred box of the given aspect (width / height), as fractions."""
    if width <= 0 or height <= 0:
        return (0.0, 0.0, 1.0, 1.0)
    if width / height > aspect:
        keep = (height * aspect) / width
        return ((1 - keep) / 2, 0.0, (1 + keep) / 2, 1.0)
    keep = (width / aspect) / height
    return (0.0, (1 - keep) / 2, 1.0, (1 + keep) / 2)


# ----------------------------------------------------------------- opening

def _label(source: str | Path | bytes) -> str | None:
    return None if isinstance(source, (bytes, bytearray, memoryview)) else str(source)


def _error(message: str, source: str | Path | bytes) -> ImageError:
    label = _label(source)
    if label is None:
        return ImageError(f"the pasted picture {message}")
    return ImageError(message, path=label)


def _read_bytes(source: str | Path | bytes, root: str | Path | None = None) -> bytes:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > MAX_FILE_BYTES:
            raise _error(f"is too large ({len(data) // 1_000_000} MB)", source)
    else:
        path = Path(source)
        try:
            if path.is_dir():
                raise _error("is a folder, not a picture", source)
        except OSError:
            pass
        try:
            # Read only (the original is never changed); a pipe or device is refused.
            data = safe_io.read_bytes(path, MAX_FILE_BYTES, root, "the exercise folder")
        except StorageError as error:
            message = error.message
            if message.startswith("is too large"):
                message = (f"is too large to be a photo (at most "
                           f"{MAX_FILE_BYTES // 1_000_000} MB)")
            elif message.startswith("permission denied"):
                message = "cannot be read (permission denied); check that you may open " \
                          "this file"
            raise _error(message, source) from None
    if not data:
        raise _error("is empty (0 bytes); it is not a picture", source)
    return data


def _looks_like_heic(data: bytes, source: str | Path | bytes) -> bool:
    label = _label(source) or ""
    if label.lower().endswith((".heic", ".heif")):
        return True
    return data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"hevc", b"hevx",
                                                   b"heim", b"heis", b"mif1", b"msf1")


def _formats() -> list[str]:
    Image.init()  # registers every plug-in, so the list below can name them
    return [f for f in ACCEPTED if f in Image.OPEN]


def open_image(source: str | Path | bytes) -> Image.Image:
    """The picture opened lazily (header only), after every check that needs no decoding.

    Raises `ImageError` for a missing, unreadable, empty or oversized file, a
    folder, something that is not a supported picture, or a decompression bomb.
    """
    data = _read_bytes(source)
    if _looks_like_heic(data, source) and not HEIC_SUPPORTED:
        raise _error(HEIC_MESSAGE, source)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # Pillow's notes on odd metadata
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=_formats())
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as error:
        # Pillow stopped at the header; its message holds the pixel count.
        counts = [int(n) for n in re.findall(r"\d{6,}", str(error))]
        size = f"{counts[0] / 1e6:,.0f} megapixels; " if counts else ""
        raise _error(f"is too large ({size}at most {MAX_PIXELS // 1_000_000} "
                     "megapixels). It may be damaged or a trick file; use a smaller copy",
                     source) from None
    except Image.UnidentifiedImageError:
        raise _error(f"is not a picture Handout Builder can use; choose a "
                     f"{ACCEPTED_LABEL} file", source) from None
    except (OSError, ValueError, SyntaxError, EOFError, struct.error) as error:
        raise _error(f"is damaged or not a {ACCEPTED_LABEL} picture ({error})",
                     source) from None
    width, height = image.size
    if width <= 0 or height <= 0:
        raise _error("has no pixels (0 × 0)", source)
    if width * height > MAX_PIXELS:
        raise _error(f"is too large ({width:,} × {height:,} pixels, "
                     f"{width * height / 1e6:,.0f} megapixels; at most "
                     f"{MAX_PIXELS // 1_000_000} megapixels). It may be damaged or a trick "
                     "file; use a smaller copy", source)
    return image


# ----------------------------------------------------------------- cleaning

def _draft(image: Image.Image, crop: CropBox | None) -> None:
    """Let the JPEG decoder scale down while decoding (fast, and far less memory)."""
    if image.format not in ("JPEG", "MPO"):
        return
    width, height = image.size
    left, top, right, bottom = crop or (0.0, 0.0, 1.0, 1.0)
    # The long side of the crop, in pixels of the stored file; orientation does not
    # matter: the scale is the same along both axes.
    crop_long = max((right - left) * width, (bottom - top) * height,
                    (right - left) * height, (bottom - top) * width)
    crop_long = min(crop_long, max(width, height))
    scale = MAX_SIDE / crop_long if crop_long else 1.0
    if scale < 1:
        image.draft(image.mode if image.mode in ("RGB", "L") else "RGB",
                    (math.ceil(width * scale), math.ceil(height * scale)))


def _to_srgb(image: Image.Image) -> Image.Image:
    """Pixels in sRGB (or grey), with any ICC profile applied and then dropped."""
    icc = image.info.get("icc_profile")
    if icc and image.mode in ("RGB", "RGBA", "CMYK", "L"):
        try:
            from PIL import ImageCms
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            target = ImageCms.createProfile("sRGB")
            out_mode = "RGBA" if image.mode == "RGBA" else (
                "L" if image.mode == "L" else "RGB")
            if out_mode == "L":
                return image  # a grey profile: grey stays grey
            return ImageCms.profileToProfile(image, source, target, outputMode=out_mode)
        except Exception:  # a broken profile: the plain pixels are better than nothing
            pass
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        # 16-bit and float greys: scale to 8 bits instead of clipping at 255.
        if image.mode.startswith("I;16"):
            return image.convert("I").point(lambda v: v * (1 / 257)).convert("L")
        grey = image.convert("I") if image.mode != "F" else image
        high = grey.getextrema()[1] or 1
        return grey.point(lambda v: v * (255 / high)).convert("L") \
            if high > 255 else grey.convert("L")
    return image


def _flatten(image: Image.Image) -> tuple[Image.Image, bool]:
    """RGB or L pixels on white paper, and whether the picture had transparency."""
    if image.mode == "P":
        image = image.convert("RGBA")
    if image.mode in ("1",):
        image = image.convert("L")
    if image.mode == "LA":
        image = image.convert("RGBA")
    if image.mode == "CMYK" or image.mode == "YCbCr" or image.mode not in ("RGB", "RGBA", "L"):
        image = image.convert("RGB")
    if image.mode == "RGBA":
        alpha = image.getchannel("A")
        if alpha.getextrema()[0] < 255:
            paper = Image.new("RGB", image.size, (255, 255, 255))
            paper.paste(image.convert("RGB"), mask=alpha)
            return paper, True
        image = image.convert("RGB")
    return image, False


def _fresh_copy(image: Image.Image) -> Image.Image:
    """A new image holding only the pixels: no info, no EXIF, no profile, nothing else."""
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    return clean


def _encode(image: Image.Image, line_art: bool) -> Photo:
    """JPEG (or PNG for line art), kept under `MAX_PHOTO_BYTES` by lowering quality, then size."""
    if line_art:
        buffer = io.BytesIO()
        colours = image.getcolors(maxcolors=256)
        to_save = image.quantize(len(colours)) if colours and image.mode == "RGB" else image
        to_save.save(buffer, "PNG", optimize=True)
        if buffer.tell() <= MAX_PHOTO_BYTES:
            return Photo(buffer.getvalue(), "PNG", image.width, image.height)
    current = image
    while True:
        for quality in (JPEG_QUALITY, 75, 65):
            buffer = io.BytesIO()
            current.save(buffer, "JPEG", quality=quality, optimize=True)
            if buffer.tell() <= MAX_PHOTO_BYTES:
                return Photo(buffer.getvalue(), "JPEG", current.width, current.height)
        if max(current.size) <= 200:
            return Photo(buffer.getvalue(), "JPEG", current.width, current.height)
        current = current.resize((max(1, round(current.width * 0.8)),
                                  max(1, round(current.height * 0.8))), Image.Resampling.LANCZOS)


def _is_line_art(image: Image.Image, had_alpha: bool) -> bool:
    if had_alpha:
        return True
    # Few colours: a drawing or a diagram, which JPEG would smear.
    return image.getcolors(maxcolors=256) is not None


def load_photo(source: str | Path | bytes, crop: CropBox | None = None) -> Photo:
    """A clean, upright, print-sized copy of a picture (file path or bytes).

    `crop` is (left, top, right, bottom) as fractions of the upright picture;
    None keeps the whole picture. Raises `ImageError` with a message for the
    therapist for every kind of bad input; nothing is written anywhere.
    """
    if crop is not None:
        crop = _check_crop(crop)
    image = open_image(source)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # Pillow's notes on odd metadata
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            if getattr(image, "n_frames", 1) > 1:
                image.seek(0)  # animated WebP, multi-page TIFF: the first picture
            _draft(image, crop)
            previous = ImageFile.LOAD_TRUNCATED_IMAGES
            ImageFile.LOAD_TRUNCATED_IMAGES = False  # a cut-short file is an error
            try:
                image.load()
            finally:
                ImageFile.LOAD_TRUNCATED_IMAGES = previous
            upright = ImageOps.exif_transpose(image) or image
            upright.info.setdefault("icc_profile", image.info.get("icc_profile"))
            pixels = _to_srgb(upright)
            pixels, had_alpha = _flatten(pixels)
            if crop is not None:
                left, top, right, bottom = crop
                w, h = pixels.size
                box = (round(left * w), round(top * h), round(right * w), round(bottom * h))
                if box[2] - box[0] < 1 or box[3] - box[1] < 1:
                    raise _error("crop is too small; choose a larger part of the picture",
                                 source)
                pixels = pixels.crop(box)
            if max(pixels.size) > MAX_SIDE:
                pixels = pixels.copy()
                pixels.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
            clean = _fresh_copy(pixels)
            return _encode(clean, _is_line_art(clean, had_alpha))
    except HandoutError:
        raise
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise _error("has too many pixels to be a photo; it may be damaged or a trick file",
                     source) from None
    except MemoryError:
        raise _error("is too large to open on this computer", source) from None
    except (OSError, ValueError, SyntaxError, EOFError, IndexError, struct.error) as error:
        text = str(error)
        if "truncated" in text or "broken data stream" in text or isinstance(error, EOFError):
            raise _error("is cut short or damaged (was it copied completely?); open it "
                         "in a photo app and save it again", source) from None
        raise _error(f"is damaged and cannot be read ({text or type(error).__name__})",
                     source) from None
    finally:
        image.close()


def _check_crop(crop: CropBox) -> CropBox:
    try:
        left, top, right, bottom = (float(v) for v in crop)
    except (TypeError, ValueError):
        raise ImageError("crop: expected four numbers (left, top, right, bottom)") from None
    left, top = max(0.0, min(left, 1.0)), max(0.0, min(top, 1.0))
    right, bottom = max(0.0, min(right, 1.0)), max(0.0, min(bottom, 1.0))
    if right - left < 0.01 or bottom - top < 0.01:
        raise ImageError("crop: the box is too small; choose a larger part of the picture")
    return (left, top, right, bottom)


def image_size(source: str | Path | bytes) -> tuple[int, int]:
    """The upright pixel size of a picture, read from its header (no decoding)."""
    image = open_image(source)
    try:
        width, height = image.size
        orientation = image.getexif().get(0x0112, 1)
        return (height, width) if orientation in (5, 6, 7, 8) else (width, height)
    except Exception:
        return image.size
    finally:
        image.close()


# ----------------------------------------------------------------- finding

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]*$")


def ordered_folders(origin: str, by_origin: dict[str, Path | str | None]) -> list[Path]:
    """The exercise folders of `by_origin`, the one of `origin` first; unset ones left out."""
    order = [origin] + [o for o in ("user", "clinic", "bundled") if o != origin]
    return [Path(by_origin[o]) for o in order if by_origin.get(o) is not None]


def is_safe_name(name: str) -> bool:
    """A relative name inside the exercise folder: no `..`, no drive, no absolute path."""
    if not isinstance(name, str) or not name or "\\" in name or len(name) > 300:
        return False
    parts = PurePosixPath(name).parts
    return bool(parts) and not PurePosixPath(name).is_absolute() and \
        all(_SAFE_NAME.match(p) and p not in (".", "..") for p in parts)


def find_photo(name: str, folder: str | Path, root: str | Path | None = None) -> Path | None:
    """`folder / name` when it is a regular file that stays inside `folder` (and `root`).

    Unsafe names (`../`, absolute paths) are never followed, nor links that
    lead out of the exercise folder; an unreachable drive is "not found".
    """
    if not is_safe_name(name):
        return None
    candidate = Path(folder) / name
    if not safe_io.is_regular_file(candidate, folder):
        return None
    if root is not None and not safe_io.is_inside(candidate, root):
        return None
    return candidate


def resolve_photo(exercise, name: str, folders: list[Path] | None = None) -> Path | None:
    """The file of one of `exercise.photos`, or None when it cannot be found.

    Names are relative to the folder of the exercise file (normally
    `photos/<file>`). The folder of the exercise's origin is tried first, then
    the others, so a copy of the exercise inside a saved handout still finds
    its photos. Without `folders`, the collection's standard folders are used.
    """
    if folders is None:
        from .collection import Folders
        folders = Folders.current()[0].photo_folders(exercise.origin)
    for folder in folders:
        found = find_photo(name, folder)
        if found is not None:
            return found
    return None


# ----------------------------------------------------------------- printing

_PRINTABLE: dict[tuple[str, int, int], Photo] = {}
_PRINTABLE_LIMIT = 64


def _is_clean(image: Image.Image) -> bool:
    """True for a file as `load_photo` writes it: small JPEG/PNG without any metadata."""
    if image.format not in ("JPEG", "PNG") or max(image.size) > MAX_SIDE:
        return False
    if image.format == "JPEG":
        markers = [marker for marker, _ in getattr(image, "applist", [])]
        if any(m not in ("APP0",) for m in markers):
            return False
        if image.mode not in ("RGB", "L"):
            return False
    allowed = {"jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi", "progressive",
               "progression", "adobe", "adobe_transform", "optimize", "interlace",
               "gamma", "transparency", "aspect"}
    if image.format == "PNG" and "transparency" in image.info:
        return False
    return set(image.info) <= allowed


def printable_photo(path: str | Path, root: str | Path | None = None) -> Photo:
    """The bytes to embed for a stored photo: as stored when clean, else cleaned now.

    Someone may drop an original phone photo into a shared photos folder by
    hand; it is cleaned here too, so no metadata ever reaches a PDF. Cached by
    path, modification time and size, so the live preview stays fast. With
    `root`, the file must lie inside it (a link out of it is refused).
    """
    path = Path(path)
    try:
        stat = path.stat()
    except OSError as error:
        raise ImageError(f"cannot be read ({error.strerror or error})", path=path) from None
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    cached = _PRINTABLE.get(key)
    if cached is not None and (root is None or safe_io.is_inside(path, root)):
        return cached
    data = _read_bytes(path, root)
    image = open_image(data)
    try:
        clean = _is_clean(image)
        size = image.size
        fmt = image.format
    finally:
        image.close()
    if clean:
        photo = Photo(data, "JPEG" if fmt == "JPEG" else "PNG", size[0], size[1])
        try:  # a stored file may be cut short too: decode once to be sure
            with Image.open(io.BytesIO(data)) as check:
                check.load()
        except Exception:
            photo = load_photo(path)  # raises the right ImageError
    else:
        photo = load_photo(path)
    if len(_PRINTABLE) >= _PRINTABLE_LIMIT:
        _PRINTABLE.pop(next(iter(_PRINTABLE)))
    _PRINTABLE[key] = photo
    return photo


def is_image_file(path: str | Path) -> bool:
    """True when the name looks like a picture we accept (for drag and drop)."""
    return str(path).lower().endswith(FILE_SUFFIXES + (".heic", ".heif"))


# ----------------------------------------------------------------- the clinic logo

# Enough for a crisp 300 dpi print of a header logo up to ~60 x 15 mm.
LOGO_PIXELS = (720, 180)
# Refuse anything that would decode to more than this many pixels (a
# "decompression bomb", or just a 100-megapixel photo picked by mistake).
MAX_LOGO_SOURCE_PIXELS = 40_000_000


@dataclass(frozen=True)
class Logo:
    """The clinic's logo, ready to draw: PNG bytes on white, and width / height."""

    png: bytes
    aspect: float


def prepare_logo(data: bytes) -> Logo | None:
    """The logo from the bytes of its file, flattened and downscaled, or None.

    A logo is a file the therapist picked once, months ago; it may since have
    been moved, truncated, or be a huge photo. None of that may stop a handout
    from printing, so every failure means "no logo" (the GUI warns about it
    when the clinic profile is edited). The image is flattened onto white and
    scaled down to what the header needs at print resolution, which keeps
    every PDF small.
    """
    if not data:
        return None
    try:
        with Image.open(io.BytesIO(data)) as source:
            if source.width * source.height > MAX_LOGO_SOURCE_PIXELS:
                return None
            source.load()
            image = ImageOps.exif_transpose(source)
            image = image.convert("RGBA")
    except Exception:  # Pillow raises many kinds for a bad file; all mean "no logo"
        return None
    if image.width < 1 or image.height < 1:
        return None
    image.thumbnail(LOGO_PIXELS, Image.Resampling.LANCZOS)
    # The header is white; flattening here avoids a soft mask in every PDF.
    flat = Image.new("RGB", image.size, (255, 255, 255))
    flat.paste(image, mask=image.getchannel("A"))
    buffer = io.BytesIO()
    flat.save(buffer, format="PNG", optimize=True)
    return Logo(buffer.getvalue(), image.width / image.height)
