"""`.tour` packages: opened directly, hostile ones refused, nothing written outside the cache."""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path

import pytest

from tests.tourfiles import MINIMAL, png_bytes
from tourviewer.core import load_tour
from tourviewer.core.package import PackageError, open_package

TOUR_WITH_IMAGE = MINIMAL + '[[stops.images]]\nfile = "images/a.png"\nalt = "x"\ncredit = "y"\n'


def make_zip(
    path: Path, entries: dict[str, bytes], symlinks: dict[str, str] | None = None, method: int = zipfile.ZIP_DEFLATED
) -> Path:
    with zipfile.ZipFile(path, "w", method) as z:
        for name, data in entries.items():
            z.writestr(name, data)
        for name, target in (symlinks or {}).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            z.writestr(info, target)
    return path


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")} if folder.exists() else set()


def test_package_with_tour_at_root_opens(tmp_path):
    pkg = make_zip(tmp_path / "t.tour", {"tour.toml": TOUR_WITH_IMAGE.encode(), "images/a.png": png_bytes()})
    result = load_tour(pkg, cache_dir=tmp_path / "cache")
    assert result.problems == []
    assert result.tour is not None
    assert result.root is not None and result.root.is_relative_to(tmp_path / "cache")
    assert result.media_path("images/a.png").read_bytes() == png_bytes()


def test_package_with_a_single_top_folder_opens(tmp_path):
    pkg = make_zip(
        tmp_path / "t.tour",
        {
            "hongsung/tour.toml": TOUR_WITH_IMAGE.encode(),
            "hongsung/images/a.png": png_bytes(),
            "__MACOSX/hongsung/._tour.toml": b"junk",
        },
    )
    result = load_tour(pkg, cache_dir=tmp_path / "cache")
    assert result.problems == []
    assert result.root.name == "hongsung"


def test_opening_twice_reuses_the_cache(tmp_path):
    pkg = make_zip(tmp_path / "t.tour", {"tour.toml": MINIMAL.encode()})
    first = open_package(pkg, tmp_path / "cache")
    second = open_package(pkg, tmp_path / "cache")
    assert first.root == second.root
    assert len(list((tmp_path / "cache").iterdir())) == 1


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def bomb_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("tour.toml", MINIMAL)
        z.writestr("images/bomb.png", b"\0" * (64 * 1024 * 1024))
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "build", "code"),
    [
        ("traversal", lambda p: make_zip(p, {"tour.toml": MINIMAL.encode(), "../evil.txt": b"x"}), "bad-package"),
        ("absolute", lambda p: make_zip(p, {"tour.toml": MINIMAL.encode(), "/tmp/evil.txt": b"x"}), "bad-package"),
        (
            "symlink",
            lambda p: make_zip(p, {"tour.toml": MINIMAL.encode()}, {"images/a.png": "/etc/passwd"}),
            "bad-package",
        ),
        ("not-zip", lambda p: write(p, b"this is not a zip"), "bad-package"),
        ("truncated", lambda p: write(p, bomb_bytes()[:5000]), "bad-package"),
        ("bomb", lambda p: write(p, bomb_bytes()), "bad-package"),
        ("no-tour", lambda p: make_zip(p, {"readme.txt": b"hello"}), "not-a-tour"),
        ("two-tops", lambda p: make_zip(p, {"a/tour.toml": MINIMAL.encode(), "b/x": b""}), "not-a-tour"),
    ],
)
def test_hostile_or_broken_packages_are_refused(tmp_path, name, build, code):
    pkg = build(tmp_path / f"{name}.tour")
    cache = tmp_path / "cache"
    before = files_under(tmp_path) - files_under(cache)
    result = load_tour(pkg, cache_dir=cache)
    assert [(p.code, p.path, p.file) for p in result.problems] == [(code, (), pkg.name)]
    assert result.tour is None
    after = files_under(tmp_path) - files_under(cache)
    assert after == before, "nothing may be written outside the cache"
    assert not any(p.is_file() for p in files_under(cache)), "a refused package leaves nothing behind"


def test_an_entry_that_lies_about_its_size_is_refused(tmp_path):
    pkg = make_zip(tmp_path / "t.tour", {"tour.toml": MINIMAL.encode(), "big.bin": b"a" * 5000})
    raw = bytearray(pkg.read_bytes())
    # shrink the declared size of big.bin in the central directory
    central = raw.rfind(b"PK\x01\x02")
    assert raw[central + 46 : central + 46 + 7] == b"big.bin"
    raw[central + 24 : central + 28] = (10).to_bytes(4, "little")
    pkg.write_bytes(bytes(raw))
    with pytest.raises(PackageError) as err:
        open_package(pkg, tmp_path / "cache")
    assert err.value.code == "bad-package"


def test_a_damaged_compressed_entry_is_a_bad_package(tmp_path):
    pkg = make_zip(
        tmp_path / "t.tour", {"tour.toml": MINIMAL.encode(), "images/a.png": png_bytes()}, method=zipfile.ZIP_STORED
    )
    raw = bytearray(pkg.read_bytes())
    # claim the stored (raw) bytes are deflated: inflating them fails inside zlib
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (start := raw.find(signature, start)) >= 0:
            raw[start + offset : start + offset + 2] = (8).to_bytes(2, "little")
            start += 4
    pkg.write_bytes(bytes(raw))
    result = load_tour(pkg, cache_dir=tmp_path / "cache")
    assert [p.code for p in result.problems] == ["bad-package"]
