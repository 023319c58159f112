"""`-o DIR`: one output file per input, at the input's path under the directory it was
found in, inside DIR and nowhere else. A file is never overwritten silently (one
already there, or one this run wrote from another input, is an error for that
input; `--overwrite` replaces regular files from earlier runs), and no symbolic link
is followed: every directory below DIR is opened with O_NOFOLLOW relative to its
parent, and the file itself is created with O_NOFOLLOW, so a link planted at
DIR/story.txt or DIR/sub cannot send a write outside DIR.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path, PurePath

from .frontends.files import shown

SUFFIXES = {"text": ".txt", "json": ".json", "jsonl": ".jsonl", "markdown": ".md"}
_DIRECTORY = os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_NOFOLLOW", 0)


class OutputDirError(Exception):
    """DIR itself is unusable (a file, not writable): one line for the user."""


class OutputDir:
    """Writes the outputs of one run into DIR; remembers what it wrote, so that two
    inputs with the same output path are caught rather than one lost."""

    def __init__(self, directory: str, fmt: str, overwrite: bool = False) -> None:
        self.root = Path(directory)
        self.suffix = SUFFIXES[fmt]
        self.overwrite = overwrite
        self.written: dict[PurePath, str] = {}  # output path under DIR -> the input it came from
        if self.root.exists() and not self.root.is_dir():
            raise OutputDirError(f"-o {shown(directory)}: exists and is not a directory")
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputDirError(f"-o {shown(directory)}: cannot create: {exc.strerror or exc}") from exc

    def target(self, relative: str) -> PurePath:
        """The output path under DIR of an input's relative path (its suffix replaced)."""
        path = PurePath(relative)
        parts = [p for p in path.parts if p not in ("", ".", "..", "/")]
        return PurePath(*parts).with_suffix(self.suffix) if parts else PurePath("stdin" + self.suffix)

    def write(self, relative: str, source: str, text: str) -> str | None:
        """Write one output; the error for the user (one line) when it was not written."""
        target = self.target(relative)
        shown_target = shown(str(self.root / target))
        if target in self.written:
            return f"{shown_target}: already written from {self.written[target]} in this run; not overwritten"
        try:
            parent = self._open_parents(target)
            try:
                self._write_file(parent, target.name, text)
            finally:
                os.close(parent)
        except FileExistsError:
            return f"{shown_target}: exists; not overwritten (--overwrite replaces files from earlier runs)"
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.ENOTDIR, errno.EMLINK):
                return f"{shown_target}: a symbolic link or a file is in the way; not followed, nothing written"
            return f"{shown_target}: cannot write: {exc.strerror or exc}"
        self.written[target] = source
        return None

    def _open_parents(self, target: PurePath) -> int:
        """A descriptor of the target's directory, each level made if missing and
        opened without following a link."""
        fd = os.open(self.root, os.O_RDONLY | os.O_DIRECTORY)
        for part in target.parts[:-1]:
            try:
                try:
                    os.mkdir(part, dir_fd=fd)
                except FileExistsError:
                    pass
                child = os.open(part, _DIRECTORY, dir_fd=fd)
            finally:
                os.close(fd)
            fd = child
        return fd

    def _write_file(self, parent: int, name: str, text: str) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(name, flags, 0o666, dir_fd=parent)
        except FileExistsError:
            mode = os.stat(name, dir_fd=parent, follow_symlinks=False).st_mode
            if stat.S_ISLNK(mode):
                raise OSError(errno.ELOOP, "a symbolic link") from None
            if not self.overwrite or not stat.S_ISREG(mode):
                raise
            fd = os.open(name, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), dir_fd=parent)
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace") as out:
            out.write(text + "\n")
