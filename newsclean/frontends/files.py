"""Reading the command line's inputs: the files it names, the files under the
directories it names, stdin, and what each file holds (text, HTML, JSON Lines, a
WARC), found from the content, compressed or not. Every read is bounded (`Limits`)."""

from __future__ import annotations

import io
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from ..limits import DEFAULT_LIMITS, LimitExceeded, Limits
from .decode import SAMPLE_BYTES, InputError, decode_text, is_binary, looks_like_html
from .streams import PEEK_BYTES, open_input, starts_warc

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to read: its path, and the path under the directory it was found in
    (what -o DIR recreates); `path` None is stdin."""

    path: Path | None
    relative: Path

    @property
    def name(self) -> str:
        return "<stdin>" if self.path is None else shown(str(self.path))


def shown(name: str) -> str:
    """A file name safe to print: control characters (an escape sequence in a name
    would drive the terminal) written as \\xNN."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", name)


def iter_inputs(inputs: list[str]) -> Iterator[InputFile]:
    """Files named, and files under directories named (sorted, hidden ones left out);
    "-" is stdin."""
    for name in inputs:
        if name == "-":
            yield InputFile(None, Path("stdin"))
            continue
        path = Path(name)
        if path.is_dir():
            found = False
            for sub in sorted(p for p in path.rglob("*") if p.is_file()
                              and not any(part.startswith(".") for part in p.relative_to(path).parts)):
                found = True
                yield InputFile(sub, sub.relative_to(path))
            if not found:
                raise InputError(f"{shown(name)}: directory holds no files")
        elif path.exists():
            yield InputFile(path, Path(path.name))
        else:
            raise InputError(f"{shown(name)}: no such file or directory")


def iter_paths(inputs: list[str]) -> Iterator[Path | None]:
    """The paths of iter_inputs; None stands for stdin."""
    for found in iter_inputs(inputs):
        yield found.path


def open_binary(path: Path | None) -> io.BufferedReader:
    """The file's bytes as a buffered stream (stdin's own buffer for None)."""
    if path is None:
        if sys.stdin is None:
            raise InputError("<stdin>: closed")
        return sys.stdin.buffer  # type: ignore[return-value]
    try:
        return open(path, "rb")
    except OSError as exc:
        raise InputError(f"{shown(str(path))}: cannot read: {exc.strerror or exc}") from exc


def read_bytes(stream: BinaryIO, limits: Limits, name: str) -> bytes:
    """A document's bytes, decompressed when its magic bytes say so. The first 64 KiB
    are tested before the rest is read, so a binary file (or /dev/zero) costs a
    sample; a document over `limits.document_bytes` is refused, not read whole."""
    try:
        reader, _ = open_input(stream)  # type: ignore[arg-type]
        sample = reader.read(SAMPLE_BYTES)
        if is_binary(sample):
            raise InputError(f"{name}: binary data, not text or HTML")
        if len(sample) < SAMPLE_BYTES:
            return sample
        data = sample + reader.read(limits.document_bytes - len(sample) + 1)
        over = limits.over_size(len(data))
        if over is not None:
            raise over
        return data
    except InputError as exc:
        raise InputError(str(exc) if str(exc).startswith(name) else f"{name}: {exc}") from exc
    except LimitExceeded as exc:
        raise InputError(f"{name}: {exc}") from exc
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from exc
    except Exception as exc:  # a damaged compressed stream: each library its own error
        raise InputError(f"{name}: damaged compressed data: {exc}") from exc


def read_document(raw: bytes, force: str | None, name: str,
                  limits: Limits = DEFAULT_LIMITS) -> tuple[str | bytes, bool]:
    """(content, is_html) of a file's bytes; `force` is "html", "text" or None (sniff).
    HTML stays bytes so that its own charset declaration is honoured."""
    if not raw.strip():
        raise InputError(f"{name}: empty input")
    if is_binary(raw):
        raise InputError(f"{name}: binary data, not text or HTML")
    over = limits.over_size(len(raw))
    if over is not None:
        raise InputError(f"{name}: {over}")
    if force == "html" or (force is None and looks_like_html(raw)):
        return raw, True
    over = limits.over_lines(raw)
    if over is not None:
        raise InputError(f"{name}: {over}")
    return decode_text(raw, name), False


def is_warc_file(path: Path) -> bool:
    """A WARC by content: its first record's version line, gzipped or not. Only a
    regular file is looked into: what is read from a pipe (`<(zcat crawl.gz)`) is gone."""
    if not is_regular(path):
        return False
    try:
        with open(path, "rb") as stream:
            return starts_warc(stream.read(PEEK_BYTES))
    except OSError:
        return False


def is_regular(path: Path) -> bool:
    """A regular file (not a pipe, a device or a terminal), which can be read twice."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def stdin_is_warc() -> bool:
    """Whether stdin holds a WARC (its first bytes looked at, left to be read)."""
    try:
        return starts_warc(sys.stdin.buffer.peek(PEEK_BYTES)[:PEEK_BYTES])
    except (OSError, ValueError, AttributeError):  # closed, or not a buffered stream
        return False
