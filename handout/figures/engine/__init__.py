"""The figure engine: build-time only code that poses the body and draws it as line art.

Everything in this package may use numpy; nothing outside it may import it
(the app runs without numpy). `python -m handout figures build` runs it and
writes the 2-D vector figures in `assets/figures/` that the app draws.
"""
