"""One configuration case that test_config (the CLI, -j 2) and test_spark (Spark) run:
a user phrase and a disabled filter, on a page where both show."""

from __future__ import annotations

from pathlib import Path

from warcs import Response, crawl_records, fixture_responses, write_warc

#: A user phrase for promo.membership, and the social family off.
CONFIG_TOML = """\
[pipeline]
disable = ["social"]

[phrases.promo.membership]
line = ["join the dispatch club today"]
"""
USER_PHRASE_LINE = "Join the Dispatch Club today"
SOCIAL_LINE = "Share this article on Facebook"
PAGE = f"""<html><head><title>Harbour reopens after storm</title></head><body><article>
<h1>Harbour reopens after storm</h1>
<p>The harbour reopened on Monday after a week of repairs to the sea wall, officials said.</p>
<p>{USER_PHRASE_LINE}</p>
<p>Fishing boats returned to their moorings by the afternoon, and the ferry resumed its timetable.</p>
<p>{SOCIAL_LINE}</p>
<p>Harbour staff said the repairs had cost less than expected, and that the work would be finished by the spring.</p>
</article></body></html>"""


def write_case(folder: Path) -> tuple[Path, Path]:
    """The config file, and a WARC of the fixture pages and the case's page."""
    config = folder / "newsclean.toml"
    config.write_text(CONFIG_TOML, encoding="utf-8")
    responses = fixture_responses() + [Response("https://news.example.org/harbour", PAGE.encode("utf-8"))]
    warc = write_warc(folder / "case.warc.gz", crawl_records(responses))
    return config, warc
