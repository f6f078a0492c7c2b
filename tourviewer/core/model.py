"""The tour model of format version 1, as pydantic models.

The same models validate a parsed `tour.toml` and generate the JSON Schema that
editors use for completion. Keys that start with `x-` are the curator's own:
they are kept on the model (`extensions`) and never validated.
"""

from __future__ import annotations

import ast
import inspect
import json
import textwrap
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    ValidatorFunctionWrapHandler,
    model_validator,
)

from tourviewer.core.text import LANGUAGE_TAG_PATTERN, SLUG_PATTERN, LocalizedText

FORMAT_VERSION = 1

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=64)]
LanguageTag = Annotated[str, StringConstraints(pattern=LANGUAGE_TAG_PATTERN)]
# Field docstrings below describe each key; these aliases say what kind of value it takes.
Text = LocalizedText
MarkdownText = LocalizedText  # CommonMark in each language
MediaPath = str  # relative to the tour folder, forward slashes
TranslatableMedia = LocalizedText  # a media path, or one per language
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
Latitude = Annotated[float, Field(ge=-90, le=90, allow_inf_nan=False)]
Longitude = Annotated[float, Field(ge=-180, le=180, allow_inf_nan=False)]
Pixels = Annotated[float, Field(ge=0, allow_inf_nan=False)]

EXTENSION_PREFIX = "x-"


class TourModel(BaseModel):
    """Strict (no conversions), closed (unknown keys are errors) except `x-` keys."""

    model_config = ConfigDict(
        strict=True,
        extra="forbid",
        frozen=True,
        json_schema_extra={"patternProperties": {"^x-": {}}},
    )
    _extensions: dict[str, Any] = PrivateAttr(default_factory=dict)

    @model_validator(mode="wrap")
    @classmethod
    def _keep_extensions(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        if not isinstance(data, dict):
            return handler(data)
        own = {k: v for k, v in data.items() if not k.startswith(EXTENSION_PREFIX)}
        model = handler(own)
        model._extensions = {k: v for k, v in data.items() if k.startswith(EXTENSION_PREFIX)}
        return model

    @property
    def extensions(self) -> dict[str, Any]:
        """The curator's own `x-` keys, kept as written."""
        return self._extensions


class Bounds(TourModel):
    """The corners of a georeferenced map image, in decimal degrees."""

    west: Longitude
    """Longitude of the image's left edge."""
    south: Latitude
    """Latitude of the image's bottom edge."""
    east: Longitude
    """Longitude of the image's right edge."""
    north: Latitude
    """Latitude of the image's top edge."""


class Location(TourModel):
    """A place on Earth in decimal degrees."""

    lat: Latitude
    """Latitude in decimal degrees, -90 to 90."""
    lon: Longitude
    """Longitude in decimal degrees, -180 to 180."""


class Position(TourModel):
    """Pixels on a map image that has no bounds, from its top-left corner."""

    x: Pixels
    """Pixels from the map image's left edge."""
    y: Pixels
    """Pixels from the map image's top edge."""


class MapSpec(TourModel):
    """A map image, georeferenced by `bounds` or a plain picture."""

    image: MediaPath
    """The map picture: PNG, JPEG, WebP or SVG."""
    bounds: Bounds | None = None
    """Georeferences the image, linear in longitude and latitude.

    Without it the map is a picture and stops use `position`."""
    attribution: Text | None = None
    """Shown on the map, e.g. the source of the coastline."""
    route: bool = True
    """Draw a line through the stops in order."""


class Link(TourModel):
    title: Text
    """The link's text."""
    url: Url
    """An http or https address; never fetched by the viewer."""


class Image(TourModel):
    """A picture of a stop."""

    file: MediaPath
    """The image file: PNG, JPEG, WebP or GIF."""
    caption: Text | None = None
    """Shown under the picture."""
    credit: Text | None = None
    """Who made the picture."""
    alt: Text | None = None
    """What a person who cannot see the image needs to know."""
    panorama: bool = False
    """An equirectangular 360° photo."""


class Stop(TourModel):
    id: Slug
    """Unique within the tour; notes are kept under it, so keep it when reordering or retitling."""
    title: Text
    """The stop's name."""
    subtitle: Text | None = None
    """A second line under the title."""
    place: Text | None = None
    """A place name people would say."""
    location: Location | None = None
    """Puts the stop on every georeferenced map."""
    position: Position | None = None
    """Pixels on the tour map, when that map has no bounds."""
    narration: MarkdownText | None = None
    """What a guide would say here (CommonMark)."""
    audio: TranslatableMedia | None = None
    """Recorded narration: Ogg, MP3, M4A/AAC, FLAC or WAV; one file per language allowed."""
    transcript: TranslatableMedia | None = None
    """WebVTT captions for `audio`."""
    speaker_notes: MarkdownText | None = None
    """For the facilitator only; never shown to participants."""
    minutes: Annotated[float, Field(gt=0, allow_inf_nan=False)] | None = None
    """Time planned at this stop, for the facilitator's timer."""
    images: list[Image] = Field(default_factory=list)
    """Shown in order; the first is the stop's main image."""
    map: MapSpec | None = None
    """A detail map for this stop."""
    links: list[Link] = Field(default_factory=list)
    """Web links, opened in the browser only when clicked."""

    @property
    def main_image(self) -> Image | None:
        return self.images[0] if self.images else None


class Tour(TourModel):
    """A tour: `tour.toml` at the top of a tour folder."""

    format: Annotated[int, Field(ge=FORMAT_VERSION, le=FORMAT_VERSION)]
    """The tour format version: 1."""
    id: Slug
    """Stable identity of the tour; notes and progress are kept under it."""
    title: Text
    """The tour's name."""
    subtitle: Text | None = None
    """A second line under the title."""
    summary: MarkdownText | None = None
    """Shown on the tour's card and first screen (CommonMark)."""
    languages: Annotated[list[LanguageTag], Field(min_length=1)] = Field(default_factory=lambda: ["en"])
    """The tour's languages as BCP 47 tags; the first is the default."""
    cover: MediaPath | None = None
    """The card picture; default: the first stop's first image."""
    authors: list[str] = Field(default_factory=list)
    """Who wrote the tour."""
    license: str | None = None
    """An SPDX identifier, e.g. CC-BY-4.0."""
    credits: MarkdownText | None = None
    """Acknowledgements (CommonMark)."""
    map: MapSpec | None = None
    """The overview map."""
    stops: Annotated[list[Stop], Field(min_length=1)]
    """The stops, shown in this order."""

    @property
    def default_language(self) -> str:
        return self.languages[0]

    @property
    def cover_file(self) -> str | None:
        """The card picture: `cover`, or the first stop's first image."""
        if self.cover:
            return self.cover
        first = self.stops[0].main_image
        return first.file if first else None

    def text(self, value: LocalizedText | None, language: str) -> str:
        """`value` shown in `language`, with the tour's fallback."""
        return "" if value is None else value.get(language, self.default_language)

    def stop_index(self, stop_id: str) -> int | None:
        for i, stop in enumerate(self.stops):
            if stop.id == stop_id:
                return i
        return None


def _field_docs(model: type[BaseModel]) -> dict[str, str]:
    """The docstring under each field of `model`, read from its source.

    Pydantic can do this itself (`use_attribute_docstrings`), but it then reads
    the source every time the program starts; only the schema needs them.
    """
    tree = ast.parse(textwrap.dedent(inspect.getsource(model)))
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    docs = {}
    for field, after in zip(body, body[1:], strict=False):
        if (
            isinstance(field, ast.AnnAssign)
            and isinstance(field.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            docs[field.target.id] = inspect.cleandoc(after.value.value)
    return docs


def _describe(schema: dict[str, Any]) -> None:
    """Put each field's docstring into the schema as its description, for editors' hover text."""
    models: dict[str, type[BaseModel]] = {
        m.__name__: m for m in (Tour, Stop, Image, Link, MapSpec, Bounds, Location, Position)
    }
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
    generated = Tour.model_json_schema(mode="validation", ref_template="#/definitions/{model}")
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
