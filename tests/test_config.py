"""One configuration everywhere: the TOML file, Pipeline.from_config, the CLI's
--config and --print-config, and the same output from one process and from -j 2."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import newsclean
from config_case import PAGE, SOCIAL_LINE, USER_PHRASE_LINE, write_case
from newsclean.config import DEFAULT_CONFIG, Config, ConfigError, default_toml, load_config

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsclean", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=300)


def test_print_config_writes_the_default_config_and_it_reads_back_as_the_default() -> None:
    proc = run("--print-config")
    assert proc.returncode == 0
    assert proc.stdout.decode() == default_toml()
    assert load_config(tomllib.loads(proc.stdout.decode())) == DEFAULT_CONFIG == Config()
    for name in newsclean.DEFAULT_PIPELINE.names:  # every filter with options has its section
        f = newsclean.DEFAULT_PIPELINE.get(name)
        if dataclasses.is_dataclass(f) and any(field.name != "extra_phrases" for field in dataclasses.fields(f)):
            assert f"[options.{name}]" in proc.stdout.decode()


def test_from_config_builds_what_the_composition_calls_build(tmp_path: Path) -> None:
    config, _ = write_case(tmp_path)
    by_hand = (newsclean.DEFAULT_PIPELINE.with_phrases("promo", {"membership": {"line": ["join the dispatch club today"]}})
               .without("social"))
    for source in (config, str(config), tomllib.loads(config.read_text()), load_config(config)):
        built = newsclean.Pipeline.from_config(source)
        assert built.names == by_hand.names
        assert built.clean_html(PAGE).to_dict() == by_hand.clean_html(PAGE).to_dict()
    options = newsclean.Pipeline.from_config({"options": {"related": {"max_list": 4}}, "pipeline": {"safety_net": 1.0}})
    assert options.get("related").max_list == 4 and options.safety_net == 1.0


@pytest.mark.parametrize("text, message", [
    ('[pipeline]\ndisable = ["socail"]\n', "pipeline.disable: unknown filter 'socail'"),
    ('[pipeline]\nkeep = ["captions"]\n', "pipeline.keep: unknown kind 'captions'"),
    ('[pipeline]\nsafety_net = 2\n', "pipeline.safety_net: a number from 0 to 1"),
    ('[pipline]\n', "top level: unknown key 'pipline'"),
    ('[options.related]\nmax_lists = 3\n', "[options.related]: unknown key 'max_lists'"),
    ('[options.related]\nmax_list = "3"\n', "options.related.max_list: expected int"),
    ('[phrases.title.x]\nline = ["a"]\n', "[phrases.title]: no phrase filter of that name"),
    ('[phrases.promo.memberships]\nline = ["a"]\n', "[phrases.promo]: unknown key 'memberships'"),
    ('[phrases.promo.membership]\nlines = ["a"]\n', "[phrases.promo.membership]: unknown key 'lines'"),
    ('[phrases.promo.membership]\nline = [1]\n', "phrases.promo.membership.line: expected a list of strings"),
    ("[pipeline\n", "not a valid TOML config"),
])
def test_a_bad_config_is_one_line_naming_the_key_and_exit_2(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=regex_escape(message)):
        load_config(path)
    proc = run("--config", str(path), stdin=b"Some text here.")
    assert proc.returncode == 2
    lines = proc.stderr.decode().splitlines()
    assert len(lines) == 1 and message in lines[0] and str(path) in lines[0] and "Traceback" not in lines[0]


def regex_escape(text: str) -> str:
    import re

    return re.escape(text)


def test_a_missing_config_file_is_a_usage_error(tmp_path: Path) -> None:
    proc = run("--config", str(tmp_path / "none.toml"), stdin=b"Some text.")
    assert proc.returncode == 2 and "cannot read config" in proc.stderr.decode()


def test_the_config_changes_the_cli_and_its_workers_alike(tmp_path: Path) -> None:
    """Acceptance (issue 16.6): a user phrase and a disabled filter, in one process and in -j 2."""
    config, warc = write_case(tmp_path)
    default = run("-q", str(warc))
    outputs = [run("-q", "--config", str(config), "-j", jobs, str(warc)) for jobs in ("1", "2")]
    assert default.returncode == outputs[0].returncode == outputs[1].returncode == 0
    assert outputs[0].stdout == outputs[1].stdout != default.stdout
    page = [json.loads(line) for line in outputs[0].stdout.decode().splitlines()][-1]["newsclean"]
    page_default = [json.loads(line) for line in default.stdout.decode().splitlines()][-1]["newsclean"]
    assert USER_PHRASE_LINE in page_default["body"] and SOCIAL_LINE not in page_default["body"]
    assert USER_PHRASE_LINE not in page["body"] and SOCIAL_LINE in page["body"]
    assert [r["rule"] for r in page["removed"]] == ["title.echo", "promo.membership"]  # the <h1> repeats <title> (issue 18.8)


def test_command_line_choices_go_on_top_of_the_config(tmp_path: Path) -> None:
    config, _ = write_case(tmp_path)
    merged = load_config(config).merged(only=(), disable=("promo",), keep=("caption",))
    assert merged.disable == ("social", "promo") and merged.keep == ("caption",)
    proc = run("--config", str(config), "--disable", "promo", "--json", "--html", stdin=PAGE.encode())
    body = json.loads(proc.stdout)["body"]
    assert USER_PHRASE_LINE in body and SOCIAL_LINE in body  # promo off too: the user phrase has no reader
