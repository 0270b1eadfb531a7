"""Save exported files through the one private-file writer (`app.private_files`).

A failed save leaves any earlier file untouched and no temp file behind;
OSError becomes a CodedError('document.unwritable') the UI and CLI can show.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app import private_files
from app.core.messages import CodedError

if TYPE_CHECKING:
    import docx.document


def _save(path: Path, write: Callable[[IO[bytes]], object]) -> Path:
    try:
        return private_files.write_with(path, write)
    except OSError as exc:
        raise CodedError("document.unwritable", path=str(path), reason=exc.strerror or str(exc)) from exc


def save_docx(document: docx.document.Document, path: Path | str) -> Path:
    """Save a python-docx Document to `path` atomically."""
    return _save(Path(path), document.save)


def save_bytes(data: bytes, path: Path | str) -> Path:
    """Save bytes (CSV, HTML) to `path` atomically."""
    return _save(Path(path), lambda stream: stream.write(data))
