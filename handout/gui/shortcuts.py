"""Shortcuts that work wherever the cursor is, and the sheet that lists them.

A text field claims many Ctrl keys for itself before the window's actions
see them (Ctrl+Z for its own little undo, Ctrl+E for "end of line" on
Linux...), which made Ctrl+E do nothing while typing a name and Ctrl+Z clear
the search box instead of removing the exercise just added. `ShortcutGuard`
(an application event filter) gives such a key to the window's action
instead, unless the field truly needs it: typing, copy, cut, paste, select
all, and moving or deleting by word or line. Combo boxes keep Alt+Up/Down
(their list). Only the window the guard was made for is affected; dialogs
keep their own keys.

`ShortcutSheet` shows every action of the window with its keys (Help menu,
and `?` or F1 anywhere a key is not typing).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QComboBox, QDialog,
                               QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QTextEdit,
                               QVBoxLayout, QWidget)

_TEXT_NEEDS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut,
               QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.SelectAll)
_MOVING = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
           Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Backspace, Qt.Key.Key_Delete,
           Qt.Key.Key_Insert, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
_COMMAND = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier)
TEXT_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


def window_actions(window: QWidget) -> list[QAction]:
    """The window's actions with a window-wide shortcut, menus included."""
    found: list[QAction] = []
    seen: set[int] = set()

    def visit(actions) -> None:
        for action in actions:
            if id(action) in seen:
                continue
            seen.add(id(action))
            if action.menu() is not None:
                visit(action.menu().actions())
            if action.shortcuts() and action.shortcutContext() in (
                    Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
                found.append(action)
    visit(window.actions())
    menu_bar = getattr(window, "menuBar", None)
    if menu_bar is not None:
        visit(menu_bar().actions())
    # Window-wide actions of the panes (the preview's zoom) count too.
    visit(window.findChildren(QAction))
    return found


def text_needs(widget: QWidget, event) -> bool:
    """True when the focused field uses this key itself (so the window must not take it)."""
    modifiers = event.modifiers()
    if not modifiers & _COMMAND:
        return True  # typing, arrows, Enter, Esc, Tab: the field's
    if any(event.matches(key) for key in _TEXT_NEEDS):
        return True
    key = Qt.Key(event.key())
    if key in _MOVING and not modifiers & (Qt.KeyboardModifier.AltModifier
                                           | Qt.KeyboardModifier.MetaModifier):
        return True  # Ctrl+Left, Ctrl+Backspace...: moving and deleting by word
    if isinstance(widget, QComboBox) and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        return True  # Alt+Down opens the list
    return False


class ShortcutGuard(QObject):
    """Lets the window's shortcuts win over text fields' own uses of the same keys.

    It also answers `?` (the shortcut sheet) wherever `?` is not being typed:
    a key with Shift on most keyboards, which Qt's shortcut map does not match
    reliably across keyboard layouts.
    """

    def __init__(self, window: QWidget, on_question_mark=None) -> None:
        super().__init__(window)
        self.window = window
        self.on_question_mark = on_question_mark
        QApplication.instance().installEventFilter(self)
        window.destroyed.connect(self._remove)

    def _remove(self, *_args) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.text() == "?" and \
                self.on_question_mark is not None and isinstance(watched, QWidget) and \
                watched.window() is self.window and \
                not isinstance(watched, TEXT_WIDGETS) and \
                not (isinstance(watched, QComboBox) and watched.isEditable()):
            self.on_question_mark()
            return True
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if not isinstance(watched, TEXT_WIDGETS + (QComboBox,)) or \
                watched.window() is not self.window:
            return False
        if text_needs(watched, event):
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in window_actions(self.window):
            if action.isEnabled() and any(s.matches(pressed) == QKeySequence.SequenceMatch.
                                          ExactMatch for s in action.shortcuts()):
                event.ignore()  # not the field's: the shortcut map gives it to the action
                return True
        return False


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what it does) for every action with a shortcut, in menu order."""
    rows = []
    for action in window_actions(window):
        # Keys with a modifier or a function key: a keyboard's own "Redo" key says itself.
        shown = [s for s in action.shortcuts()
                 if s[0].keyboardModifiers() != Qt.KeyboardModifier.NoModifier
                 or Qt.Key.Key_F1 <= s[0].key() <= Qt.Key.Key_F35] or action.shortcuts()
        keys = QCoreApplication.translate("ShortcutSheet", " or ").join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in shown)
        # Undo and Redo carry what they would undo in their text; the sheet names the action.
        what = action.property("sheet_text") or action.text()
        rows.append((keys, what.replace("&", "").rstrip("…").strip()))
    return rows


EXTRA_KEYS = [  # translated when shown (context "ShortcutSheet")
    ("?", QT_TRANSLATE_NOOP("ShortcutSheet", "this sheet, wherever you are not typing")),
    ("Enter", QT_TRANSLATE_NOOP("ShortcutSheet",
                                "in the search box or the library: add the highlighted exercise")),
    ("Up / Down",
        QT_TRANSLATE_NOOP("ShortcutSheet", "in the search box: walk the search results")),
    ("Delete", QT_TRANSLATE_NOOP("ShortcutSheet",
                                 "in the exercise list: remove the selected exercise")),
    ("Tab", QT_TRANSLATE_NOOP("ShortcutSheet", "from the search box: straight to the dose of the "
                              "exercise just added")),
    ("Up / Down", QT_TRANSLATE_NOOP("ShortcutSheet", "in a dose field: one more or one less")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutSheet",
                              "in a dose field: put back the value the handout has")),
]


class ShortcutSheet(QDialog):
    """A sheet of every keyboard shortcut of the window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window) + [(keys, self.tr(what)) for keys, what in EXTRA_KEYS]
        html = "".join(f"<tr><td style='padding:2px 14px 2px 0'><b>{keys}</b></td>"
                       f"<td>{what}</td></tr>" for keys, what in rows)
        label = QLabel(f"<table>{html}</table>")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The shortcuts work wherever the cursor is, unless it "
                                        "is typing there.")))
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.rows = rows

    @classmethod
    def show_for(cls, window: QWidget) -> "ShortcutSheet":
        sheet = cls(window)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.show()
        return sheet
