"""Photos in the PDF: embedded without metadata, small, and never a failed export."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from handout import custom_exercises as ce, photos
from handout.collection import Collection
from handout.model import Handout, LayoutOptions
from handout.pdf.photo import MISSING_TEXT, PhotoFigure, photo_figure
from tests.core.test_photos import phone_jpeg
from tests.helpers import pdf_text

pytestmark = pytest.mark.core


@pytest.fixture
def owner():
    return Collection(clinic=None)


@pytest.fixture
def library(owner):
    return owner.exercises


@pytest.fixture
def render(owner):
    """What the app does: the collection loads the photos, then the pure render."""
    return owner.render


def embedded_images(data: bytes) -> list[bytes]:
    """The raw stream of every image XObject in the PDF, read back with pypdf."""
    out = []
    for page in PdfReader(io.BytesIO(data)).pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        for name in xobjects:
            obj = xobjects[name].get_object()
            if obj.get("/Subtype") == "/Image":
                out.append(obj.get_data())
    return out


def handout_with(library, ids, layout="standard") -> Handout:
    return Handout(title="Photos", patient_name="Zoe",
                   items=[library.new_item(i) for i in ids],
                   options=LayoutOptions(layout=layout))


def test_phone_photo_is_embedded_without_metadata_and_small(tmp_path, library, render):
    original = tmp_path / "IMG_0001.jpg"
    original.write_bytes(phone_jpeg())
    exercises = [ce.create(library, f"Photo exercise {n}", region="hip",
                           photo_sources=[photos.load_photo(phone_jpeg(orientation=n % 8 + 1))])
                 for n in range(3)]
    base = render(handout_with(library, ["bridge", "clamshell"]))
    with_photos = render(handout_with(library, ["bridge", "clamshell",
                                                    *(e.id for e in exercises)]))
    images = embedded_images(with_photos)
    assert len(images) == 3
    for stream in images:
        assert stream[:2] == b"\xff\xd8"  # the stored JPEG, passed through
        for marker in (b"Exif", b"GPS", b"PhoneMaker", b"Acacia", b"ICC_PROFILE"):
            assert marker not in stream
    assert b"Exif" not in with_photos and b"PhoneMaker" not in with_photos
    growth = len(with_photos) - len(base)
    assert growth < 250_000 * 3, growth
    assert "Photo exercise 1" in pdf_text(with_photos)


@pytest.mark.parametrize("layout", ["standard", "compact", "large-print"])
def test_every_layout_mixes_figures_and_photos(library, layout, render):
    one = ce.create(library, "One photo", photo_sources=[photos.load_photo(phone_jpeg(1600, 1200))])
    three = ce.create(library, "Three photos", photo_sources=[
        photos.load_photo(phone_jpeg(1600, 1200, orientation=o)) for o in (1, 6, 3)])
    data = render(handout_with(library, ["bridge", one.id, three.id, "clamshell"], layout))
    assert len(embedded_images(data)) == 4
    text = pdf_text(data)
    assert "One photo" in text and "Three photos" in text


def test_missing_and_broken_photos_print_a_placeholder(library, render):
    exercise = ce.create(library, "Lost photo", photo_sources=[photos.load_photo(phone_jpeg(800, 600))])
    for path in ce.photo_paths(library, exercise):
        path.write_bytes(b"")  # emptied by a sync tool
    item = library.new_item(exercise.id)
    item.exercise.photos.append("photos/never-existed.jpg")
    item.exercise.photos.append("../../etc/passwd")
    data = render(Handout(items=[item]))
    assert pdf_text(data).count(MISSING_TEXT) == 3
    assert embedded_images(data) == []


def test_render_is_deterministic_with_photos(library, render):
    exercise = ce.create(library, "Same", photo_sources=[photos.load_photo(phone_jpeg(800, 600))])
    handout = handout_with(library, [exercise.id, "bridge"])
    assert render(handout) == render(handout)


def test_photo_figure_fits_the_column():
    landscape = photos.Photo(b"", "JPEG", 1000, 750)
    portrait = photos.Photo(b"", "JPEG", 750, 1000)
    figure = PhotoFigure([landscape], 100)
    assert figure.wrap(500, 500) == (100, 75)
    figure = PhotoFigure([portrait], 100)
    assert figure.boxes == [(75, 100)]  # portrait: a square box at most, never wider
    figure = PhotoFigure([portrait, portrait, None], 100)
    assert figure.height <= 100 * 1.9 + 0.001
    assert all(w <= 100 for w, _ in figure.boxes)
    figure = PhotoFigure([landscape, landscape], 100, max_height=80)
    assert figure.height <= 80.001


def test_photo_figure_of_an_exercise_without_files(library):
    exercise = ce.draft(library, "Nothing yet")
    exercise.photos = ["photos/x_1.jpg"]
    figure = photo_figure(exercise, 120)
    assert figure.pictures == [None]
