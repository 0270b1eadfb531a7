"""Private copies of attachments opened for viewing: one owner-only folder, removed on lock and quit."""

from __future__ import annotations

import atexit
import shutil
from pathlib import Path


class OpenCopies:
    """The folder is made on first use; `remove()` deletes it with everything in it."""

    def __init__(self) -> None:
        self._folder: Path | None = None
        atexit.register(self.remove)

    def folder(self) -> Path:
        if self._folder is None or not self._folder.is_dir():
            from app.services.diary import private_folder

            self._folder = private_folder()
        return self._folder

    def remove(self) -> None:
        folder, self._folder = self._folder, None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
