"""Photo import: upright, no metadata, print-sized, and every bad image refused cleanly."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zlib

import pytest
from PIL import Image, ImageDraw

from handout import photos
from handout.errors import ImageError

pytestmark = pytest.mark.core

RED = (230, 20, 20)


def phone_jpeg(width: int = 4000, height: int = 3000, orientation: int = 6,
               noise: bool = True) -> bytes:
    """A phone-sized photo: a red marker in the top-left corner of the stored pixels,
    EXIF orientation, camera make and GPS position, an ICC profile and a comment."""
    image = Image.new("RGB", (width, height), (120, 160, 200))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height * 2 // 3, width, height), fill=(140, 110, 80))
    draw.ellipse((width // 3, height // 5, width // 2, height // 2), fill=(230, 190, 160))
    draw.rectangle((0, 0, width // 8, height // 8), fill=RED)
    if noise:  # texture like a real photo, so JPEG has something to compress
        grain = Image.effect_noise((width // 4, height // 4), 40).convert("RGB")
        image = Image.blend(image, grain.resize((width, height)), 0.15)
        ImageDraw.Draw(image).rectangle((0, 0, width // 8, height // 8), fill=RED)
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Phone 15 Pro"
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (51.0, 30.0, 12.5), 3: "W", 4: (0.0, 7.0, 39.0)})
    from PIL import ImageCms
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, exif=exif.tobytes(), icc_profile=icc,
               comment=b"taken at 12 Acacia Avenue")
    return out.getvalue()


def png_bomb(width: int = 40_000, height: int = 40_000) -> bytes:
    """A tiny PNG whose header claims width x height pixels."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + \
            struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + \
        chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b"")


def test_phone_photo_is_upright_clean_and_print_sized(tmp_path):
    original = tmp_path / "IMG_0001.jpg"
    data = phone_jpeg()
    original.write_bytes(data)
    assert b"Exif" in data and b"Acacia" in data  # the test photo really carries metadata

    photo = photos.load_photo(original)

    assert original.read_bytes() == data  # the original is never changed
    assert photo.format == "JPEG"
    # Orientation 6: the camera was turned, so upright the picture is portrait.
    assert (photo.width, photo.height) == (750, 1000)
    assert max(photo.width, photo.height) <= photos.MAX_SIDE
    image = Image.open(io.BytesIO(photo.data))
    assert image.size == (750, 1000)
    # The red corner of the stored pixels is now at the top right.
    r, g, b = image.convert("RGB").getpixel((image.width - 10, 10))
    assert r > 180 and g < 80 and b < 80
    r, g, b = image.convert("RGB").getpixel((10, 10))
    assert not (r > 180 and g < 80)
    for key in ("exif", "icc_profile", "xmp", "XML:com.adobe.xmp", "comment", "photoshop"):
        assert key not in image.info
    assert not image.getexif()
    for marker in (b"Exif", b"GPS", b"PhoneMaker", b"Phone 15", b"Acacia", b"ICC_PROFILE",
                   b"http://ns.adobe.com"):
        assert marker not in photo.data
    assert len(photo.data) <= photos.MAX_PHOTO_BYTES


@pytest.mark.parametrize("orientation, corner", [(1, "top-left"), (3, "bottom-right"),
                                                 (8, "bottom-left")])
def test_every_orientation_ends_upright(orientation, corner):
    photo = photos.load_photo(phone_jpeg(800, 600, orientation, noise=False))
    image = Image.open(io.BytesIO(photo.data)).convert("RGB")
    x = 10 if "left" in corner else image.width - 10
    y = 10 if "top" in corner else image.height - 10
    r, g, b = image.getpixel((x, y))
    assert r > 180 and g < 80 and b < 80


def test_line_art_with_transparency_is_stored_as_png_on_white():
    drawing = Image.new("RGBA", (1200, 900), (0, 0, 0, 0))
    ImageDraw.Draw(drawing).line((0, 0, 1200, 900), fill=(20, 60, 120, 255), width=12)
    out = io.BytesIO()
    drawing.save(out, "PNG")
    photo = photos.load_photo(out.getvalue())
    assert photo.format == "PNG" and photo.extension == ".png"
    image = Image.open(io.BytesIO(photo.data)).convert("RGB")
    assert image.size == (1000, 750)
    assert image.getpixel((990, 10)) == (255, 255, 255)  # transparent became paper white


@pytest.mark.parametrize("fmt", ["PNG", "WEBP", "BMP", "TIFF"])
def test_other_formats_are_accepted(fmt):
    image = Image.effect_noise((640, 480), 60).convert("RGB")
    out = io.BytesIO()
    image.save(out, fmt)
    photo = photos.load_photo(out.getvalue())
    assert (photo.width, photo.height) == (640, 480)


def test_crop_box_and_centre_crop():
    data = phone_jpeg(4000, 3000, orientation=1, noise=False)
    photo = photos.load_photo(data, crop=(0.0, 0.0, 0.5, 0.5))
    image = Image.open(io.BytesIO(photo.data)).convert("RGB")
    assert image.size == (1000, 750)
    r, g, b = image.getpixel((20, 20))
    assert r > 180 and g < 80  # the red corner, now a quarter of the picture
    assert image.getpixel((image.width - 20, 20))[0] < 180
    assert photos.centre_crop_box(3000, 4000) == pytest.approx((0, 0.21875, 1, 0.78125))
    assert photos.centre_crop_box(400, 300) == pytest.approx((0, 0, 1, 1))


def test_16_bit_grey_tiff_is_scaled_not_clipped():
    image = Image.new("I", (300, 200))
    image.paste(40000, (0, 0, 150, 200))
    image = image.convert("I;16")
    assert image.getpixel((10, 10)) == 40000
    out = io.BytesIO()
    image.save(out, "TIFF")
    photo = photos.load_photo(out.getvalue())
    grey = Image.open(io.BytesIO(photo.data)).convert("L")
    assert 100 < grey.getpixel((10, 10)) < 255 and grey.getpixel((290, 10)) < 10


# ------------------------------------------------------------------ bad images

def _bad_cases(tmp_path):
    truncated = phone_jpeg(1600, 1200, noise=True)
    return {
        "not an image": (b"this is a shopping list, not a photo\n" * 20,
                         "not a picture Handout Builder can use"),
        "truncated": (truncated[:len(truncated) // 2], "cut short or damaged"),
        "bomb": (png_bomb(), "is too large (1,600 megapixels; at most 50 megapixels)"),
        "zero size": (b"", "is empty (0 bytes)"),
        "heic": (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64,
                 "HEIC photos are not supported yet"),
        "pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
                "not a picture Handout Builder can use"),
    }


@pytest.mark.parametrize("case", ["not an image", "truncated", "bomb", "zero size", "heic",
                                  "pdf"])
def test_bad_image_files_give_a_clear_message(tmp_path, case):
    data, message = _bad_cases(tmp_path)[case]
    suffix = ".heic" if case == "heic" else ".jpg"
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(data)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ImageError) as caught:
        photos.load_photo(path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert path.read_bytes() == data


@pytest.mark.parametrize("case", ["not an image", "truncated", "bomb", "zero size"])
def test_bad_pasted_pictures_give_a_clear_message(tmp_path, case):
    data, message = _bad_cases(tmp_path)[case]
    with pytest.raises(ImageError) as caught:
        photos.load_photo(data)
    assert str(caught.value).startswith("the pasted picture ")
    assert message in str(caught.value)


def test_bomb_is_refused_before_decoding_with_bounded_memory():
    tracemalloc.start()
    try:
        with pytest.raises(ImageError, match="megapixels"):
            photos.load_photo(png_bomb(40_000, 40_000))
        with pytest.raises(ImageError, match="megapixels"):
            photos.load_photo(png_bomb(9_000, 9_000))  # 81 MP: above our 50 MP limit
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000  # 40,000² RGB would be 4.8 GB


def test_missing_unreadable_and_folder_paths(tmp_path):
    with pytest.raises(ImageError, match="no such file"):
        photos.load_photo(tmp_path / "nope.jpg")
    with pytest.raises(ImageError, match="is a folder"):
        photos.load_photo(tmp_path)
    locked = tmp_path / "locked.jpg"
    locked.write_bytes(phone_jpeg(100, 80, noise=False))
    locked.chmod(0)
    try:
        if locked.open("rb"):  # running as root: permissions do not apply
            pytest.skip("root can read any file")
    except PermissionError:
        with pytest.raises(ImageError, match="permission denied"):
            photos.load_photo(locked)
    finally:
        locked.chmod(0o644)


def test_safe_names_and_resolution(tmp_path):
    from handout.model import Exercise
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a_1.jpg").write_bytes(b"x")
    exercise = Exercise(id="a", name="A", origin="user")
    assert photos.resolve_photo(exercise, "photos/a_1.jpg", [tmp_path]) == \
        tmp_path / "photos" / "a_1.jpg"
    assert photos.resolve_photo(exercise, "photos/gone.jpg", [tmp_path]) is None
    for bad in ("../secret.jpg", "/etc/passwd", "photos/../../x.jpg", "C:\\x.jpg", ""):
        assert not photos.is_safe_name(bad)
        assert photos.resolve_photo(exercise, bad, [tmp_path]) is None


def test_printable_photo_cleans_a_stray_original(tmp_path):
    stray = tmp_path / "dropped-in-by-hand.jpg"
    stray.write_bytes(phone_jpeg(2000, 1500))
    photo = photos.printable_photo(stray)
    assert b"Exif" not in photo.data and max(photo.width, photo.height) <= photos.MAX_SIDE
    clean = tmp_path / "clean.jpg"
    clean.write_bytes(photo.data)
    assert photos.printable_photo(clean).data == photo.data  # ours: used as stored


_SEEDS: dict[str, bytes] = {}


def _seed(fmt: str) -> bytes:
    if fmt not in _SEEDS:
        out = io.BytesIO()
        Image.effect_noise((64, 48), 40).convert("RGB").save(out, fmt)
        _SEEDS[fmt] = out.getvalue()
    return _SEEDS[fmt]


def test_damaged_pictures_only_ever_give_an_image_error():
    """Flip and cut bytes of small valid pictures: a clean photo or an ImageError, nothing else."""
    from hypothesis import given, settings, strategies as st

    @settings(max_examples=150, deadline=None, derandomize=True)
    @given(fmt=st.sampled_from(["JPEG", "PNG", "WEBP", "BMP", "TIFF"]),
           cut=st.integers(0, 4000), flips=st.lists(st.tuples(st.integers(0, 4000),
                                                              st.integers(0, 255)),
                                                    max_size=6))
    def check(fmt, cut, flips):
        data = bytearray(_seed(fmt))
        for position, value in flips:
            if position < len(data):
                data[position] = value
        data = bytes(data[:cut] if cut else data)
        try:
            photo = photos.load_photo(data)
        except ImageError as error:
            assert str(error).startswith("the pasted picture ")
        else:
            assert photo.data and max(photo.width, photo.height) <= photos.MAX_SIDE

    check()
