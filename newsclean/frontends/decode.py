"""Bytes to text: one policy for files on the command line, HTML pages and WARC records.

What every reader shares: a byte-order mark says the encoding outright; valid UTF-8
is UTF-8 (Latin-1 "decodes" anything, so a label or a guess never overrides it);
binary data is recognised by its control characters (C0 controls other than tab,
newlines and form feed, and DEL) in the first 64 KiB. Where the readers differ, they
differ on purpose, and each function says why.
"""

from __future__ import annotations

import codecs
import re

#: Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
#: How much of an input the binary and HTML tests read.
SAMPLE_BYTES = 65536
HEAD_BYTES = 4096
#: More control characters than this share of the sample: binary data.
MAX_CONTROL_SHARE = 0.05
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f])  # not \t \n \v \f \r
_HTML_MARK = re.compile(r"<(?:!doctype\s+html|html|head|body|article|div|p|meta|title|section|main)\b", re.IGNORECASE)


class InputError(Exception):
    """An input that cannot be read; the message is one line for the user."""


def bom(raw: bytes) -> tuple[str, int] | None:
    """(codec, length of the mark) when the bytes start with a byte-order mark."""
    for mark, codec in BOMS:
        if raw.startswith(mark):
            return codec, len(mark)
    return None


def control_bytes(data: bytes) -> int:
    """How many control bytes `data` holds (bytes.translate counts several times faster
    than a regex; in UTF-8 each such byte is one character, inside no other)."""
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def control_chars(text: str) -> int:
    """How many control characters (but tab, newlines, form feed) the text holds."""
    return control_bytes(text.encode("utf-8", "surrogatepass"))


def is_binary(raw: bytes) -> bool:
    """A file that is not text: a NUL byte, or too many control bytes, in its first 64 KiB.

    The file reader's test (a directory given on the command line may hold images and
    archives): like grep's and git's, one NUL is enough. UTF-16 and UTF-32 hold NULs
    as text, so a byte-order mark announcing them exempts the file.
    """
    sample = raw[:SAMPLE_BYTES]
    if not sample:
        return False
    found = bom(sample)
    if found is not None and found[0] != "utf-8":
        return False
    return b"\x00" in sample or control_bytes(sample) > MAX_CONTROL_SHARE * len(sample)


def is_binary_text(text: str) -> bool:
    """Decoded text that is not text: too many control characters in its first 64 Ki characters.

    The page reader's test: a crawled page with a stray NUL is still a page, so
    only the share counts (the file reader, before it, also rejects any NUL).
    """
    sample = text[:SAMPLE_BYTES]
    return control_chars(sample) > MAX_CONTROL_SHARE * len(sample)


def detect_html(text: str) -> bool:
    """HTML when a structural tag shows up near the start."""
    return bool(_HTML_MARK.search(text[:HEAD_BYTES]))


def looks_like_html(raw: bytes) -> bool:
    """detect_html on the first bytes, read as their byte-order mark says (UTF-16 markup
    has a NUL between the letters of every tag), else as UTF-8."""
    found = bom(raw)
    codec = found[0] if found is not None else "utf-8"
    return detect_html(raw[:HEAD_BYTES].decode(codec, errors="replace"))


def self_described(raw: bytes) -> str | None:
    """The text, when the bytes say their encoding themselves: a byte-order mark, or
    being valid UTF-8 (which text in another encoding almost never is)."""
    found = bom(raw)
    if found is not None:
        return raw[found[1]:].decode(found[0], errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def decode_text(raw: bytes, name: str) -> str:
    """A text file: the byte-order mark's encoding, else UTF-8, else the one charset
    detection is sure of. Plain text declares nothing, and a wrong guess garbles every
    line, so a file that fits no encoding is refused (InputError) rather than guessed."""
    text = self_described(raw)
    if text is not None:
        return text
    from charset_normalizer import from_bytes  # installed with trafilatura

    best = from_bytes(raw[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: not UTF-8 and no other text encoding fits; convert it to UTF-8 first")
    return raw.decode(best.encoding, errors="replace")


def decode_html(raw: bytes) -> str:
    """A page: the byte-order mark, then strict UTF-8, then the charset the page declares
    (read by beautifulsoup4), then detection (trafilatura's charset_normalizer guesses),
    and last UTF-8 with replacement characters: a page is always read. A page that
    declares UTF-8 but holds a few stray bytes stays UTF-8: one bad byte must not turn
    a whole page into mojibake."""
    from bs4.dammit import EncodingDetector
    from trafilatura.utils import detect_encoding

    text = self_described(raw)
    if text is not None:
        return text
    declared = text_codec(EncodingDetector.find_declared_encoding(raw[:SAMPLE_BYTES], is_html=True))
    if declared == "utf-8":
        return raw.decode("utf-8", errors="replace")
    for codec in ([declared] if declared else []) + [text_codec(guess) for guess in detect_encoding(raw)]:
        if codec is None:
            continue
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def page_text(html: bytes | str) -> tuple[str | None, str | None]:
    """(text, error) of a page given as bytes or str: decoded, and refused when empty or binary."""
    if isinstance(html, str):
        text = html
    else:
        if not html.strip():
            return None, "empty input"
        text = decode_html(html)
    sample = text[:SAMPLE_BYTES]
    if not sample.strip():
        return None, "empty input"
    if is_binary_text(sample):
        return None, "binary input: this does not look like HTML or text"
    return text, None


def with_label(raw: bytes, charset: str | None) -> str | bytes:
    """A page with the charset its transport declared (HTTP Content-Type): decoded by the
    label when the bytes really are in that charset, else left to decode_html. A
    byte-order mark and valid UTF-8 win over the label: servers that label every page
    ISO-8859-1 by default are common, and trusting them would turn UTF-8 into mojibake."""
    codec = text_codec(charset)
    if codec is None or self_described(raw) is not None:
        return raw
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        return raw


def codec_name(name: str) -> str | None:
    """Python's canonical name of an encoding label, or None when it names none."""
    try:
        return codecs.lookup(name).name
    except (LookupError, TypeError, ValueError):
        return None


#: Codecs Python decodes bytes to str with that are no character encoding of text: they
#: turn escapes or ASCII spellings into other characters ("unicode_escape" makes
#: "\\x3cscript" a tag; UTF-7, which browsers refuse, makes "+ADw-" a "<"), so a page
#: that declares one could put characters in its text that its bytes do not hold.
NOT_TEXT_ENCODINGS = frozenset({"unicode-escape", "raw-unicode-escape", "punycode", "idna", "utf-7", "undefined",
                                "mbcs", "oem", "charmap"})


def text_codec(label: str | None) -> str | None:
    """The codec a charset label (from <meta>, HTTP or a guess) names, if it is a real
    text encoding; None for an unknown label, a transform (base64, rot13, zlib) or one
    of NOT_TEXT_ENCODINGS."""
    if not label:
        return None
    try:
        info = codecs.lookup(label)
    except (LookupError, TypeError, ValueError):
        return None
    name = info.name.replace("_", "-")
    if not getattr(info, "_is_text_encoding", True) or name in NOT_TEXT_ENCODINGS:
        return None
    return info.name
