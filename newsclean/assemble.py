"""From findings to the Article: which finding owns each block, the Removals of the
cut runs, and the metadata the input and the findings carry."""

from __future__ import annotations

from .model import LIST_FIELDS, TEXT_FIELDS, Article, Document, DocumentMeta, Finding, Removal

#: Facts whose several findings are joined rather than first-wins.
JOINED_FIELDS = frozenset({"ai_disclosure", "author_bio"})
#: DocumentMeta's single-valued fields the Article takes as they are.
META_FIELDS = ("title", "subtitle", "date", "site_name", "url", "language", "section",
               "description", "image", "hostname", "license", "page_type")


def owners(applied: list[Finding], n: int) -> list[Finding | None]:
    """For each block, the first finding (in pipeline order) that cuts it whole."""
    owner: list[Finding | None] = [None] * n
    for f in applied:
        for i in range(max(f.first, 0), min(f.last, n - 1) + 1):
            if owner[i] is None:
                owner[i] = f
    return owner


def removals(doc: Document, owner: list[Finding | None]) -> list[Removal]:
    """One Removal per run of blocks cut by the same finding, in document order."""
    out: list[Removal] = []
    i, n = 0, len(owner)
    while i < n:
        f = owner[i]
        if f is None:
            i += 1
            continue
        j = i
        while j + 1 < n and owner[j + 1] is f:
            j += 1
        start, end = doc.blocks[i].start, doc.blocks[j].end
        out.append(Removal(f.filter, f.rule, f.kind, doc.source[start:end], start, end))
        i = j + 1
    return out


def merge_meta(article: Article, meta: DocumentMeta) -> None:
    for name in META_FIELDS:
        value = getattr(meta, name)
        if value:
            setattr(article, name, value)
    article.authors.extend(meta.authors)
    article.tags.extend(meta.tags)
    article.categories.extend(meta.categories)
    article.captions.extend(meta.captions)
    article.image_credits.extend(meta.image_credits)


def merge_facts(article: Article, findings: list[Finding]) -> None:
    for f in findings:
        for name, value in f.facts:
            value = value.strip()
            if not value:
                continue
            if name in LIST_FIELDS:
                values = getattr(article, name)
                if value not in values:
                    values.append(value)
            elif name in JOINED_FIELDS and getattr(article, name):
                if value not in getattr(article, name):
                    setattr(article, name, getattr(article, name) + "\n" + value)
            elif name in TEXT_FIELDS and not getattr(article, name):
                setattr(article, name, value)


def settle_title(article: Article, meta: DocumentMeta) -> None:
    """A page title the front end set aside as the site's name (DocumentMeta.page_title):
    the site's name when the text gave the headline, else the title after all."""
    if meta.page_title is None:
        return
    if article.title:
        article.site_name = article.site_name or meta.page_title
    else:
        article.title = meta.page_title
