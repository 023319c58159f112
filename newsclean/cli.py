"""The newsclean command: a Unix filter over files, directories, stdin and JSONL.

Exit codes: 0 all records cleaned; 1 some records failed (each failure is an
error record and a one-line message on stderr); 2 usage error or unreadable input.
"""

from __future__ import annotations

import argparse
import os
import sys
from itertools import chain
from pathlib import Path
from typing import Iterable, TextIO

from . import __version__
from .frontends.decode import InputError
from .frontends.files import is_warc_file, iter_paths, shown, stdin_is_warc
from .frontends.jsonl import open_jsonl_inputs
from .frontends.warc import WarcStats, is_warc_path
from .jobs import (JsonlFields, PipelineSpec, Task, file_tasks, jsonl_line, jsonl_tasks, ordered_map, run_task,
                   valid_text, warc_tasks)
from .limits import Limits, add_limit_arguments, limits_from_arguments
from .outdir import OutputDir, OutputDirError
from .render import explain, render
from .pipeline import DEFAULT_PIPELINE
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
    p.add_argument("--text-field", default="text", help="JSONL field holding text (default: text)")
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
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (default 1; 0 = one per core)")
    p.add_argument("-o", "--output-dir", metavar="DIR",
                   help="write one output file per input into DIR, at its path under the directory named")
    p.add_argument("--overwrite", action="store_true", help="with -o: replace output files from earlier runs")
    add_limit_arguments(p)
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


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except UsageError as exc:
        sys.stderr.write(f"newsclean: {exc}\n")
        return EXIT_USAGE
    except (InputError, OutputDirError) as exc:
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
    fmt = args.format or args.format_json or ("jsonl" if args.jsonl else "text")
    if args.jobs < 0:
        raise UsageError("-j/--jobs must be 0 (one per core) or more")
    jobs = args.jobs or os.cpu_count() or 1
    keep = _flat(args.keep)
    for kind in keep:
        if kind not in KINDS:
            raise UsageError(f"--keep: unknown kind '{kind}' (known: {', '.join(KINDS)})")
    spec = PipelineSpec(check_names(_flat(args.only), "--only"), check_names(_flat(args.disable), "--disable"), keep)
    if args.jsonl and args.output_dir:
        raise UsageError("--jsonl writes one stream; it does not take -o/--output-dir")
    inputs = args.inputs or ["-"]
    try:
        limits = limits_from_arguments(args)
    except ValueError as exc:
        raise UsageError(str(exc)) from None

    if args.jsonl:
        if any(path is not None and _is_warc(path) for path in iter_paths(inputs)):
            raise UsageError("--jsonl reads JSON Lines; WARC files are read without it (and write JSONL)")
        tasks = jsonl_tasks(open_jsonl_inputs(inputs), spec, args.mode,
                            JsonlFields(args.text_field, args.html_field, args.url_field), limits)
        return _stream(tasks, args, fmt="jsonl", jobs=jobs, jsonl=True)
    paths = list(iter_paths(inputs))  # fail early on a missing file or an empty directory
    if paths == [None] and stdin_is_warc():
        return _warc_stdin(args, spec, jobs, limits)
    if any(path is not None and _is_warc(path) for path in paths):
        return _warc_main(paths, args, spec, jobs, limits)
    outputs = OutputDir(args.output_dir, fmt, args.overwrite) if args.output_dir else None
    tasks = file_tasks(inputs, spec, args.mode, args.url, limits)
    return _stream(tasks, args, fmt=fmt, jobs=jobs, jsonl=False, total=len(paths), outputs=outputs)


def _is_warc(path: Path) -> bool:
    """A WARC by name (.warc, .warc.gz) or by content (a .gz of unknown name)."""
    return is_warc_path(path) or is_warc_file(path)


def _warc_stdin(args: argparse.Namespace, spec: PipelineSpec, jobs: int, limits: Limits) -> int:
    """A WARC on stdin: copied to a temporary file (the reader seeks, to resume after damage)."""
    import shutil
    import tempfile

    with tempfile.NamedTemporaryFile(prefix="newsclean-stdin-", suffix=".warc") as copy:
        shutil.copyfileobj(sys.stdin.buffer, copy, 1 << 20)
        copy.flush()
        return _warc_main([Path(copy.name)], args, spec, jobs, limits, names={Path(copy.name): "<stdin>"})


def _warc_main(paths: list[Path | None], args: argparse.Namespace, spec: PipelineSpec, jobs: int, limits: Limits,
               names: dict[Path, str] | None = None) -> int:
    """WARC files in, JSONL out: one line per HTML response or damaged record."""
    if not all(path is not None and _is_warc(path) for path in paths):
        raise UsageError("WARC files (.warc, .warc.gz) cannot be mixed with other inputs in one run")
    if args.output_dir or (args.format or args.format_json or "jsonl") != "jsonl":
        raise UsageError("WARC input writes one JSONL stream: drop --format and -o")
    for path in paths:
        if not is_warc_file(path):
            raise InputError(f"{shown(str(path))}: not a WARC file (it does not start with a WARC record)")
    stats = {path: WarcStats() for path in paths}
    tasks = chain.from_iterable(warc_tasks(path, spec, stats[path], limits=limits, source=(names or {}).get(path))
                                for path in paths)
    code = _stream(tasks, args, fmt="jsonl", jobs=jobs, jsonl=True)
    if not args.quiet:
        for path, counts in stats.items():
            sys.stderr.write(f"newsclean: {(names or {}).get(path) or shown(str(path))}: {counts.summary()}\n")
    return code


def _stream(tasks: Iterable[Task], args: argparse.Namespace, fmt: str, jobs: int, jsonl: bool, total: int | None = None,
            outputs: OutputDir | None = None) -> int:
    out = sys.stdout
    color = out.isatty() and not os.environ.get("NO_COLOR")
    failed = unreadable = 0
    many = jsonl or (total or 0) > 1
    progress = _progress(total if not jsonl else None, enabled=many and not args.quiet)
    json_array = fmt == "json" and many and not args.output_dir and not args.explain
    if json_array:
        out.write("[\n")
    first = True
    try:
        for task, result in ordered_map(run_task, tasks, jobs):
            progress.update(1)
            if jsonl:
                line, result = jsonl_line(task, result)
            if "error" in result and "body" not in result:
                failed += 1
                unreadable += task.error is not None
                sys.stderr.write(f"newsclean: {result['error'] if task.error else task.name + ': ' + result['error']}\n")
                if not jsonl and fmt in ("text", "markdown") and not args.explain:
                    continue  # the message on stderr is the record
            if args.explain:
                out.write(valid_text(explain(result, task.name, color)) + "\n")
                continue
            if jsonl:
                out.write(line + "\n")
                continue
            text = valid_text(render(result, fmt))
            if outputs is not None:
                problem = outputs.write(task.relative or task.name, task.name, text)
                if problem:
                    failed += 1
                    sys.stderr.write(f"newsclean: {problem}\n")
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


class _NoProgress:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int | None, enabled: bool):
    """A tqdm bar on stderr when stderr is a terminal; nothing otherwise."""
    if not enabled or not sys.stderr.isatty():
        return _NoProgress()
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, leave=False)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
