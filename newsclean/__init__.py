"""newsclean: strip paywall, consent, newsletter, comment and promo residue from
scraped news, keep the metadata it carried, and say why each line was cut.

    >>> import newsclean
    >>> art = newsclean.clean_text("Headline here\\n\\nBy Jane Doe\\n\\nThe story begins here, and it goes on for a while.")
    >>> art.title, art.authors
    ('Headline here', ['Jane Doe'])
"""

from __future__ import annotations

from .filters import Context, Filter, PhraseFilter
from .model import Article, Block, Document, DocumentMeta, Finding, Removal
from .pipeline import DEFAULT_PIPELINE, Pipeline
from .replay import replay

__all__ = [
    "Article", "Block", "Context", "Document", "DocumentMeta", "Filter", "Finding", "PhraseFilter", "Pipeline", "Removal",
    "DEFAULT_PIPELINE", "clean_html", "clean_text", "replay", "__version__",
]
__version__ = "0.1.0"


def clean_text(text: str, pipeline: Pipeline = DEFAULT_PIPELINE) -> Article:
    """Clean plain article text (one paragraph per line, as extractors emit it)."""
    return pipeline.clean_text(text)


def clean_html(html: str | bytes, url: str | None = None, pipeline: Pipeline = DEFAULT_PIPELINE) -> Article:
    """Clean a raw HTML page: prune junk containers, extract, then filter."""
    return pipeline.clean_html(html, url=url)
