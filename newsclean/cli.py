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
from typing import Any, Iterable

from .frontends.decode import InputError
from .frontends.files import is_warc_file, iter_paths, shown, stdin_is_warc
from .frontends.jsonl import open_jsonl_inputs
from .frontends.warc import WarcStats, is_warc_path
from .config import Config, default_toml
from .jobs import JsonlFields, JsonlStats, Task, clean_tasks, file_tasks, jsonl_line, jsonl_tasks, output_record, valid_text, warc_tasks
from .limits import Limits, limits_from_arguments
from .outdir import OutputDir, OutputDirError
from .records import FlatOptions, flat_record
from .cli_args import UsageError, build_parser, check_names, check_url, flat, list_filters, pipeline_config
from .render import explain, progress_bar, render
from .registry import KINDS

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


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
    check_url(args.url)
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
    keep = flat(args.keep)
    for kind in keep:
        if kind not in KINDS:
            raise UsageError(f"--keep: unknown kind '{kind}' (known: {', '.join(KINDS)})")
    spec = pipeline_config(args.config, check_names(flat(args.only), "--only"),
                            check_names(flat(args.disable), "--disable"), keep)
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
        blank = JsonlStats()
        tasks = jsonl_tasks(open_jsonl_inputs(inputs), spec, args.mode,
                            JsonlFields(args.text_field, args.html_field, args.url_field), blank, limits)
        code = _stream(tasks, args, fmt="jsonl", jobs=jobs, jsonl=True)
        if blank.blank and not args.quiet:
            sys.stderr.write(f"newsclean: skipped {blank.blank} blank line{'s' if blank.blank > 1 else ''}\n")
        return code
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


def _warc_stdin(args: argparse.Namespace, spec: Config, jobs: int, limits: Limits) -> int:
    """A WARC on stdin: copied to a temporary file (the reader seeks, to resume after damage)."""
    import shutil
    import tempfile

    with tempfile.NamedTemporaryFile(prefix="newsclean-stdin-", suffix=".warc") as copy:
        shutil.copyfileobj(sys.stdin.buffer, copy, 1 << 20)
        copy.flush()
        return _warc_main([Path(copy.name)], args, spec, jobs, limits, names={Path(copy.name): "<stdin>"})


def _warc_main(paths: list[Path | None], args: argparse.Namespace, spec: Config, jobs: int, limits: Limits,
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
    tasks = chain.from_iterable(warc_tasks(path, spec, stats[path], limits=limits, source=(names or {}).get(path, str(path)))
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
    progress = progress_bar(total if not jsonl else None, enabled=many and not args.quiet)
    json_array = fmt == "json" and many and not args.output_dir and not args.explain
    if json_array:
        out.write("[\n")
    first = True
    try:
        for task, result in clean_tasks(tasks, jobs):
            progress.update(1)
            if jsonl or args.flat:
                line, result = jsonl_line(task, result, lambda t, r: _output(t, r, args))
            if "error" in result and "body" not in result:
                failed += 1
                unreadable += task.error is not None
                sys.stderr.write(f"newsclean: {result['error'] if task.error else task.name + ': ' + result['error']}\n")
                if not jsonl and fmt in ("text", "markdown") and not args.explain:
                    continue  # the message on stderr is the record
            if args.explain:
                out.write(valid_text(explain(result, task.name, color)) + "\n")
                continue
            if jsonl or args.flat:
                out.write(line + "\n")
                continue
            text = valid_text(render(result, fmt, task.content if task.is_html else None, task.url))
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


def _output(task: Task, result: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    """The JSONL record of one result: nested under "newsclean", or --flat."""
    if not args.flat:
        return output_record(task, result)
    drop = (args.html_field,) if args.drop_html else ()
    return flat_record(task.record, result, FlatOptions(args.text_field, args.metadata_field, drop))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
