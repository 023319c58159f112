"""One configuration for every place a pipeline is built: the CLI, each `-j` worker,
the Spark job and the datatrove steps read the same `Config`, so a phrase added or a
filter disabled in a TOML file changes all of them alike.

A `Config` is plain data (frozen, hashable, picklable): a worker rebuilds the
pipeline from it (`Pipeline.from_config`) instead of being sent compiled automata.

    [pipeline]
    disable = ["social"]          # or only = [...]
    keep = ["caption"]            # removal kinds left in the body
    safety_net = 0.5

    [options.credits]             # a filter's options (its dataclass fields)
    max_caption_lines = 3

    [phrases.newsletter.signup]   # user phrases: family.concept, then mode = patterns
    line = ["get the morning brief"]
"""

from __future__ import annotations

import dataclasses
import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Protocol, TypeVar

from .patterns import MODES, FamilyTable, freeze_family, thaw_family
from .registry import DEFAULT_FILTERS, KINDS

#: One filter's options: (name, value) pairs, sorted.
Options = tuple[tuple[str, Any], ...]
SECTIONS = ("pipeline", "options", "phrases")
PIPELINE_KEYS = ("only", "disable", "keep", "safety_net")


class Composable(Protocol):
    """What a config is applied to: a Pipeline (named by its methods, so that this
    module, which the pipeline reads, needs not import it)."""

    def with_options(self: P, name: str, **options: Any) -> P: ...
    def with_phrases(self: P, name: str, phrases: Mapping[str, Any]) -> P: ...
    def only(self: P, *names: str) -> P: ...
    def without(self: P, *names: str) -> P: ...
    def keeping(self: P, *kinds: str) -> P: ...


P = TypeVar("P", bound=Composable)


class ConfigError(ValueError):
    """A configuration that names what does not exist or has the wrong type: one line for the user."""


@dataclass(frozen=True)
class Config:
    """How to build a pipeline from the default one; the defaults change nothing."""

    only: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    safety_net: float = 0.5
    options: tuple[tuple[str, Options], ...] = ()
    phrases: tuple[tuple[str, FamilyTable], ...] = ()

    def applied_to(self, pipeline: P) -> P:
        """`pipeline` with this config's options, phrases and filter choices (see Pipeline.from_config)."""
        for name, options in self.options:
            pipeline = pipeline.with_options(name, **dict(options))
        for name, table in self.phrases:
            pipeline = pipeline.with_phrases(name, thaw_family(table)[0])
        if self.only:
            pipeline = pipeline.only(*self.only)
        if self.disable:
            pipeline = pipeline.without(*self.disable)
        return pipeline.keeping(*self.keep) if self.keep else pipeline

    def merged(self, only: tuple[str, ...] = (), disable: tuple[str, ...] = (), keep: tuple[str, ...] = ()) -> Config:
        """Command-line choices on top: `only` replaces the file's, `disable` and `keep` add to it."""
        return dataclasses.replace(
            self, only=only or self.only, disable=tuple(dict.fromkeys(self.disable + disable)),
            keep=tuple(dict.fromkeys(self.keep + keep)),
        )


DEFAULT_CONFIG = Config()


def load_config(source: Config | str | Path | Mapping[str, Any] | None) -> Config:
    """A Config from a TOML file path, a parsed mapping, or a Config (None: the default)."""
    if source is None:
        return DEFAULT_CONFIG
    if isinstance(source, Config):
        return source
    if isinstance(source, Mapping):
        return config_from_mapping(source)
    path = Path(source)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not a valid TOML config: {exc}") from None
    try:
        return config_from_mapping(data)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def config_from_mapping(data: Mapping[str, Any]) -> Config:
    """Check every name against the registry, so a typo fails here, not on the first document."""
    _only_keys(data, SECTIONS, "top level")
    section = data.get("pipeline", {})
    _only_keys(section, PIPELINE_KEYS, "[pipeline]")
    names = {f.name: f for f in DEFAULT_FILTERS}
    only = _filter_names(section.get("only", []), names, "pipeline.only")
    disable = _filter_names(section.get("disable", []), names, "pipeline.disable")
    keep = _strings(section.get("keep", []), "pipeline.keep")
    for kind in keep:
        if kind not in KINDS:
            raise ConfigError(f"pipeline.keep: unknown kind {kind!r} (known: {', '.join(KINDS)})")
    safety_net = section.get("safety_net", DEFAULT_CONFIG.safety_net)
    if isinstance(safety_net, bool) or not isinstance(safety_net, (int, float)) or not 0 <= safety_net <= 1:
        raise ConfigError(f"pipeline.safety_net: a number from 0 to 1, not {safety_net!r}")
    options = tuple(sorted((name, changed) for name, values in _table(data, "options").items()
                           if (changed := _filter_options(name, values, names))))
    phrases = tuple(sorted((name, _filter_phrases(name, table, names)) for name, table in _table(data, "phrases").items()))
    return Config(only, disable, keep, float(safety_net), options, phrases)


def _only_keys(table: Any, allowed: tuple[str, ...], where: str) -> None:
    if not isinstance(table, Mapping):
        raise ConfigError(f"{where}: expected a table")
    for key in table:
        if key not in allowed:
            raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(allowed)})")


def _table(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    table = data.get(key, {})
    if not isinstance(table, Mapping):
        raise ConfigError(f"[{key}]: expected a table")
    return table


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings")
    return tuple(value)


def _filter_names(value: Any, names: Mapping[str, Any], where: str) -> tuple[str, ...]:
    found = _strings(value, where)
    for name in found:
        if name not in names:
            raise ConfigError(f"{where}: unknown filter {name!r} (known: {', '.join(names)})")
    return found


def _filter_options(name: str, values: Any, names: Mapping[str, Any]) -> Options:
    if name not in names:
        raise ConfigError(f"[options.{name}]: unknown filter (known: {', '.join(names)})")
    _only_keys(values, tuple(filter_options(names[name])), f"[options.{name}]")
    defaults = filter_options(names[name])
    for key, value in values.items():
        if type(value) is not type(defaults[key]):
            raise ConfigError(f"options.{name}.{key}: expected {type(defaults[key]).__name__}, got {value!r}")
    return tuple(sorted((key, value) for key, value in values.items() if value != defaults[key]))


def _filter_phrases(name: str, table: Any, names: Mapping[str, Any]) -> FamilyTable:
    if name not in names or not names[name].concepts:
        takes = ", ".join(n for n, f in names.items() if f.concepts)
        raise ConfigError(f"[phrases.{name}]: no phrase filter of that name (these take phrases: {takes})")
    concepts = tuple(sorted(names[name].concepts))
    _only_keys(table, concepts, f"[phrases.{name}]")
    for concept, modes in table.items():
        _only_keys(modes, MODES, f"[phrases.{name}.{concept}]")
        for mode, patterns in modes.items():
            _strings(patterns, f"phrases.{name}.{concept}.{mode}")
    return freeze_family(table)


def filter_options(f: Any) -> dict[str, Any]:
    """The options of a filter a config may set: its dataclass fields, user phrases aside."""
    return {field.name: getattr(f, field.name) for field in dataclasses.fields(f) if field.name != "extra_phrases"}


def default_toml() -> str:
    """The default configuration as a TOML file (`newsclean --print-config`): every
    key with its default value, so a user edits rather than looks up."""
    lines = [
        "# newsclean configuration: newsclean --config FILE, Pipeline.from_config(FILE),",
        "# newsclean.spark --config FILE. Every value below is the default.",
        "",
        "[pipeline]",
        "only = []         # run only these filters (empty: all), in pipeline order",
        "disable = []      # skip these filters",
        f"keep = []         # removal kinds left in the body: {', '.join(KINDS)}",
        f"safety_net = {DEFAULT_CONFIG.safety_net}  # share of the prose low-confidence cuts may take before they are rolled back (1.0: off)",
    ]
    for f in DEFAULT_FILTERS:
        options = filter_options(f)
        if options:
            lines += ["", f"[options.{f.name}]"] + [f"{key} = {json.dumps(value)}" for key, value in options.items()]
    lines += ["", "# User phrases, added to a family's built-in ones: [phrases.FAMILY.CONCEPT], then",
              f"# mode = [patterns] (modes: {', '.join(MODES)}; lower-case regular expressions). E.g.:",
              "# [phrases.newsletter.signup]", '# line = ["get the morning brief in your inbox"]']
    for f in DEFAULT_FILTERS:
        if f.concepts:
            lines.append(f"#   {f.name}: {', '.join(sorted(f.concepts))}")
    return "\n".join(lines) + "\n"
