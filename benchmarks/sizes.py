"""PDF sizes: 10 figure-illustrated exercises, and 10 exercises with phone photos.

Photos: ten 12-MP JPEGs like a phone's (noise for realistic entropy, EXIF
orientation and GPS) are made with Pillow, imported through `handout.photos`
into ten custom exercises, and exported. The baseline is the naive way: a
ReportLab document with the original files embedded as they are.
"""

from __future__ import annotations

from pathlib import Path

from . import data
from .common import Context, Figure


def run_figures(ctx: Context, figures: dict[str, Figure]) -> None:
    from handout import pdf
    from handout.library import ExerciseLibrary

    exercises = ExerciseLibrary().all()
    illustrated = [e for e in exercises if e.illustration]
    chosen = illustrated if len(illustrated) >= 10 else exercises
    handout = data.handout_from(chosen, 10)
    size = len(pdf.render(handout, data.clinic()))
    fig = figures["size_figures"]
    fig.value = size / 1024
    fig.detail = (f"{size:,} bytes; {sum(1 for i in handout.items if i.exercise.illustration)}"
                  f" of the 10 exercises have a figure definition")
    if len(illustrated) < 10:
        fig.detail += " (the rest print the renderer's placeholder)"
    ctx.log(f"size, figures: {size / 1024:.1f} KB")


def naive_pdf(photos: list[Path]) -> bytes:
    """The baseline: the original photos embedded as they are, one per exercise slot."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    width, height = 60 * mm, 45 * mm
    for number, photo in enumerate(photos):
        slot = number % 4
        if number and slot == 0:
            canvas.showPage()
        y = A4[1] - 20 * mm - (slot + 1) * (height + 15 * mm)
        canvas.drawImage(str(photo), 20 * mm, y, width, height)
        canvas.drawString(90 * mm, y + height - 12, f"{number + 1}. Exercise with a photo")
    canvas.save()
    return buffer.getvalue()


def make_photos(ctx: Context, count: int) -> list[Path]:
    folder = ctx.work / "phone-photos"
    folder.mkdir(parents=True, exist_ok=True)
    size = (4000, 3000) if not ctx.tiny else (800, 600)
    paths = []
    for number in range(count):
        path = folder / f"IMG_{number:04d}.jpg"
        data.phone_photo(path, seed=number, size=size)
        paths.append(path)
    return paths


def run_photos(ctx: Context, figures: dict[str, Figure]) -> None:
    fig = figures["size_photos"]
    photos = make_photos(ctx, 10)
    originals = sum(p.stat().st_size for p in photos)
    naive = len(naive_pdf(photos))
    baseline = (f"baseline, the original JPEGs embedded by ReportLab as they are: "
                f"{naive / 2**20:.2f} MB "
                f"(originals {originals / 2**20:.2f} MB, "
                f"{'4000 x 3000' if not ctx.tiny else '800 x 600'} px)")
    fig.detail = baseline
    try:
        from handout import photos as photos_module  # noqa: F401
    except ImportError:
        fig.na = "handout.photos is not there yet; " + baseline
        return
    size, how = export_with_photos(ctx, photos)
    fig.value = size / 2**20
    fig.detail = f"{size:,} bytes, {naive / size:.0f}x smaller than the {baseline}; {how}"
    ctx.log(f"size, photos: {fig.value:.2f} MB (naive {naive / 2**20:.2f} MB)")


def export_with_photos(ctx: Context, originals: list[Path]) -> tuple[int, str]:
    """Import the photos into ten custom exercises and export them; (bytes, how)."""
    import time

    from handout import custom_exercises, photos
    from handout.collection import Collection

    owner = Collection()  # loads the photos for the render, as the app does
    library = owner.exercises
    bundled = library.all()
    import_times, stored = [], []
    exercises = []
    for number, original in enumerate(originals):
        started = time.perf_counter()
        photo = photos.load_photo(original)
        import_times.append(time.perf_counter() - started)
        stored.append(len(photo.data))
        saved = custom_exercises.create(library, f"My photo exercise {number + 1}",
                                        based_on=bundled[number % len(bundled)].id,
                                        photo_sources=[photo])
        exercises.append(library.get(saved.id))
    handout = data.handout_from(exercises, len(exercises))
    pdf_bytes = owner.render(handout, data.clinic())
    # Read the PDF back: the embedded pictures must carry no EXIF (GPS) at all.
    leaks = b"Exif" in pdf_bytes or b"PhoneMaker" in pdf_bytes
    import_times.sort()
    how = (f"imported with `photos.load_photo` (median {import_times[len(import_times) // 2]:.2f}"
           f" s per photo) and `custom_exercises.create`, stored {sum(stored) / 1024:.0f} KB "
           f"in all ({max(stored) / 1024:.0f} KB the largest); "
           f"{'EXIF FOUND in the PDF' if leaks else 'no EXIF in the PDF'}")
    return len(pdf_bytes), how
