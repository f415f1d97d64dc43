"""The page each exercise starts on, read back from a handout PDF's outline.

Every exercise adds an outline entry ("3. Bridge") pointing at its page
(`blocks.ExerciseAnchor`), so a PDF viewer lists the exercises; the preview
reads them back with `exercise_pages(data)` to show the page of the exercise
being edited. Only our own files are read (ReportLab writes the outline and
page tree as plain objects); anything unexpected gives [] rather than an error.
"""

from __future__ import annotations

import re

_OBJECT = re.compile(rb"(\d+) 0 obj\s*<<(.*?)>>\s*endobj", re.S)
_REF = rb"(\d+) 0 R"


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(m.group(1)): m.group(2) for m in _OBJECT.finditer(data)}


def _ref(body: bytes, key: bytes) -> int | None:
    match = re.search(rb"/" + key + rb"\s+" + _REF, body)
    return int(match.group(1)) if match else None


def _pages(objects: dict[int, bytes], node: int, depth: int = 0) -> list[int]:
    """Page object numbers in order, walking the page tree from `node`."""
    body = objects.get(node, b"")
    if depth > 20:
        return []
    kids = re.search(rb"/Kids\s*\[(.*?)\]", body, re.S)
    if kids is None:
        return [node] if re.search(rb"/Type\s*/Page\b", body) else []
    out: list[int] = []
    for match in re.finditer(_REF, kids.group(1)):
        out += _pages(objects, int(match.group(1)), depth + 1)
    return out


def exercise_pages(data: bytes) -> list[int]:
    """For exercise 1, 2, ...: the page (from 1) it starts on; [] when it cannot tell."""
    try:
        objects = _objects(data)
        catalog = next((b for b in objects.values() if re.search(rb"/Type\s*/Catalog", b)), None)
        if catalog is None:
            return []
        root, outlines = _ref(catalog, b"Pages"), _ref(catalog, b"Outlines")
        if root is None or outlines is None:
            return []
        order = {page: n for n, page in enumerate(_pages(objects, root), start=1)}
        entry = _ref(objects.get(outlines, b""), b"First")
        pages: list[int] = []
        seen: set[int] = set()
        while entry is not None and entry not in seen:
            seen.add(entry)
            body = objects.get(entry, b"")
            destination = re.search(rb"/Dest\s*\[\s*" + _REF, body)
            if destination is None:
                return []
            pages.append(order.get(int(destination.group(1)), 0))
            entry = _ref(body, b"Next")
        return pages if all(pages) else []
    except (ValueError, RecursionError):
        return []
