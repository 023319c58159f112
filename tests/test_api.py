"""The public API: Article fields, pipeline composition, bad input."""

from __future__ import annotations

import dataclasses
import json

import pytest

import newsclean

ARTICLE = (
    "Bridge reopens after repairs\n\n"
    "By Jane Doe\n\n"
    "The bridge reopened on Monday after six months of repairs costing £3m.\n\n"
    "Sign up to our free newsletter\n\n"
    "Drivers had faced a 20-mile detour while it was closed.\n"
)

PUBLIC_FIELDS = {
    "body", "title", "subtitle", "section", "site_name", "url", "language", "authors", "editors",
    "contributors", "captions", "image_credits", "tags", "date", "copyright", "ai_disclosure",
    "author_bio", "paywalled", "removed",
}


def test_article_has_the_public_fields_and_serialises() -> None:
    art = newsclean.clean_text(ARTICLE)
    assert PUBLIC_FIELDS <= {f.name for f in dataclasses.fields(art)}
    data = json.loads(json.dumps(art.to_dict()))
    assert data["title"] == "Bridge reopens after repairs"
    assert data["authors"] == ["Jane Doe"]
    assert {r["filter"] for r in data["removed"]} == {"title", "credits", "newsletter"}
    assert set(data["removed"][0]) == {"filter", "rule", "kind", "text", "start", "end"}


def test_removal_offsets_point_into_the_input() -> None:
    art = newsclean.clean_text(ARTICLE)
    for r in art.removed:
        assert ARTICLE[r.start:r.end] == r.text


def test_dropping_a_filter_keeps_its_residue() -> None:
    art = newsclean.DEFAULT_PIPELINE.without("newsletter").clean_text(ARTICLE)
    assert "Sign up to our free newsletter" in art.body
    with pytest.raises(KeyError):
        newsclean.DEFAULT_PIPELINE.without("no-such-filter")


def test_only_and_reorder() -> None:
    only = newsclean.DEFAULT_PIPELINE.only("newsletter")
    assert only.names == ("newsletter",)
    art = only.clean_text(ARTICLE)
    assert art.title is None and "By Jane Doe" in art.body
    names = list(reversed(newsclean.DEFAULT_PIPELINE.names))
    assert newsclean.DEFAULT_PIPELINE.reordered(names).names == tuple(names)


def test_user_phrases_extend_a_family() -> None:
    text = "Bridge reopens\n\nThe bridge reopened on Monday after six months of work.\n\nGet the Daily Pigeon in your letterbox\n"
    assert "Daily Pigeon" in newsclean.clean_text(text).body
    pipeline = newsclean.DEFAULT_PIPELINE.with_phrases("newsletter", {"pigeon": {"line": [r"get the daily pigeon in your letterbox"]}})
    art = pipeline.clean_text(text)
    assert "Daily Pigeon" not in art.body
    assert any(r.rule == "newsletter.pigeon" for r in art.removed)


def test_filter_options_and_custom_filters() -> None:
    pipeline = newsclean.DEFAULT_PIPELINE.with_options("newsletter", max_gap=0)
    assert pipeline.get("newsletter").max_gap == 0
    with pytest.raises(dataclasses.FrozenInstanceError):
        pipeline.get("newsletter").max_gap = 5  # type: ignore[misc]

    @dataclasses.dataclass(frozen=True)
    class DropShouting(newsclean.Filter):
        name = "shouting"
        description = "Lines in capitals."

        def find(self, ctx):
            return [newsclean.Finding(self.name, "shouting.caps", "promo", b.index, b.index)
                    for b in ctx.doc.blocks if b.text.isupper()]

    art = newsclean.DEFAULT_PIPELINE.with_filter(DropShouting(), after="title").clean_text(
        "The council met on Monday and agreed the budget for next year.\n\nBUY NOW\n")
    assert art.body == "The council met on Monday and agreed the budget for next year."
    assert art.removed[0].filter == "shouting"
    with pytest.raises(TypeError, match="newsclean.Filter"):
        newsclean.DEFAULT_PIPELINE.with_filter(object())  # type: ignore[arg-type]


def test_keep_leaves_a_kind_in_the_body_but_fills_metadata() -> None:
    text = "The minister visited the flooded town on Monday and promised help.\n\nA flooded street in the town centre (John Smith/Reuters)\n\nRepairs will take months.\n"
    art = newsclean.DEFAULT_PIPELINE.keeping("caption").clean_text(text)
    assert "A flooded street in the town centre (John Smith/Reuters)" in art.body
    assert art.captions == ["A flooded street in the town centre"]
    assert art.image_credits == ["John Smith/Reuters"]


def test_non_str_input_gets_a_clear_type_error() -> None:
    for bad in (b"bytes", None, 42, ["list"]):
        with pytest.raises(TypeError, match="expects str"):
            newsclean.clean_text(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "", "   \n\n\t  ", "\x00\x00\x00", "abc\x00def\nSign up\x00\n", "a" * 300_000, "\r\n" * 1000,
    "word " * 60_000, "!?.,;:" * 50_000, "(" * 10_000 + ")" * 10_000,
])
def test_any_string_is_accepted(text: str) -> None:
    art = newsclean.clean_text(text)
    assert isinstance(art.body, str)
    assert newsclean.replay(text, art.removed) == art.body


def test_fifty_thousand_short_lines() -> None:
    lines = "\n".join("Sign up" if i % 7 == 0 else f"line {i}" for i in range(50_000))
    art = newsclean.clean_text(lines)
    # a lone button line with no box around it is weak evidence: nothing is cut
    assert art.removed == [] and art.title is None
    assert art.body.count("\n\n") == 50_000 - 1
