"""The clinic logo is kept as a clean copy in the user data folder."""

from __future__ import annotations

import pytest
from PIL import Image

from handout import clinic_logo, paths
from handout.errors import ImageError

pytestmark = pytest.mark.core


def test_a_logo_in_any_photo_format_is_kept_as_a_clean_copy(tmp_path):
    for suffix in (".png", ".jpg", ".webp", ".bmp", ".tiff"):
        source = tmp_path / f"logo{suffix}"
        Image.new("RGB", (300, 100), (30, 120, 140)).save(source)
        kept = clinic_logo.import_logo(source)
        assert kept.parent == paths.user_home() / "clinic" and kept.is_file()
        assert clinic_logo.is_kept(kept) and not clinic_logo.is_kept(source)
        source.unlink()
        assert kept.is_file()


def test_the_same_logo_twice_is_one_file(tmp_path):
    source = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (200, 10, 10)).save(source)
    assert clinic_logo.import_logo(source) == clinic_logo.import_logo(source)
    assert len(list((paths.user_home() / "clinic").iterdir())) == 1


def test_a_file_that_is_not_a_picture_is_refused_with_the_photo_message(tmp_path):
    source = tmp_path / "logo.png"
    source.write_text("not a picture")
    with pytest.raises(ImageError, match="is not a picture"):
        clinic_logo.import_logo(source)
    assert not (paths.user_home() / "clinic").exists()
