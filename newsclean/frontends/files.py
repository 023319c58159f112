"""Reading the command line's inputs: the files it names, the files under the
directories it names, stdin, and what each file holds (text or HTML)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator, TextIO

from .decode import InputError, decode_text, is_binary, looks_like_html


def iter_paths(inputs: list[str]) -> Iterator[Path | None]:
    """Files named, and files under directories named (sorted, hidden ones left out);
    None stands for stdin."""
    for name in inputs:
        if name == "-":
            yield None
            continue
        path = Path(name)
        if path.is_dir():
            found = False
            for sub in sorted(p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)):
                found = True
                yield sub
            if not found:
                raise InputError(f"{name}: directory holds no files")
        elif path.exists():
            yield path
        else:
            raise InputError(f"{name}: no such file or directory")


def read_document(raw: bytes, force: str | None, name: str) -> tuple[str | bytes, bool]:
    """(content, is_html) of a file's bytes; `force` is "html", "text" or None (sniff).
    HTML stays bytes so that its own charset declaration is honoured."""
    if not raw.strip():
        raise InputError(f"{name}: empty input")
    if is_binary(raw):
        raise InputError(f"{name}: binary data, not text or HTML")
    if force == "html" or (force is None and looks_like_html(raw)):
        return raw, True
    return decode_text(raw, name), False


def open_jsonl_inputs(inputs: list[str]) -> Iterator[tuple[str, TextIO]]:
    """(name, open text stream) of each JSON Lines input, stdin as "<stdin>"."""
    for path in iter_paths(inputs or ["-"]):
        if path is None:
            yield "<stdin>", sys.stdin
        else:
            try:
                with open(path, encoding="utf-8", errors="replace") as handle:
                    yield str(path), handle
            except OSError as exc:
                raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
