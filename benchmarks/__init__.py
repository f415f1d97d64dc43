"""Benchmarks: speed, size and memory against the targets of issue 9.

Run them all with `python -m benchmarks` (add `--quick` for small sizes and
few repeats); the table is printed and written to BENCHMARKS.md. Every input
is made at run time in a temporary folder; no user data is read or written.
"""
