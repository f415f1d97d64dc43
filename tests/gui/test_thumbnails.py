"""Library thumbnails: an exercise with photos shows its first photo, like the PDF."""

from __future__ import annotations

import io

from PIL import Image

from handout import custom_exercises
from handout.gui.thumbnails import ThumbnailCache
from handout.library import ExerciseLibrary
from handout.photos import Photo, load_photo


def _red_photo() -> Photo:
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), (220, 30, 30)).save(buffer, "JPEG")
    return load_photo(buffer.getvalue())


def test_photo_exercise_thumbnail_is_the_photo(qapp):
    library = ExerciseLibrary()
    exercise = custom_exercises.create(library, "Hip hitch", photo_sources=[_red_photo()])
    cache = ThumbnailCache()
    pixmap = cache.get_now(exercise)
    centre = pixmap.toImage().pixelColor(pixmap.width() // 2, pixmap.height() // 2)
    assert centre.red() > 180 and centre.green() < 80 and centre.blue() < 80


def test_missing_photo_falls_back_to_the_placeholder(qapp):
    library = ExerciseLibrary()
    exercise = custom_exercises.create(library, "Hip hitch", photo_sources=[_red_photo()])
    exercise.photos = ["photos/gone.jpg"]
    cache = ThumbnailCache()
    assert cache.get_now(exercise).cacheKey() == cache._placeholder(exercise).cacheKey()
