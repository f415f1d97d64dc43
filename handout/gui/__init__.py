"""The desktop app (PySide6). The only package in Handout Builder that imports Qt.

One small module per job: `app` starts it, `main_window` lays out the panes
and actions, `document` holds the open handout and its undo stack, `commands`
are the only way anything changes it, and the panes (`library_pane`,
`editor_pane`, `item_editor`, `preview`) show it.
"""
