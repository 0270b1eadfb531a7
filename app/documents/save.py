"""Write exported files atomically (temp file beside the target + os.replace).

A failed save leaves any earlier file untouched and no temp file behind;
OSError becomes a CodedError('document.unwritable') the UI and CLI can show.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app.core.messages import CodedError

if TYPE_CHECKING:
    import docx.document


def _atomic_write(path: Path, write: Callable[[IO[bytes]], None]) -> Path:
    path = Path(path)
    temp_name = None
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, path)
        temp_name = None
    except OSError as exc:
        raise CodedError("document.unwritable", path=str(path), reason=exc.strerror or str(exc)) from exc
    finally:
        if temp_name is not None:
            try:
                os.unlink(temp_name)
            except OSError:
                pass
    return path


def save_docx(document: docx.document.Document, path: Path | str) -> Path:
    """Save a python-docx Document to `path` atomically."""
    return _atomic_write(Path(path), document.save)


def save_bytes(data: bytes, path: Path | str) -> Path:
    """Save bytes (CSV, HTML) to `path` atomically."""
    return _atomic_write(Path(path), lambda stream: stream.write(data))
