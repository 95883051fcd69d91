"""Reading uploaded files with a size limit of our own (beyond MAX_CONTENT_LENGTH)."""

from __future__ import annotations

from flask import abort

from ..formats.registry import MAX_FILE_BYTES


def read_upload(storage) -> tuple[str, bytes] | None:
    """``(file name, bytes)`` of one uploaded file, None when none was chosen; 413 above 5 MB."""
    if storage is None or not getattr(storage, "filename", ""):
        return None
    # Read one byte past the limit so a huge file is refused without reading it all.
    data = storage.stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        abort(413)
    return storage.filename, data


def uploaded_files(storages) -> list[tuple[str, bytes]]:
    """Every chosen file of a multiple-file field as ``(name, bytes)``."""
    return [item for item in (read_upload(s) for s in storages or []) if item is not None]
