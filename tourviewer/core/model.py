"""The tour model of format version 1, as plain frozen dataclasses.

Reading the model needs no validation library. `tourviewer.core.validation`
checks a parsed `tour.toml` against these classes with pydantic and generates
the JSON Schema from them; `build` makes them from a `tour.toml` that has
passed that check before, which is how the viewer opens a known tour without
loading pydantic at all. Limits on values are written beside each type
(`Limits`), what each key means beside each field (`doc`, the schema's
descriptions). Keys that start with `x-` are the curator's own: they are kept on
the model (`extensions`) and never validated.

The annotations are evaluated as the classes are made (no `from __future__ import
annotations`): opening a tour from its record asks for every field's type (`build`),
and types written as strings would be evaluated then, on the way to the first stop.
"""

import dataclasses
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar

from tourviewer.core.text import LANGUAGE_TAG_PATTERN, SLUG_PATTERN, LocalizedText

FORMAT_VERSION = 1
EXTENSION_PREFIX = "x-"


class Limits:
    """Limits on a value, in pydantic's `Field` keywords; applied when a tour is validated."""

    __slots__ = ("limits",)

    def __init__(self, **limits: Any):
        self.limits = limits

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic import Field

        return handler(Annotated[source, Field(**self.limits)])


DOC = "doc"  # the key of a field's metadata that says what the key means


def doc(text: str) -> dict[str, str]:
    """A field's metadata saying what its key means: the JSON Schema's description, editors' hover text.

    It is kept as data on the field (as Python 3.14's `field(doc=...)` does), not
    read from the source, which an installed program may not have.
    """
    return {DOC: text}


Slug = Annotated[str, Limits(pattern=SLUG_PATTERN, max_length=64)]
LanguageTag = Annotated[str, Limits(pattern=LANGUAGE_TAG_PATTERN)]
# Each field's `doc` describes its key; these aliases say what kind of value it takes.
Text = LocalizedText
MarkdownText = LocalizedText  # CommonMark in each language
MediaPath = str  # relative to the tour folder, forward slashes
TranslatableMedia = LocalizedText  # a media path, or one per language
Url = Annotated[str, Limits(pattern=r"^https?://\S+$")]
Latitude = Annotated[float, Limits(ge=-90, le=90, allow_inf_nan=False)]
Longitude = Annotated[float, Limits(ge=-180, le=180, allow_inf_nan=False)]
Pixels = Annotated[float, Limits(ge=0, allow_inf_nan=False)]
Minutes = Annotated[float, Limits(gt=0, allow_inf_nan=False)]
FormatVersion = Annotated[int, Limits(ge=FORMAT_VERSION, le=FORMAT_VERSION)]
Yaw = Annotated[float, Limits(ge=-180, le=180, allow_inf_nan=False)]
Pitch = Annotated[float, Limits(ge=-90, le=90, allow_inf_nan=False)]
FieldOfView = Annotated[float, Limits(ge=20, le=120, allow_inf_nan=False)]
Fraction = Annotated[float, Limits(ge=0, le=1, allow_inf_nan=False)]
DEFAULT_YAW, DEFAULT_PITCH, DEFAULT_FOV = 0.0, 0.0, 90.0


class TourModel:
    """Strict (no conversions), closed (unknown keys are errors) except `x-` keys."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {
        "strict": True,
        "extra": "forbid",
        "json_schema_extra": {"patternProperties": {"^x-": {}}},
    }

    @property
    def extensions(self) -> dict[str, Any]:
        """The curator's own `x-` keys, kept as written."""
        return dict(self.__dict__.get("_extensions", {}))

    def _keep_extensions(self, data: dict[str, Any]) -> None:
        kept = {k: v for k, v in data.items() if k.startswith(EXTENSION_PREFIX)}
        if kept:
            object.__setattr__(self, "_extensions", kept)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """How pydantic validates a model class: its fields strict, its `x-` keys set aside and kept."""
        from pydantic_core import core_schema

        schema = handler(source)
        if schema["type"] == "dataclass":
            # strict fields, but a table (dict) may stand for the model: strict would ask for an instance
            schema["strict"] = False

        def keep_extensions(data: Any, validate: Any) -> Any:
            if not isinstance(data, dict):
                return validate(data)
            made: TourModel = validate({k: v for k, v in data.items() if not k.startswith(EXTENSION_PREFIX)})
            made._keep_extensions(data)
            return made

        return core_schema.no_info_wrap_validator_function(keep_extensions, schema)


@dataclass(frozen=True, kw_only=True)
class Bounds(TourModel):
    """The corners of a georeferenced map image, in decimal degrees."""

    west: Longitude = field(metadata=doc("Longitude of the image's left edge."))
    south: Latitude = field(metadata=doc("Latitude of the image's bottom edge."))
    east: Longitude = field(metadata=doc("Longitude of the image's right edge."))
    north: Latitude = field(metadata=doc("Latitude of the image's top edge."))


@dataclass(frozen=True, kw_only=True)
class Location(TourModel):
    """A place on Earth in decimal degrees."""

    lat: Latitude = field(metadata=doc("Latitude in decimal degrees, -90 to 90."))
    lon: Longitude = field(metadata=doc("Longitude in decimal degrees, -180 to 180."))


@dataclass(frozen=True, kw_only=True)
class Position(TourModel):
    """Pixels on a map image that has no bounds, from its top-left corner."""

    x: Pixels = field(metadata=doc("Pixels from the map image's left edge."))
    y: Pixels = field(metadata=doc("Pixels from the map image's top edge."))


@dataclass(frozen=True, kw_only=True)
class MapSpec(TourModel):
    """A map image, georeferenced by `bounds` or a plain picture."""

    image: MediaPath = field(metadata=doc("The map picture: PNG, JPEG, WebP or SVG."))
    bounds: Bounds | None = field(
        default=None,
        metadata=doc(
            "Georeferences the image, linear in longitude and latitude.\n\n"
            "Without it the map is a picture and stops use `position`."
        ),
    )
    attribution: Text | None = field(default=None, metadata=doc("Shown on the map, e.g. the source of the coastline."))
    route: bool = field(default=True, metadata=doc("Draw a line through the stops in order."))


@dataclass(frozen=True, kw_only=True)
class Link(TourModel):
    title: Text = field(metadata=doc("The link's text."))
    url: Url = field(metadata=doc("An http or https address; never fetched by the viewer."))


@dataclass(frozen=True, kw_only=True)
class View(TourModel):
    """Where the viewer first looks in a panorama, in degrees."""

    yaw: Yaw = field(
        default=DEFAULT_YAW, metadata=doc("-180 to 180: 0 is the picture's centre column, positive to the right of it.")
    )
    pitch: Pitch = field(default=DEFAULT_PITCH, metadata=doc("-90 (straight down) to 90 (straight up)."))
    fov: FieldOfView = field(default=DEFAULT_FOV, metadata=doc("The horizontal field of view, 20 to 120."))


@dataclass(frozen=True, kw_only=True)
class Hotspot(TourModel):
    """A marker on a picture: `yaw`/`pitch` on a panorama, `x`/`y` on a flat picture; at most one target."""

    label: Text = field(metadata=doc("Shown beside the marker on hover and focus, read by screen readers."))
    yaw: Yaw | None = field(
        default=None, metadata=doc("On a panorama: degrees, -180 to 180, 0 at the picture's centre column.")
    )
    pitch: Pitch | None = field(default=None, metadata=doc("On a panorama: degrees, -90 (down) to 90 (up)."))
    x: Fraction | None = field(
        default=None, metadata=doc("On a flat picture: 0 to 1 of the width, from the left edge.")
    )
    y: Fraction | None = field(
        default=None, metadata=doc("On a flat picture: 0 to 1 of the height, from the top edge.")
    )
    stop: str | None = field(
        default=None, metadata=doc("Target: the id of a stop of the tour; activating the hotspot goes there.")
    )
    image: MediaPath | None = field(
        default=None,
        metadata=doc("Target: the `file` of another image of the same stop; activating the hotspot shows it."),
    )
    text: MarkdownText | None = field(default=None, metadata=doc("Target: text shown in a bubble (CommonMark)."))

    @property
    def on_panorama(self) -> bool:
        return self.yaw is not None


@dataclass(frozen=True, kw_only=True)
class Image(TourModel):
    """A picture of a stop."""

    file: MediaPath = field(metadata=doc("The image file: PNG, JPEG, WebP or GIF."))
    caption: Text | None = field(default=None, metadata=doc("Shown under the picture."))
    credit: Text | None = field(default=None, metadata=doc("Who made the picture."))
    alt: Text | None = field(default=None, metadata=doc("What a person who cannot see the image needs to know."))
    panorama: bool = field(default=False, metadata=doc("An equirectangular 360° photo."))
    view: View | None = field(
        default=None, metadata=doc("Panoramas only: where the viewer first looks (default yaw 0, pitch 0, fov 90).")
    )
    hotspots: list[Hotspot] = field(
        default_factory=list, metadata=doc("Markers on the picture, reached with the keyboard in this order.")
    )

    @property
    def start_view(self) -> View:
        """Where a panorama opens: its `view`, or yaw 0, pitch 0, fov 90."""
        return self.view or View()


@dataclass(frozen=True, kw_only=True)
class Stop(TourModel):
    id: Slug = field(
        metadata=doc("Unique within the tour; notes are kept under it, so keep it when reordering or retitling.")
    )
    title: Text = field(metadata=doc("The stop's name."))
    subtitle: Text | None = field(default=None, metadata=doc("A second line under the title."))
    place: Text | None = field(default=None, metadata=doc("A place name people would say."))
    location: Location | None = field(default=None, metadata=doc("Puts the stop on every georeferenced map."))
    position: Position | None = field(
        default=None, metadata=doc("Pixels on the tour map, when that map has no bounds.")
    )
    narration: MarkdownText | None = field(default=None, metadata=doc("What a guide would say here (CommonMark)."))
    audio: TranslatableMedia | None = field(
        default=None, metadata=doc("Recorded narration: Ogg, MP3, M4A/AAC, FLAC or WAV; one file per language allowed.")
    )
    transcript: TranslatableMedia | None = field(default=None, metadata=doc("WebVTT captions for `audio`."))
    speaker_notes: MarkdownText | None = field(
        default=None, metadata=doc("For the facilitator only; never shown to participants.")
    )
    minutes: Minutes | None = field(
        default=None, metadata=doc("Time planned at this stop, for the facilitator's timer.")
    )
    images: list[Image] = field(
        default_factory=list, metadata=doc("Shown in order; the first is the stop's main image.")
    )
    map: MapSpec | None = field(default=None, metadata=doc("A detail map for this stop."))
    links: list[Link] = field(default_factory=list, metadata=doc("Web links, opened in the browser only when clicked."))

    @property
    def main_image(self) -> Image | None:
        return self.images[0] if self.images else None


@dataclass(frozen=True, kw_only=True)
class Tour(TourModel):
    """A tour: `tour.toml` at the top of a tour folder."""

    format: FormatVersion = field(metadata=doc("The tour format version: 1."))
    id: Slug = field(metadata=doc("Stable identity of the tour; notes and progress are kept under it."))
    title: Text = field(metadata=doc("The tour's name."))
    subtitle: Text | None = field(default=None, metadata=doc("A second line under the title."))
    summary: MarkdownText | None = field(
        default=None, metadata=doc("Shown on the tour's card and first screen (CommonMark).")
    )
    languages: Annotated[list[LanguageTag], Limits(min_length=1)] = field(
        default_factory=lambda: ["en"], metadata=doc("The tour's languages as BCP 47 tags; the first is the default.")
    )
    cover: MediaPath | None = field(
        default=None, metadata=doc("The card picture; default: the first stop's first image.")
    )
    authors: list[str] = field(default_factory=list, metadata=doc("Who wrote the tour."))
    license: str | None = field(default=None, metadata=doc("An SPDX identifier, e.g. CC-BY-4.0."))
    credits: MarkdownText | None = field(default=None, metadata=doc("Acknowledgements (CommonMark)."))
    map: MapSpec | None = field(default=None, metadata=doc("The overview map."))
    stops: Annotated[list[Stop], Limits(min_length=1)] = field(metadata=doc("The stops, shown in this order."))

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


def build(data: dict[str, Any]) -> Tour:
    """The Tour of a parsed `tour.toml` that has passed validation before: the objects validation makes.

    Raises (TypeError, KeyError, ...) when `data` is not such a tour.
    """
    return _builder(Tour)(data)


_BUILDERS: dict[type, Callable[[Any], Any]] = {}


def _builder(cls: type[TourModel]) -> Callable[[Any], Any]:
    made = _BUILDERS.get(cls)
    if made is not None:
        return made
    hints = typing.get_type_hints(cls)
    convert = {f.name: _converter(hints[f.name]) for f in dataclasses.fields(cls)}  # type: ignore[arg-type]

    def make(data: dict[str, Any]) -> Any:
        made = cls(**{k: convert[k](v) for k, v in data.items() if not k.startswith(EXTENSION_PREFIX)})
        made._keep_extensions(data)
        return made

    _BUILDERS[cls] = make
    return make


def _same(value: Any) -> Any:
    return value


def _converter(hint: Any) -> Callable[[Any], Any]:
    """How a validated value of type `hint` becomes what validation makes of it."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) is list:
        item = _converter(args[0])
        return lambda values: [item(v) for v in values]
    if len(args) == 1:  # X | None: TOML has no null, so the value is an X
        return _converter(args[0])
    if isinstance(hint, type) and issubclass(hint, TourModel):
        return _builder(hint)
    if hint is LocalizedText:
        return LocalizedText.of
    if hint is float:
        return float  # a whole number where a number is asked becomes a float, as in validation
    return _same
