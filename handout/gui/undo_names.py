"""The names of undo steps ("Add Clamshell") in the interface language.

The core names each change in English (`handout.editing`: "Edit patient
name", "Change hold of Bridge", "Move Clamshell"); the Edit menu and the
status bar show that name after "Undo". `translate(label)` recognises the
core's few shapes and says them through Qt's translator (context
"UndoNames"); a name it does not know is shown as the core wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "UndoNames"

#: The core's field names (editing.HANDOUT_FIELDS, ITEM_FIELDS, DOSE_FIELDS), for lupdate.
FIELDS = (
    QT_TRANSLATE_NOOP("UndoNames", "title"), QT_TRANSLATE_NOOP("UndoNames", "patient name"),
    QT_TRANSLATE_NOOP("UndoNames", "date"), QT_TRANSLATE_NOOP("UndoNames", "therapist"),
    QT_TRANSLATE_NOOP("UndoNames", "review date"), QT_TRANSLATE_NOOP("UndoNames", "education"),
    QT_TRANSLATE_NOOP("UndoNames", "advice"), QT_TRANSLATE_NOOP("UndoNames", "layout"),
    QT_TRANSLATE_NOOP("UndoNames", "handout language"),
    QT_TRANSLATE_NOOP("UndoNames", "second language"),
    QT_TRANSLATE_NOOP("UndoNames", "page size"),
    QT_TRANSLATE_NOOP("UndoNames", "exercise diary"),
    QT_TRANSLATE_NOOP("UndoNames", "time per session"),
    QT_TRANSLATE_NOOP("UndoNames", "notes"), QT_TRANSLATE_NOOP("UndoNames", "steps"),
    QT_TRANSLATE_NOOP("UndoNames", "video link"), QT_TRANSLATE_NOOP("UndoNames", "sets"),
    QT_TRANSLATE_NOOP("UndoNames", "reps"), QT_TRANSLATE_NOOP("UndoNames", "time"),
    QT_TRANSLATE_NOOP("UndoNames", "reps or time"), QT_TRANSLATE_NOOP("UndoNames", "hold"),
    QT_TRANSLATE_NOOP("UndoNames", "rest"), QT_TRANSLATE_NOOP("UndoNames", "frequency"),
    QT_TRANSLATE_NOOP("UndoNames", "side"), QT_TRANSLATE_NOOP("UndoNames", "load"),
)

#: (the core's shape, the interface's text); the first that matches is used.
SHAPES = (
    (re.compile(r"Reset the dose of (?P<name>.+)"),
     QT_TRANSLATE_NOOP("UndoNames", "Reset the dose of {name}")),
    (re.compile(r"Change the dose of (?P<name>.+)"),
     QT_TRANSLATE_NOOP("UndoNames", "Change the dose of {name}")),
    (re.compile(r"Change (?P<field>[a-z ]+?) of (?P<name>.+)"),
     QT_TRANSLATE_NOOP("UndoNames", "Change {field} of {name}")),
    (re.compile(r"Edit (?P<field>[a-z ]+)"), QT_TRANSLATE_NOOP("UndoNames", "Edit {field}")),
    (re.compile(r'Apply the template "(?P<name>.+)"'),
     QT_TRANSLATE_NOOP("UndoNames", "Apply the template \"{name}\"")),
    (re.compile(r"Swap (?P<old>.+) for (?P<new>.+)"),
     QT_TRANSLATE_NOOP("UndoNames", "Swap {old} for {new}")),
    (re.compile(r"Add (?P<name>.+)"), QT_TRANSLATE_NOOP("UndoNames", "Add {name}")),
    (re.compile(r"Remove (?P<name>.+)"), QT_TRANSLATE_NOOP("UndoNames", "Remove {name}")),
    (re.compile(r"Move (?P<name>.+)"), QT_TRANSLATE_NOOP("UndoNames", "Move {name}")),
)


def translate(label: str) -> str:
    """`label` (the core's English name of a change) in the interface language."""
    for shape, text in SHAPES:
        found = shape.fullmatch(label)
        if found is None:
            continue
        parts = found.groupdict()
        if "field" in parts:
            if parts["field"] not in FIELDS:
                continue
            parts["field"] = QCoreApplication.translate(CONTEXT, parts["field"])
        return QCoreApplication.translate(CONTEXT, text).format(**parts)
    return label
