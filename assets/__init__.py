"""Bundled data shipped with the app: exercises, templates, fonts and icons.

Not code: a package only so that `importlib.resources.files("handout.assets")`
finds these files wherever the app is installed (see `handout.paths`).
"""
