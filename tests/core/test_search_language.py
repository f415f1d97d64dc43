"""Library search in the handout language: translated names and search words are
found, English still is, and nothing changes for an English handout."""

from __future__ import annotations

from handout.collection import Collection


def test_a_spanish_handout_finds_exercises_by_their_spanish_words(user_home):
    collection = Collection()
    found = [e.id for e in collection.exercises.search("almeja", language="es")]
    assert found[:1] == ["clamshell"]
    assert [e.id for e in collection.exercises.search("clam", language="es")][:1] == \
        ["clamshell"]
    assert collection.exercises.search("almeja") == []  # English handouts: English only


def test_results_are_the_library_exercises_themselves(user_home):
    collection = Collection()
    found = collection.exercises.search("almeja", language="es")
    assert found[0] is collection.exercises.get("clamshell")
    assert found[0].aliases == collection.exercises.get("clamshell").aliases


def test_arabic_and_chinese_words_are_found(user_home):
    from handout.i18n import content, files
    translations, _ = files.read_all([])
    collection = Collection()
    clamshell = collection.exercises.get("clamshell")
    for language in ("ar", "zh_Hans"):
        word = content.keywords(clamshell, language, translations)[0]
        assert "clamshell" in [e.id for e in
                               collection.exercises.search(word, language=language)]


def test_a_hostile_translations_folder_is_reported_not_followed(user_home, tmp_path):
    import os
    clinic = tmp_path / "clinic"
    folder = clinic / "translations" / "es" / "exercises"
    folder.mkdir(parents=True)
    (folder / "clamshell.json").write_text("{not json", encoding="utf-8")
    os.mkfifo(folder / "bridge.json")
    outside = tmp_path / "secret.json"
    outside.write_text("{}", encoding="utf-8")
    (folder / "bird-dog.json").symlink_to(outside)
    collection = Collection(clinic=clinic)
    translations = collection.translations()
    assert translations.files("es", "exercise", "clamshell")  # the bundled one still
    problems = " ".join(collection.translation_problems)
    assert "clamshell.json" in problems and "bridge.json" in problems and \
        "bird-dog.json" in problems
