"""What a render needs from files (`handout.resources`), under its name in the PDF package.

The values live outside `handout.pdf` so the library owner can prepare them
without importing the renderer (and ReportLab) at the app's start-up.
"""

from ..resources import NONE, Logo, Resources

__all__ = ["Logo", "Resources", "NONE"]
