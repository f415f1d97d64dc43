"""The printed-string catalogues: complete in every language, right placeholders,
every plural form a language needs, and CLDR dates whatever the machine's locale."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from handout import i18n

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "assets" / "i18n" / "catalogues"
TEMPLATE = ROOT / "assets" / "i18n" / "messages.pot"
TRANSLATED = [lang for lang in i18n.LANGUAGES if lang != i18n.SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"\{(\w*)\}")

# Every string the PDF prints today (section titles, labels, the diary, the
# dose line's pieces): the catalogue must hold each one.
PRINTED_TODAY = [
    (None, "Your exercise programme"), (None, "Home exercise programme"),
    ("patient panel", "For:"), ("patient panel", "Date:"), ("patient panel", "Therapist:"),
    ("patient panel", "Review on:"), (None, "Your exercises"), (None, "Take care:"),
    (None, "Note:"), (None, "{name} (continued)"), (None, "Video:"), (None, "Photo missing"),
    (None, "Page {page} of {total}"), ("diary", "Your exercise diary"),
    ("diary", "Week {number}"), ("diary", "Week {number} · {dates}"), ("diary", "Exercise"),
    ("diary", "Pain today"), ("diary", "(0 = none, 10 = worst)"), ("dose", "{count} set"),
    ("dose", "{count} rep"), ("dose", "hold {seconds} s"), ("dose", "rest {seconds} s"),
    ("dose", "left side"), ("dose", "right side"), ("dose", "alternate sides"),
    ("dose", "each side"), ("pain rule", "How much pain is OK?"),
    ("frequency", "once a day"), ("frequency", "twice a day"),
    ("frequency", "three times a day"),
]


def _template():
    with open(TEMPLATE, "rb") as handle:
        return read_po(handle)


def _catalogue(language):
    with open(CATALOGUES / f"{language}.po", "rb") as handle:
        return read_po(handle, locale=i18n.FORMAT_LOCALES[language])


def _key(message):
    msgid = message.id[0] if isinstance(message.id, tuple) else message.id
    return (message.context, msgid)


def test_the_template_holds_every_string_printed_today():
    keys = {_key(m) for m in _template() if m.id}
    assert [k for k in PRINTED_TODAY if k not in keys] == []


def test_the_printed_pain_rule_is_in_the_template():
    from handout import model
    keys = {_key(m) for m in _template() if m.id}
    assert ("pain rule", model.PAIN_RULE_HEADING) in keys
    assert ("pain rule", model.DEFAULT_PAIN_RULE) in keys


def test_there_is_a_catalogue_for_every_language_and_no_other():
    assert sorted(p.stem for p in CATALOGUES.glob("*.po")) == sorted(TRANSLATED)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_with_the_right_placeholders(language):
    template = {_key(m): m for m in _template() if m.id}
    catalogue = _catalogue(language)
    found = {_key(m): m for m in catalogue if m.id}
    assert sorted(k for k in template if k not in found) == [], "untranslated messages"
    assert sorted(k for k in found if k not in template) == [], "messages not in the template"
    plural = get_plural(i18n.FORMAT_LOCALES[language])
    for key, message in found.items():
        assert not message.fuzzy, f"{language} {key} is marked fuzzy"
        source = message.id if isinstance(message.id, tuple) else (message.id,)
        wanted = set(PLACEHOLDER.findall(source[-1]))
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if isinstance(message.id, tuple):
            assert len(forms) == plural.num_plurals, \
                f"{language} {key}: {len(forms)} plural forms, the language needs {plural.num_plurals}"
        for index, form in enumerate(forms):
            assert form.strip(), f"{language} {key}: form {index} is empty"
            got = set(PLACEHOLDER.findall(form))
            assert got <= wanted, f"{language} {key}: unknown placeholders {got - wanted}"
            missing = wanted - got
            # A plural form used for exactly one number ("مجموعة واحدة", one set)
            # may leave the count out; nothing else may drop a placeholder.
            if missing == {"count"} and isinstance(message.id, tuple):
                numbers = [n for n in range(0, 1000) if _form_index(plural, n) == index]
                assert len(numbers) == 1, f"{language} {key}: form {index} drops {{count}}"
            else:
                assert not missing, f"{language} {key}: form {index} lacks {missing}"


def _form_index(plural, n: int) -> int:
    import gettext
    return gettext.c2py(plural.plural_expr)(n)


def test_the_placeholder_check_catches_a_wrong_translation(tmp_path):
    # The check above must be able to fail: a form without {seconds} is caught.
    bad = (CATALOGUES / "pl.po").read_text(encoding="utf-8").replace(
        'msgstr "przytrzymaj {seconds} s"', 'msgstr "przytrzymaj s"')
    assert bad != (CATALOGUES / "pl.po").read_text(encoding="utf-8")
    path = tmp_path / "pl.po"
    path.write_text(bad, encoding="utf-8")
    with open(path, "rb") as handle:
        catalogue = read_po(handle, locale="pl_PL")
    message = catalogue.get("hold {seconds} s", context="dose")
    assert set(PLACEHOLDER.findall(message.string)) != {"seconds"}


def test_catalogues_are_marked_as_drafts():
    for language in TRANSLATED:
        assert "Status: draft" in (CATALOGUES / f"{language}.po").read_text(encoding="utf-8")


@pytest.mark.parametrize("language,count,expected", [
    ("en", 1, "1 set"), ("en", 3, "3 sets"),
    ("pl", 1, "1 seria"), ("pl", 3, "3 serie"), ("pl", 5, "5 serii"), ("pl", 22, "22 serie"),
    ("ar", 1, "مجموعة واحدة"), ("ar", 2, "مجموعتان"), ("ar", 3, "3 مجموعات"),
    ("ar", 11, "11 مجموعة"), ("ro", 1, "1 serie"), ("ro", 20, "20 de serii"),
    ("zh_Hans", 3, "3 组"), ("de", 2, "2 Sätze"),
])
def test_plural_rules_follow_the_language(language, count, expected):
    assert i18n.catalog(language).pplural("dose", "{count} set", "{count} sets", count) == expected


def test_the_api_the_renderer_calls():
    polish = i18n.catalog("pl")
    assert polish.text("Take care:") == "Uwaga:"
    assert polish.text("Page {page} of {total}", page=2, total=3) == "Strona 2 z 3"
    assert polish.ptext("frequency", "twice a day") == "dwa razy dziennie"
    assert polish.ptext("frequency", "after lunch") == "after lunch"  # typed text as typed
    assert polish.direction == "ltr" and polish.name == "polski"
    assert i18n.catalog("ar").direction == "rtl" and i18n.catalog("ur").direction == "rtl"
    assert i18n.catalog("zh-Hans").language == "zh_Hans"
    assert i18n.catalog("pt-PT").text("Note:") == "Nota:"
    assert i18n.catalog("en").text("Take care:") == "Take care:"
    with pytest.raises(i18n.LanguageError, match="Choose one of"):
        i18n.catalog("tlh")


def test_dates_and_weekdays_come_from_cldr():
    day = dt.date(2026, 3, 12)
    assert i18n.catalog("en").format_date(day) == "12 March 2026"
    assert i18n.catalog("pl").format_date(day) == "12 marca 2026"
    assert i18n.catalog("de").format_date(day) == "12. März 2026"
    assert i18n.catalog("zh_Hans").format_date(day) == "2026年3月12日"
    assert i18n.catalog("en").format_date(None) == ""
    assert i18n.catalog("fr").weekday_names()[0].startswith("lun")
    assert len(set(i18n.catalog("ar").weekday_names())) == 7
    assert i18n.catalog("fr").format_number(1234) == "1\u202f234"


_CHILD = """
import datetime, locale, sys
for name in ("de_DE.UTF-8", "fr_FR.UTF-8", "pl_PL.UTF-8", ""):
    try:
        locale.setlocale(locale.LC_ALL, name)  # what Qt does when it starts
        break
    except locale.Error:
        continue
from handout import i18n
from handout.pdf import blocks, diary
day = datetime.date(2026, 3, 12)
print(day.strftime("%B"))  # "März" when the machine's German locale took effect
print(blocks.format_date(day))
print(diary._week_title(1, datetime.date(2026, 3, 9)))
print(i18n.catalog("pl").format_date(day))
"""


def _german_locale(folder: Path) -> dict:
    """Environment for a German process locale, compiled here when the machine has none."""
    env = dict(os.environ, LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8", LANGUAGE="de")
    try:
        made = subprocess.run(["localedef", "-i", "de_DE", "-f", "UTF-8",
                               str(folder / "de_DE.UTF-8")], capture_output=True, timeout=120)
        if made.returncode in (0, 1) and (folder / "de_DE.UTF-8").exists():
            env["LOCPATH"] = str(folder)
    except (OSError, subprocess.TimeoutExpired):
        pass  # no localedef: the installed locales are all there is
    return env


def test_dates_print_the_same_whatever_the_machines_locale(tmp_path):
    done = subprocess.run([sys.executable, "-c", _CHILD], env=_german_locale(tmp_path), cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    month, english, week, polish = done.stdout.splitlines()
    if month != "März":
        pytest.skip("no German locale on this machine: the check would prove nothing")
    assert english == "12 March 2026"
    assert "March" in week and "März" not in week
    assert polish == "12 marca 2026"


def test_the_language_names_for_menus_match_cldr():
    from babel import Locale
    assert list(i18n.LANGUAGE_NAMES) == list(i18n.LANGUAGES)
    for code, (own, english) in i18n.LANGUAGE_NAMES.items():
        if code == "zh_Hans":
            continue  # our label names the script, which CLDR's plain "中文" does not
        assert Locale.parse(code).get_display_name(code).casefold() == own.casefold()
        if code != "bn":  # CLDR says "Bangla"; a London clinic says Bengali
            assert Locale.parse(code).get_display_name("en") == english
    assert i18n.language_label("pl") == "polski (Polish)"
    assert i18n.language_label("en") == "English"
