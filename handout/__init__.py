"""Handout Builder: illustrated exercise handouts for physiotherapy patients."""

__version__ = "0.1.0"
