"""clean_html on the pages in fixtures/html/, and on input that is not a page."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

import newsclean

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "fixtures" / "html").glob("*.html"))
_EXPECT = re.compile(r"<!--\s*expect\s*(.*?)-->", re.S)


def expectations(page: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    block = _EXPECT.search(page.read_text(encoding="utf-8"))
    for line in (block.group(1) if block else "").splitlines():
        key, sep, value = line.strip().partition(":")
        if sep:
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def normalise(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_page(page: Path) -> None:
    expect = expectations(page)
    art = newsclean.clean_html(page.read_bytes(), url="https://example.org/news/story")
    assert art.error is None, art.error
    body = normalise(art.body)
    rules = {r.rule for r in art.removed}
    for text in expect.get("kept", []):
        assert normalise(text) in body, f"lost: {text}"
    for text in expect.get("cut", []):
        assert normalise(text) not in body, f"kept: {text}"
    for rule in expect.get("rule", []):
        assert rule in rules, (rule, sorted(rules))
    for rule in expect.get("norule", []):
        assert rule not in rules, (rule, sorted(rules))
    for note in expect.get("note", []):
        assert any(note in n for n in art.notes), (note, art.notes)
    for note in expect.get("nonote", []):
        assert not any(note in n for n in art.notes), (note, art.notes)
    for item in expect.get("field", []):
        name, _, value = item.partition("=")
        assert shown(getattr(art, name.strip())) == value.strip(), name


def shown(value: object) -> str:
    """A field as the expect block writes it: lists joined by " | ", None as nothing."""
    if isinstance(value, list):
        return " | ".join(value)
    return "" if value is None else str(value)


def test_dom_removals_carry_the_container_text() -> None:
    art = newsclean.clean_html((ROOT / "fixtures/html/newsletter_box.html").read_bytes())
    dom = [r for r in art.removed if r.filter == "html.dom"]
    assert dom and all(r.start is None and r.text for r in dom)
    assert any("Get our morning briefing" in r.text for r in dom)


def test_wrapper_token_guard_is_noted() -> None:
    art = newsclean.clean_html((ROOT / "fixtures/html/neg_wrapper_token.html").read_bytes())
    assert any("kept <div" in note and "paywall" in note for note in art.notes), art.notes


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "shift_jis", "utf-16"])
def test_declared_charsets_decode(encoding: str) -> None:
    text = "Grüße aus Köln" if encoding != "shift_jis" else "東京の新しい駅"
    body = (f"{text}. " * 3 + "The rest of this paragraph is long enough to be kept by the extractor as article text.")
    page = (f'<html><head><meta charset="{encoding}"><title>{text}</title></head><body><article>'
            f"<p>{body}</p><p>{body}</p></article></body></html>")
    art = newsclean.clean_html(page.encode(encoding))
    assert art.error is None
    assert text in art.body


def test_utf8_page_with_a_stray_byte_stays_utf8() -> None:
    body = "Die Straßenbahn fährt über die Brücke, sagte die Bürgermeisterin am Montag in Köln. " * 3
    page = f'<html><head><meta charset="utf-8"></head><body><article><p>{body}</p><p>{body}</p></article></body></html>'
    raw = page.encode("utf-8").replace(b"</article>", b"\xe4</article>")
    art = newsclean.clean_html(raw)
    assert "Straßenbahn fährt über" in art.body


def test_body_is_nfc_as_trafilatura_extract_returns_it() -> None:
    """Decomposed letters (e + combining acute, Bengali dda + nukta) read as trafilatura's
    own text does: snippets and gold bodies are matched against that spelling."""
    import unicodedata

    import trafilatura

    decomposed = "Le cafe\u0301 de la gare a rouvert, dit la maire. \u0986\u099c \u09b8\u09be\u09a1\u09bc\u09c7 \u09ed\u099f\u09be\u09b0. "
    page = (f'<html><head><meta charset="utf-8"></head><body><article><p>{decomposed * 4}</p>'
            f"<p>{decomposed * 4}</p></article></body></html>")
    art = newsclean.clean_html(page)
    expected = trafilatura.extract(page, include_comments=False, include_tables=True)
    assert "caf\u00e9" in art.body and unicodedata.is_normalized("NFC", art.body)
    assert " ".join(art.body.split()) == " ".join(expected.split())
    from newsclean.frontends.html import read_html

    headed = page.replace("</p><p>", "</p><h2>Le cafe\u0301 rouvre ses portes</h2><p>", 1)
    doc = read_html(headed, None, lambda caption: (caption, None)).document
    kinds = {b.text: b.kind for b in doc.blocks}
    assert kinds.get("Le caf\u00e9 rouvre ses portes") == "heading"  # the page's headings (and links) read as the body


@pytest.mark.parametrize("raw, reason", [
    (b"", "empty"),
    (b"   \n ", "empty"),
    (os.urandom(4096) + b"\x00" * 200, "binary"),
])
def test_bad_bytes_give_an_error_not_an_exception(raw: bytes, reason: str) -> None:
    art = newsclean.clean_html(raw)
    assert art.body == "" and art.error and reason in art.error


@pytest.mark.parametrize("page", [
    "<html><body>" + "<div>" * 20_000 + "<p>deep</p>" + "</div>" * 20_000 + "</body></html>",
    "<html><body>" + "<script>var a = 1;</script>" * 20_000 + "<p>text</p></body></html>",
    "<p>unclosed <div><span>tags <b>everywhere",
    "<" * 100_000,
    "plain text, no markup at all",
])
def test_hostile_pages_return(page: str) -> None:
    art = newsclean.clean_html(page)
    assert isinstance(art.body, str)
    assert art.body or art.error


def test_big_page_is_bounded() -> None:
    para = "<p>" + "The council met again on Tuesday to discuss the budget for next year. " * 5 + "</p>"
    page = "<html><body><article>" + para * (10_000_000 // len(para) + 1) + "</article></body></html>"
    art = newsclean.clean_html(page)
    assert any("cut to its first" in note for note in art.notes)


def test_non_str_non_bytes_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="expects str or bytes"):
        newsclean.clean_html(123)  # type: ignore[arg-type]


def test_the_front_end_returns_an_html_document_and_takes_the_caption_splitter() -> None:
    from newsclean.frontends.html import read_html

    raw = (ROOT / "fixtures/html/figure_captions.html").read_bytes()
    page = read_html(raw, None, split_caption=lambda text: (text.upper(), "CREDIT"))
    assert page.error is None and page.document is not None and page.document.origin == "html"
    assert page.document.meta.captions and all(c == c.upper() for c in page.document.meta.captions)
    assert set(page.document.meta.image_credits) == {"CREDIT"}
    assert [r.filter for r in page.removed] == ["html.dom"] * len(page.removed)


def test_importing_the_front_end_leaves_other_packages_loggers_alone() -> None:
    import subprocess
    import sys

    code = ("import logging, newsclean, newsclean.frontends.html, newsclean.cli; "
            "print([logging.getLogger(n).level for n in ('trafilatura', 'htmldate', 'courlan')])")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[0, 0, 0]"
