"""newsclean as datatrove pipeline steps (`pip install "newsclean[datatrove]"`).

- `NewscleanExtractor`, a `BaseExtractor`: HTML in `doc.text` (as `WarcReader` gives
  it) becomes the clean body; the article's metadata goes into `doc.metadata`.
- `NewscleanFormatter`, a `BaseFormatter`: cleans text another extractor produced.

Both take a newsclean `Pipeline`, or a configuration (`Config`, a TOML path, a
mapping: see `newsclean.config`), and keep datatrove's stats conventions: `total`,
`forwarded`/`dropped`, and a counter per rule that cut something
(`newsletter.signup`, `paywall.prompt`, ...), so a run's stats say what was removed.
Metadata keys the document already has are kept, and newsclean's value is written
as `newsclean_<name>` (`url`, `date` of a WARC record stay the crawl's).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

try:
    from datatrove.data import Document as DatatroveDocument
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox
    from datatrove.pipeline.formatters.base import BaseFormatter
    from datatrove.utils.typeshelper import StatHints
except ImportError as exc:  # pragma: no cover - the extra is not installed
    raise ImportError("newsclean.datatrove needs datatrove: pip install 'newsclean[datatrove]'") from exc

from .config import Config
from .pipeline import Pipeline
from .records import add_metadata

#: A page that makes a fresh extractor process build its automata and load the HTML front end.
WARM_PAGE = "<html><body><article><h1>Warm up</h1><p>A first page, so the first document pays no start-up.</p></article></body></html>"


class _Cleaning:
    """What both steps share: the pipeline (built lazily, once per process) and the stats."""

    def _setup(self, pipeline: Pipeline | Config | str | Path | Mapping[str, Any] | None, keep_removed: bool) -> None:
        self._given = pipeline
        self._built: Pipeline | None = pipeline if isinstance(pipeline, Pipeline) else None
        self.keep_removed = keep_removed

    @property
    def pipeline(self) -> Pipeline:
        if self._built is None:
            self._built = Pipeline.from_config(self._given)
        return self._built

    def __getstate__(self) -> dict[str, Any]:
        """A built pipeline holds compiled automata: a copy sent to a worker rebuilds it."""
        state = dict(self.__dict__)
        if not isinstance(self._given, Pipeline):
            state["_built"] = None
        return state

    def _record(self, doc: DatatroveDocument, result: dict[str, Any]) -> bool:
        """Move the result into `doc`; count its cuts per rule; whether it has a body."""
        for removal in result.get("removed") or ():
            self.stat_update(removal["rule"])
        if not self.keep_removed:
            result = {key: value for key, value in result.items() if key != "removed"}
        if result.get("error"):
            self.stat_update("error")
        if result.get("paywalled"):
            self.stat_update("paywalled")
        doc.text = result.get("body") or ""
        add_metadata(doc.metadata, {key: value for key, value in result.items() if key != "source"})
        return bool(doc.text)


class NewscleanExtractor(_Cleaning, BaseExtractor):
    """HTML in `doc.text` -> the clean article body; its metadata into `doc.metadata`.

    Each document is cleaned in datatrove's extractor sandbox, a process that a
    document running past `timeout` seconds (or crashing it) costs only itself
    (counted as `timeout` / `broken_process`). A document left without a body is dropped.
    """

    name = "📰 newsclean"

    def __init__(self, pipeline: Pipeline | Config | str | Path | Mapping[str, Any] | None = None,
                 timeout: float = 10.0, keep_removed: bool = True) -> None:
        super().__init__(timeout)
        self._setup(pipeline, keep_removed)

    def extract(self, text: str, url: str | None = None) -> dict[str, Any]:  # type: ignore[override]
        """The article dict of one page (runs in the sandbox process)."""
        return self.pipeline.clean_html(text, url=url).to_dict()

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        with ExtractorSandbox(timeout=self.timeout, warmup_text=(WARM_PAGE, None)) as sandbox:
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    try:
                        result = sandbox.process_document((doc.text, doc.metadata.get("url")), self.extract)
                    except TimeoutError:
                        self.stat_update("timeout")
                        continue
                    except EOFError:
                        self.stat_update("broken_process")
                        continue
                    except Exception:
                        self.stat_update("clean_error")
                        continue
                    kept = self._record(doc, result)
                if kept:
                    self.stat_update(StatHints.forwarded)
                    self.update_doc_stats(doc)
                    yield doc
                else:
                    self.stat_update(StatHints.dropped)


class NewscleanFormatter(_Cleaning, BaseFormatter):
    """Extracted text in `doc.text` -> the clean body; the metadata the residue carried
    (byline, captions, date, ...) into `doc.metadata`. A formatter passes every
    document on, an emptied one too (counted as `emptied`)."""

    name = "📰 newsclean"

    def __init__(self, pipeline: Pipeline | Config | str | Path | Mapping[str, Any] | None = None,
                 keep_removed: bool = True) -> None:
        super().__init__()
        self._setup(pipeline, keep_removed)

    def format(self, text: str) -> str:
        return self.pipeline.clean_text(text).body

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                article = self.pipeline.clean_text(doc.text)
                if not self._record(doc, article.to_dict()):
                    self.stat_update("emptied")
            yield doc
