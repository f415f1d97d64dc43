"""Documentation helpers: `python -m docs.images` redraws the pictures in docs/."""
