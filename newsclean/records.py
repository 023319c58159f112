"""Flat output records (`--flat`): the shape datatrove, pandas and Spark read as they are.

The nested record (`{...input fields, "newsclean": {...}}`) keeps newsclean's result
apart; the flat one puts the clean body in the text field (`text`, as datatrove's
JsonlReader expects) and newsclean's metadata beside the input's fields, or under one
metadata field. Every record has every key, error records too (empty values and the
`error`), so a table built from them has one schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from .model import Article

#: Every key of a result, with the value it has when cleaning failed.
EMPTY_RESULT: Mapping[str, Any] = {**Article().to_dict(), "source": None}
#: Prefix of a newsclean field whose name the input record already uses.
CLASH_PREFIX = "newsclean_"


@dataclass(frozen=True)
class FlatOptions:
    """Where the body and the metadata go, and which input fields to leave out."""

    text_field: str = "text"
    metadata_field: str | None = None
    drop_fields: tuple[str, ...] = ()


def flat_record(record: Mapping[str, Any] | None, result: Mapping[str, Any], options: FlatOptions) -> dict[str, Any]:
    """The input record's fields (less `drop_fields`), the body in `text_field`, and the
    rest of the result at the top level or under `metadata_field`.

    An input field is never overwritten: a newsclean field whose name the input has
    (its `url`, say) is written as `newsclean_<name>`. An error record keeps the
    input's text field as it was (empty if absent) and says why in `error`.
    """
    out = {key: value for key, value in (record or {}).items() if key not in options.drop_fields}
    failed = "error" in result and "body" not in result
    if failed:
        out.setdefault(options.text_field, "")
    else:
        out[options.text_field] = result.get("body", "")
    if options.metadata_field:
        key, existing = options.metadata_field, out.get(options.metadata_field)
        if key in out and not isinstance(existing, Mapping):  # the input's own value stays
            key, existing = CLASH_PREFIX + key, None
        out[key] = add_metadata(dict(existing or {}), result)
        return out
    return add_metadata(out, result)


def add_metadata(fields: dict[str, Any], result: Mapping[str, Any]) -> dict[str, Any]:
    """`fields` with every key of the result but the body added (an error result's
    missing ones empty); a name `fields` already has is written as `newsclean_<name>`."""
    for key, value in {**EMPTY_RESULT, **result}.items():
        if key != "body":
            fields[CLASH_PREFIX + key if key in fields else key] = value
    return fields
