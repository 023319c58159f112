"""The command line's arguments: the parser, and the checks of what it was given
(filter and kind names, --url, --config), each a one-line UsageError."""

from __future__ import annotations

import argparse
from typing import Iterable, TextIO

from . import __version__
from .config import Config, ConfigError, load_config
from .limits import add_limit_arguments
from .pipeline import DEFAULT_PIPELINE
from .registry import KINDS

FORMATS = ("text", "json", "jsonl", "markdown")


class UsageError(Exception):
    """A mistake in the command line: message for the user, exit 2."""


# -- main --------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclean",
        description="Strip paywall, consent, newsletter, comment and promo residue from news text or HTML.",
        epilog="Exit codes: 0 ok, 1 some records failed, 2 usage error or unreadable input.",
    )
    p.add_argument("inputs", nargs="*", metavar="FILE|DIR|-", help="files or directories to clean (default: stdin)")
    p.add_argument("--format", "-f", choices=FORMATS, default=None, help="output format (default: text)")
    p.add_argument("--json", action="store_const", const="json", dest="format_json", help="same as --format json")
    p.add_argument("--jsonl", action="store_true", help="JSON Lines in and out: one output record per input line")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--html", action="store_const", const="html", dest="mode", help="treat input as HTML")
    mode.add_argument("--text", action="store_const", const="text", dest="mode", help="treat input as plain text")
    p.add_argument("--text-field", default="text",
                   help="JSONL field holding text; with --flat, the field the clean body goes to (default: text)")
    p.add_argument("--html-field", default="html", help="JSONL field holding HTML (default: html)")
    p.add_argument("--url-field", default="url", help="JSONL field holding the page URL (default: url)")
    p.add_argument("--url", help="page URL for a single HTML input (metadata, relative links)")
    p.add_argument("--explain", action="store_true", help="report what was cut, by which filter and rule")
    p.add_argument("--only", action="append", type=names_list, metavar="FILTER[,FILTER]", default=[],
                   help="run only these filters (repeat or separate with commas)")
    p.add_argument("--disable", action="append", type=names_list, metavar="FILTER[,FILTER]", default=[],
                   help="skip these filters (repeat or separate with commas)")
    p.add_argument("--keep", action="append", type=names_list, metavar="KIND[,KIND]", default=[],
                   help="leave these removal kinds in the body, e.g. --keep caption")
    p.add_argument("--list-filters", action="store_true", help="list the filters and removal kinds, then exit")
    p.add_argument("--config", metavar="FILE", help="TOML configuration: filters, options, user phrases (see --print-config)")
    p.add_argument("--print-config", action="store_true", help="write the default configuration (TOML), then exit")
    p.add_argument("--flat", action="store_true",
                   help="JSONL records as datatrove and pandas read them: body in --text-field, metadata beside the input's fields")
    p.add_argument("--metadata-field", metavar="NAME", help="with --flat: newsclean's metadata under this field, not at the top level")
    p.add_argument("--drop-html", action="store_true", help="with --flat: leave the input's --html-field out of the output")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1; 0 = one per core)")
    p.add_argument("-o", "--output-dir", metavar="DIR",
                   help="write one output file per input into DIR, at its path under the directory named")
    p.add_argument("--overwrite", action="store_true", help="with -o: replace output files from earlier runs")
    add_limit_arguments(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return p


def names_list(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def flat(groups: list[list[str]]) -> tuple[str, ...]:
    return tuple(name for group in groups for name in group)


def list_filters(out: TextIO) -> None:
    out.write("filters (in pipeline order):\n")
    for f in DEFAULT_PIPELINE.filters:
        out.write(f"  {f.name:<11} {f.description}\n")
    out.write("  html.dom    (HTML only) containers whose class/id/role announce junk, pruned before extraction\n")
    out.write("removal kinds (for --keep): " + ", ".join(KINDS) + "\n")


def check_names(names: Iterable[str], option: str) -> tuple[str, ...]:
    known = DEFAULT_PIPELINE.names
    for name in names:
        if name not in known:
            raise UsageError(f"{option}: unknown filter '{name}' (known: {', '.join(known)})")
    return tuple(names)


def pipeline_config(path: str | None, only: tuple[str, ...], disable: tuple[str, ...], keep: tuple[str, ...]) -> Config:
    """The --config file (or the default), with the command line's choices on top."""
    try:
        return load_config(path).merged(only, disable, keep)
    except ConfigError as exc:
        raise UsageError(f"--config: {exc}") from None


def check_url(url: str | None) -> None:
    """--url is an absolute http(s) URL: anything else would be read as a page's address."""
    if url is None:
        return
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise UsageError(f"--url: not a URL: {url!r} ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url):
        raise UsageError(f"--url: expected an absolute http(s) URL such as https://example.com/story, not {url!r}")
