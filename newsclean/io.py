"""Reading inputs: bytes to text or HTML, with clear errors for what cannot be read."""

from __future__ import annotations

import re

_HTML_MARK = re.compile(r"<(?:!doctype\s+html|html|head|body|article|div|p|meta|title|section|main)\b", re.IGNORECASE)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")


class InputError(Exception):
    """An input that cannot be read; the message is one line for the user."""


def detect_html(text: str) -> bool:
    """HTML when a structural tag shows up near the start."""
    return bool(_HTML_MARK.search(text[:4096]))


def is_binary(raw: bytes) -> bool:
    sample = raw[:65536]
    if not sample:
        return False
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text has NULs but is text
        return False
    return b"\x00" in sample or len(_CONTROL.findall(sample)) > 0.05 * len(sample)


def decode_text(raw: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else the encoding charset detection is sure of."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # installed with trafilatura

    best = from_bytes(raw[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: not UTF-8 and no other text encoding fits; convert it to UTF-8 first")
    return raw.decode(best.encoding, errors="replace")


def read_document(raw: bytes, force: str | None, name: str) -> tuple[str | bytes, bool]:
    """(content, is_html). HTML stays bytes so its own charset declaration is honoured."""
    if not raw.strip():
        raise InputError(f"{name}: empty input")
    if is_binary(raw):
        raise InputError(f"{name}: binary data, not text or HTML")
    if force == "html":
        return raw, True
    head = raw[:4096].decode("utf-8", errors="replace")
    if force is None and detect_html(head):
        return raw, True
    return decode_text(raw, name), False


WARC_NAMES = frozenset({"read_warc", "is_warc_path", "WarcPage", "WarcProblem", "WarcStats"})


def __getattr__(name: str):
    """`newsclean.io.read_warc` and friends, from newsclean.warc (which imports this module)."""
    if name in WARC_NAMES:
        from . import warc

        return getattr(warc, name)
    raise AttributeError(f"module 'newsclean.io' has no attribute {name!r}")
