"""Property-based tests: whatever people write, the loader returns problems and never raises."""

from __future__ import annotations

import io
import json
import math
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.tourfiles import png_bytes, wav_bytes
from tourviewer.core import load_tour
from tourviewer.core.problems import ERROR_CODES, INFO_CODES, WARNING_CODES

ALL_CODES = ERROR_CODES | WARNING_CODES | INFO_CODES
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

VALID = """format = 1
id = "hongsung-sample"
title = { en = "Hongsung sample", ko = "홍성 견본" }
summary = { en = "Two *stops*.", ko = "두 *곳*." }
languages = ["en", "ko"]
x-internal = { note = "kept" }

[map]
image = "maps/region.png"
bounds = { west = 126.40, south = 35.85, east = 126.95, north = 36.75 }
attribution = "Schematic"

[[stops]]
id = "collabo-farm"
title = { en = "Collabo Farm", ko = "협업농장" }
location = { lat = 36.55, lon = 126.72 }
minutes = 10
narration = \"\"\"
Young people farm **together** here. ![p](images/farm.png)
\"\"\"
audio = { en = "audio/farm.wav", ko = "audio/farm.wav" }
links = [{ title = "About", url = "https://example.org/farm" }]

[[stops.images]]
file = "images/farm.png"
caption = { en = "Greenhouses", ko = "온실" }
credit = "Illustration"
alt = "Green rectangles"

[[stops]]
id = "local-rise"
title = "Local:Rise"
location = { lat = 35.99, lon = 126.71 }
"""
MEDIA = {"maps/region.png": png_bytes(), "images/farm.png": png_bytes(), "audio/farm.wav": wav_bytes()}
KNOWN_KEYS = [
    "format",
    "id",
    "title",
    "subtitle",
    "summary",
    "languages",
    "cover",
    "authors",
    "license",
    "credits",
    "map",
    "stops",
    "image",
    "bounds",
    "attribution",
    "route",
    "west",
    "south",
    "east",
    "north",
    "place",
    "location",
    "lat",
    "lon",
    "position",
    "x",
    "y",
    "narration",
    "audio",
    "transcript",
    "speaker_notes",
    "minutes",
    "images",
    "file",
    "caption",
    "credit",
    "alt",
    "panorama",
    "links",
    "url",
    "en",
    "ko",
    "x-a",
]


def check_result(result) -> None:
    assert isinstance(result.problems, list)
    for p in result.problems:
        assert p.code in ALL_CODES
        assert p.message
        assert p.line is None or p.line >= 1
        assert p.column is None or p.column >= 1
    if result.tour is None:
        assert result.errors, "no tour without an error that says why"


def load_text(text: str | bytes) -> Any:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "tour"
        folder.mkdir()
        for name, data in MEDIA.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
        raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
        (folder / "tour.toml").write_bytes(raw)
        result = load_tour(folder)
        check_result(result)
        return result


def test_the_valid_base_tour_is_valid():
    result = load_text(VALID)
    assert result.problems == [], result.problems


@SETTINGS
@given(st.text(max_size=400))
def test_random_text(text):
    load_text(text)


@SETTINGS
@given(st.binary(max_size=400))
def test_random_bytes(raw):
    load_text(raw)


@st.composite
def mutated(draw) -> str:
    text = VALID
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["delete", "insert", "replace", "dup-line", "drop-line"]))
        i = draw(st.integers(0, len(text)))
        if op == "delete":
            text = text[:i] + text[i + draw(st.integers(1, 30)) :]
        elif op == "insert":
            text = text[:i] + draw(st.text(max_size=12)) + text[i:]
        elif op == "replace":
            text = text[:i] + draw(st.sampled_from(list("\"=[]{}\n,.#x0-'\\"))) + text[i + 1 :]
        else:
            lines = text.split("\n")
            n = draw(st.integers(0, len(lines) - 1))
            lines[n : n + 1] = [lines[n]] * 2 if op == "dup-line" else []
            text = "\n".join(lines)
    return text


@SETTINGS
@given(mutated())
def test_mutated_tours(text):
    load_text(text)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


scalars = st.one_of(
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(),
    st.text(max_size=20),
    st.sampled_from(
        [
            "images/farm.png",
            "../x.png",
            "/etc/passwd",
            "https://x.org/a",
            "audio/farm.wav",
            "maps/region.png",
            "en",
            "ko",
            "a",
            "a-b",
        ]
    ),
)
keys = st.one_of(st.sampled_from(KNOWN_KEYS), st.text(min_size=1, max_size=8))
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=5)),
    max_leaves=20,
)


@SETTINGS
@given(st.dictionaries(keys, values, max_size=8), st.lists(st.dictionaries(keys, values, max_size=8), max_size=3))
def test_random_structures(top, stops):
    top = {"format": 1, **top}
    lines = [f"{json.dumps(k)} = {toml_value(v)}" for k, v in top.items() if k != "stops"]
    lines += [f"stops = {toml_value(stops)}"]
    load_text("\n".join(lines) + "\n")


def valid_package() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("tour.toml", VALID)
        for name, data in MEDIA.items():
            z.writestr(name, data)
    return out.getvalue()


PACKAGE = valid_package()


@SETTINGS
@given(
    st.lists(st.tuples(st.integers(0, len(PACKAGE) - 1), st.integers(0, 255)), min_size=1, max_size=6),
    st.integers(0, len(PACKAGE)),
)
def test_mutated_packages(flips, cut):
    raw = bytearray(PACKAGE)
    for offset, byte in flips:
        raw[offset] = byte
    with tempfile.TemporaryDirectory() as tmp:
        pkg = Path(tmp) / "t.tour"
        pkg.write_bytes(bytes(raw[: max(cut, 1)]))
        check_result(load_tour(pkg))
        result = load_tour(pkg, verify=True)
        check_result(result)
        for name in MEDIA:  # read in place: a damaged entry is an OSError, never anything else
            file = result.media_path(name)
            if file is not None:
                try:
                    file.read_bytes()
                except OSError:
                    pass


def test_the_valid_package_is_valid():
    with tempfile.TemporaryDirectory() as tmp:
        pkg = Path(tmp) / "t.tour"
        pkg.write_bytes(PACKAGE)
        assert load_tour(pkg).problems == []
