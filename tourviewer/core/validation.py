"""The pydantic side of the tour model: validating a parsed `tour.toml`, and the JSON Schema.

The model (`tourviewer.core.model`) is plain dataclasses that tell pydantic how
to check them (strictly, closed to unknown keys, keeping the curator's `x-`
keys); this module runs that check and writes the schema, with each key's
`doc` as its description. It is imported only when a tour has to be validated
or the schema written.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from pydantic import TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from tourviewer.core.model import (
    DOC,
    Bounds,
    Hotspot,
    Image,
    Link,
    Location,
    MapSpec,
    Position,
    Stop,
    Tour,
    View,
)

_TOUR = TypeAdapter(Tour)


def validate(data: dict[str, Any]) -> tuple[Tour | None, list[ErrorDetails]]:
    """The tour in `data`, or None with what is wrong with its structure."""
    try:
        return _TOUR.validate_python(data), []
    except ValidationError as exc:
        return None, exc.errors()


def _field_docs(model: type) -> dict[str, str]:
    """The `doc` of each field of `model` (only the schema needs them)."""
    return {f.name: f.metadata[DOC] for f in dataclasses.fields(model) if DOC in f.metadata}


def _describe(schema: dict[str, Any]) -> None:
    """Put each field's docstring into the schema as its description, for editors' hover text."""
    models = {m.__name__: m for m in (Tour, Stop, Image, View, Hotspot, Link, MapSpec, Bounds, Location, Position)}
    for name, definition in [("Tour", schema), *schema.get("definitions", {}).items()]:
        model = models.get(name)
        if model is None:
            continue
        for field, doc in _field_docs(model).items():
            if field in definition.get("properties", {}):
                definition["properties"][field]["description"] = doc


def json_schema() -> dict[str, Any]:
    """The JSON Schema of `tour.toml`, generated from the models."""
    # Draft-07 wording ("definitions"), which every TOML editor's validator knows.
    generated = _TOUR.json_schema(mode="validation", ref_template="#/definitions/{model}")
    generated["definitions"] = generated.pop("$defs")
    schema = {"$schema": "http://json-schema.org/draft-07/schema#", **_without_null(generated)}
    _describe(schema)
    schema["title"] = "Tour Viewer tour.toml, format 1"
    return schema


def _without_null(node: Any) -> Any:
    """TOML has no null: an optional key is one that is left out."""
    if isinstance(node, list):
        return [_without_null(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _without_null(v) for k, v in node.items() if not (k == "default" and v is None)}
    if "anyOf" in out:
        kept = [n for n in out["anyOf"] if n != {"type": "null"}]
        if len(kept) == 1:
            del out["anyOf"]
            out = {**kept[0], **out}
        else:
            out["anyOf"] = kept
    return out


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
