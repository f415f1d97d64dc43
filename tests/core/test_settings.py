"""The settings file: clinic folder, environment override, atomic writes, bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from handout import paths, settings
from handout.errors import StorageError, ValidationError
from tests.helpers import failing_replace

pytestmark = pytest.mark.core


def test_no_file_means_defaults():
    assert settings.load_settings() == settings.Settings()
    assert settings.clinic_folder() is None


def test_clinic_folder_round_trips_through_the_file(tmp_path):
    settings.set_clinic_folder(tmp_path / "Clinic share")
    document = json.loads(paths.settings_file().read_text(encoding="utf-8"))
    assert document == {"format": "handout-settings", "version": 1,
                        "settings": {"clinic_folder": str(tmp_path / "Clinic share")}}
    assert settings.clinic_folder() == tmp_path / "Clinic share"
    settings.set_clinic_folder(None)
    assert settings.clinic_folder() is None


def test_the_environment_overrides_the_file(tmp_path, monkeypatch):
    settings.set_clinic_folder(tmp_path / "from-file")
    monkeypatch.setenv("HANDOUT_CLINIC_DIR", str(tmp_path / "from-env"))
    assert settings.clinic_folder() == tmp_path / "from-env"
    monkeypatch.setenv("HANDOUT_CLINIC_DIR", "")
    assert settings.clinic_folder() is None


def test_unknown_settings_are_kept():
    paths.settings_file().write_text(json.dumps(
        {"format": "handout-settings", "version": 1,
         "settings": {"clinic_folder": "", "future_option": [1, 2]}}))
    settings.set_clinic_folder(Path("/srv/clinic"))
    body = json.loads(paths.settings_file().read_text())["settings"]
    assert body == {"clinic_folder": str(Path("/srv/clinic")), "future_option": [1, 2]}


@pytest.mark.parametrize("text, message", [
    ("{not json", "not a valid settings file"),
    ('{"format": "handout", "version": 1}', "not a settings file"),
    ('{"format": "handout-settings", "version": 7, "settings": {}}', "newer Handout Builder"),
    ('{"format": "handout-settings", "version": 1, "settings": {"clinic_folder": 3}}',
     "clinic_folder: expected a folder path"),
])
def test_a_bad_file_is_a_clear_error(text, message):
    paths.settings_file().write_text(text)
    with pytest.raises(ValidationError, match=message) as caught:
        settings.clinic_folder()
    assert str(paths.settings_file()) in str(caught.value)


def test_a_bad_file_is_replaced_when_the_folder_is_chosen_again(tmp_path):
    paths.settings_file().write_text("{not json")
    settings.set_clinic_folder(tmp_path)
    assert settings.clinic_folder() == tmp_path


def test_a_failed_write_leaves_the_old_settings(tmp_path):
    settings.set_clinic_folder(tmp_path / "old")
    with failing_replace(), pytest.raises(StorageError, match="previous version is unchanged"):
        settings.set_clinic_folder(tmp_path / "new")
    assert settings.clinic_folder() == tmp_path / "old"
    assert [p.name for p in paths.user_home().iterdir()] == ["settings.json"]  # no temp file
