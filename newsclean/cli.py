"""The newsclean command: a Unix filter over files, directories, stdin and JSONL.

Exit codes: 0 all records cleaned; 1 some records failed (each failure is an
error record and a one-line message on stderr); 2 usage error or unreadable input.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from itertools import chain
from pathlib import Path
from typing import Any, Iterable, TextIO

from . import __version__
from .frontends.decode import InputError
from .frontends.files import iter_paths, open_jsonl_inputs
from .frontends.warc import WarcStats, is_warc_path
from .config import Config, ConfigError, default_toml, load_config
from .jobs import (JsonlFields, JsonlStats, Task, clean_tasks, file_tasks, jsonl_tasks, output_record, record_line,
                   warc_tasks)
from .pipeline import DEFAULT_PIPELINE
from .records import FlatOptions, flat_record
from .render import explain, progress_bar, render
from .registry import KINDS

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
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
    p.add_argument("--only", action="append", type=_names, metavar="FILTER[,FILTER]", default=[],
                   help="run only these filters (repeat or separate with commas)")
    p.add_argument("--disable", action="append", type=_names, metavar="FILTER[,FILTER]", default=[],
                   help="skip these filters (repeat or separate with commas)")
    p.add_argument("--keep", action="append", type=_names, metavar="KIND[,KIND]", default=[],
                   help="leave these removal kinds in the body, e.g. --keep caption")
    p.add_argument("--list-filters", action="store_true", help="list the filters and removal kinds, then exit")
    p.add_argument("--config", metavar="FILE", help="TOML configuration: filters, options, user phrases (see --print-config)")
    p.add_argument("--print-config", action="store_true", help="write the default configuration (TOML), then exit")
    p.add_argument("--flat", action="store_true",
                   help="JSONL records as datatrove and pandas read them: body in --text-field, metadata beside the input's fields")
    p.add_argument("--metadata-field", metavar="NAME", help="with --flat: newsclean's metadata under this field, not at the top level")
    p.add_argument("--drop-html", action="store_true", help="with --flat: leave the input's --html-field out of the output")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1; 0 = one per core)")
    p.add_argument("-o", "--output-dir", metavar="DIR", help="write one output file per input into DIR")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return p


def _names(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _flat(groups: list[list[str]]) -> tuple[str, ...]:
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


class Terminated(BaseException):
    """SIGTERM: end the workers and stop, like an interrupt, with one line."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated()


def main(argv: list[str] | None = None) -> int:
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread: leave signals to the caller
        previous = None
    try:
        return _main(argv)
    except Terminated:
        sys.stderr.write("newsclean: terminated\n")
        return 128 + signal.SIGTERM
    except UsageError as exc:
        sys.stderr.write(f"newsclean: {exc}\n")
        return EXIT_USAGE
    except InputError as exc:
        sys.stderr.write(f"newsclean: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        sys.stderr.write("newsclean: interrupted\n")
        return 130
    except Exception as exc:  # the last line of defence: one line, never a traceback
        sys.stderr.write(f"newsclean: internal error: {type(exc).__name__}: {exc}\n")
        return EXIT_USAGE
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.list_filters:
        list_filters(sys.stdout)
        return EXIT_OK
    if args.print_config:
        sys.stdout.write(default_toml())
        return EXIT_OK
    _check_url(args.url)
    fmt = args.format or args.format_json or ("jsonl" if args.jsonl or args.flat else "text")
    if args.flat and fmt != "jsonl":
        raise UsageError("--flat writes JSON Lines: drop --format")
    if args.flat and args.output_dir:
        raise UsageError("--flat writes one JSONL stream; it does not take -o/--output-dir")
    if (args.metadata_field or args.drop_html) and not args.flat:
        raise UsageError("--metadata-field and --drop-html shape --flat records: add --flat")
    if args.jobs < 0:
        raise UsageError("-j/--jobs must be 0 (one per core) or more")
    jobs = args.jobs or os.cpu_count() or 1
    keep = _flat(args.keep)
    for kind in keep:
        if kind not in KINDS:
            raise UsageError(f"--keep: unknown kind '{kind}' (known: {', '.join(KINDS)})")
    spec = _pipeline_config(args.config, check_names(_flat(args.only), "--only"),
                            check_names(_flat(args.disable), "--disable"), keep)
    if args.jsonl and args.output_dir:
        raise UsageError("--jsonl writes one stream; it does not take -o/--output-dir")
    inputs = args.inputs or ["-"]

    if args.jsonl:
        if any(path is not None and is_warc_path(path) for path in iter_paths(inputs)):
            raise UsageError("--jsonl reads JSON Lines; WARC files are read without it (and write JSONL)")
        blank = JsonlStats()
        tasks = jsonl_tasks(open_jsonl_inputs(inputs), spec, args.mode, JsonlFields(args.text_field, args.html_field, args.url_field), blank)
        code = _stream(tasks, args, fmt="jsonl", jobs=jobs, jsonl=True)
        if blank.blank and not args.quiet:
            sys.stderr.write(f"newsclean: skipped {blank.blank} blank line{'s' if blank.blank > 1 else ''}\n")
        return code
    paths = list(iter_paths(inputs))  # fail early on a missing file or an empty directory
    if any(path is not None and is_warc_path(path) for path in paths):
        return _warc_main(paths, args, spec, jobs)
    if args.output_dir:
        Path(args.output_dir).mkdir(parents=True, exist_ok=True)
    tasks = file_tasks(inputs, spec, args.mode, args.url)
    return _stream(tasks, args, fmt=fmt, jobs=jobs, jsonl=False, total=len(paths))


def _warc_main(paths: list[Path | None], args: argparse.Namespace, spec: Config, jobs: int) -> int:
    """WARC files in, JSONL out: one line per HTML response or damaged record."""
    if not all(path is not None and is_warc_path(path) for path in paths):
        raise UsageError("WARC files (.warc, .warc.gz) cannot be mixed with other inputs in one run")
    if args.output_dir or (args.format or args.format_json or "jsonl") != "jsonl":
        raise UsageError("WARC input writes one JSONL stream: drop --format and -o")
    stats = {path: WarcStats() for path in paths}
    tasks = chain.from_iterable(warc_tasks(path, spec, stats[path], label=str(path)) for path in paths)
    code = _stream(tasks, args, fmt="jsonl", jobs=jobs, jsonl=True)
    if not args.quiet:
        for path, counts in stats.items():
            sys.stderr.write(f"newsclean: {path}: {counts.summary()}\n")
    return code


def _stream(tasks: Iterable[Task], args: argparse.Namespace, fmt: str, jobs: int, jsonl: bool, total: int | None = None) -> int:
    out = sys.stdout
    color = out.isatty() and not os.environ.get("NO_COLOR")
    failed = unreadable = 0
    many = jsonl or (total or 0) > 1
    progress = progress_bar(total if not jsonl else None, enabled=many and not args.quiet)
    json_array = fmt == "json" and many and not args.output_dir and not args.explain
    if json_array:
        out.write("[\n")
    first = True
    try:
        for task, result in clean_tasks(tasks, jobs):
            progress.update(1)
            if "error" in result and "body" not in result:
                failed += 1
                unreadable += task.error is not None
                sys.stderr.write(f"newsclean: {result['error'] if task.error else task.name + ': ' + result['error']}\n")
                if not jsonl and fmt in ("text", "markdown") and not args.explain:
                    continue  # the message on stderr is the record
            if args.explain:
                out.write(explain(result, task.name, color) + "\n")
                continue
            if jsonl or args.flat:
                out.write(record_line(_output(task, result, args)) + "\n")
                continue
            text = render(result, fmt, task.content if task.is_html else None, task.url)
            if args.output_dir:
                _write_output(args.output_dir, task.name, text, fmt)
                continue
            if json_array:
                out.write(("" if first else ",\n") + text)
            elif many and fmt != "jsonl":
                out.write(("" if first else "\n") + f"==> {task.name} <==\n{text}\n")
            else:
                out.write(text + "\n")
            first = False
        if json_array:
            out.write("\n]\n")
        out.flush()
    finally:
        progress.close()
    if not many and unreadable:
        return EXIT_USAGE  # the one input given could not be read
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _pipeline_config(path: str | None, only: tuple[str, ...], disable: tuple[str, ...], keep: tuple[str, ...]) -> Config:
    """The --config file (or the default), with the command line's choices on top."""
    try:
        return load_config(path).merged(only, disable, keep)
    except ConfigError as exc:
        raise UsageError(f"--config: {exc}") from None


def _check_url(url: str | None) -> None:
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


def _output(task: Task, result: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    """The JSONL record of one result: nested under "newsclean", or --flat."""
    if not args.flat:
        return output_record(task, result)
    drop = (args.html_field,) if args.drop_html else ()
    return flat_record(task.record, result, FlatOptions(args.text_field, args.metadata_field, drop))


def _write_output(directory: str, name: str, text: str, fmt: str) -> None:
    suffix = {"text": ".txt", "json": ".json", "jsonl": ".jsonl", "markdown": ".md"}[fmt]
    stem = Path(name).name if name != "<stdin>" else "stdin"
    Path(directory, Path(stem).stem + suffix).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
