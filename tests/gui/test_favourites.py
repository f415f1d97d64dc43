"""Favourites and recently used exercises in the library pane."""

from __future__ import annotations

from PySide6.QtCore import Qt

from handout.gui.library_pane import FAVOURITES, RECENT
from handout.usage import UsageStore


def _select(pane, data):
    pane.region.setCurrentIndex(pane.region.findData(data))


def _shown_ids(pane):
    from handout.gui.library_pane import ExerciseRole
    return [pane.model.index(r).data(ExerciseRole) for r in range(pane.model.rowCount())]


def test_star_an_exercise_and_find_it_under_favourites(qtbot, window):
    pane = window.library_pane
    qtbot.keyClicks(pane.search, "clamshell")
    assert pane.current_exercise_id() == "clamshell"
    window.favourite_action.trigger()
    assert pane.model.index(0).data(Qt.ItemDataRole.DisplayRole).startswith("★ Clamshell")
    pane.search.clear()
    _select(pane, FAVOURITES)
    assert _shown_ids(pane) == ["clamshell"]
    # Saved in the user data folder: a new store (next start) still has it.
    assert UsageStore().favourites() == ["clamshell"]
    window.favourite_action.trigger()
    assert _shown_ids(pane) == []


def test_added_exercises_are_listed_as_recently_used_newest_first(qtbot, window):
    window.add_exercise("bridge")
    window.add_exercise("clamshell")
    pane = window.library_pane
    _select(pane, RECENT)
    assert _shown_ids(pane) == ["clamshell", "bridge"]
    assert UsageStore().recent() == ["clamshell", "bridge"]
