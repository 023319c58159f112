"""How much one input may make newsclean read, inflate and hold: the bounds that keep a
hostile or broken input (a gzip bomb, /dev/zero, a WARC header declaring 30 GB, a file
of millions of one-letter lines) from taking the machine.

Memory grows with the document: about 25x its size for prose, 50x for HTML (lxml's
tree), some 420 bytes per line for one-letter lines (4 MB of prose: 102 MB peak; 4 MB
of HTML: 204 MB; 500,000 lines of "x": 258 MB). At the defaults the most one input
took is 318 MB (16 MiB of text in 199,999 lines; `benchmarks/scaling_io.py
--ceiling`), so one process stays under 2 GB, and they are far above real articles
(the largest page of the development corpus and of newsgold is 1.6 MB; a news
article is a few hundred lines). An input over a bound is not cleaned: it becomes an error record that
names the bound and the flag that raises it, and the run goes on.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, fields

MiB = 1 << 20


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds per input; every reader (files, JSON Lines, WARC) takes one.

    document_bytes: the most a document may hold once read and decompressed (a file,
        a JSONL field, a WARC response's payload after its Content-Encoding).
    document_lines: the most lines a text document may hold (short lines cost the
        most memory per byte).
    line_bytes: the longest JSON Lines line read (the document, JSON-escaped, and
        the record's other fields).
    warc_record_bytes: the largest Content-Length a WARC record may declare; checked
        before the record is read, so a lying header allocates nothing.
    """

    document_bytes: int = 16 * MiB
    document_lines: int = 200_000
    line_bytes: int = 64 * MiB
    warc_record_bytes: int = 64 * MiB

    def __post_init__(self) -> None:
        for name in ("document_bytes", "document_lines", "line_bytes", "warc_record_bytes"):
            if getattr(self, name) < 1:
                raise ValueError(f"Limits.{name} must be at least 1")

    def over_size(self, count: int) -> LimitExceeded | None:
        """Why a document of `count` bytes (or characters) is too big, or None."""
        return LimitExceeded("document", "document_bytes", self.document_bytes) if count > self.document_bytes else None

    def over_lines(self, content: str | bytes) -> LimitExceeded | None:
        """Why a text document has too many lines (counted at LF, or at CR), or None."""
        lf, cr = ("\n", "\r") if isinstance(content, str) else (b"\n", b"\r")
        if max(content.count(lf), content.count(cr)) >= self.document_lines:
            return LimitExceeded("text", "document_lines", self.document_lines)
        return None


DEFAULT_LIMITS = Limits()

#: The CLI flag that sets each bound (error messages name it).
FLAGS = {"document_bytes": "--max-document-bytes", "document_lines": "--max-document-lines",
         "line_bytes": "--max-line-bytes", "warc_record_bytes": "--max-warc-record-bytes"}


class LimitExceeded(Exception):
    """An input over one of the Limits; the message names the bound and its flag."""

    def __init__(self, what: str, bound: str, value: int) -> None:
        super().__init__(f"{what} over the limit of {size(value) if bound != 'document_lines' else f'{value:,} lines'} "
                         f"({FLAGS[bound]})")
        self.bound = bound


def size(count: int) -> str:
    """A byte count for a message: 16 MiB, 300 KiB, 12 bytes."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", MiB), ("KiB", 1 << 10)):
        if count >= scale:
            return f"{count / scale:.3g} {unit}"
    return f"{count} bytes"


def parse_size(text: str) -> int:
    """A size from the command line: 16M, 64MiB, 1G, 500k, 1000 (bytes)."""
    units = {"": 1, "b": 1, "k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10, "m": MiB, "mb": MiB, "mib": MiB,
             "g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30}
    number = text.strip().lower()
    digits = number.rstrip("kmgib")
    unit = number[len(digits):]
    if not digits.isdigit() or unit not in units:
        raise ValueError(f"not a size: {text!r} (say e.g. 16M, 1G, 500k)")
    return int(digits) * units[unit]


def add_limit_arguments(parser: argparse.ArgumentParser) -> None:
    """The CLI flags of the Limits, in their own group of the help."""
    group = parser.add_argument_group("limits (per input; an input over one is an error record naming it)")
    for name, flag in FLAGS.items():
        default = getattr(DEFAULT_LIMITS, name)
        lines = name == "document_lines"
        group.add_argument(flag, dest=name, metavar="N" if lines else "SIZE", type=int if lines else _size_argument,
                           default=default, help=f"default {default:,}" + ("" if lines else f" ({size(default)}); e.g. 64M, 1G"))


def limits_from_arguments(args: argparse.Namespace) -> Limits:
    """The Limits the flags set (ValueError for a bound under 1)."""
    return Limits(**{f.name: getattr(args, f.name) for f in fields(Limits)})


def _size_argument(value: str) -> int:
    try:
        return parse_size(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
