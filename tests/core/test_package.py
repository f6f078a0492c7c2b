"""`.tour` packages: read in place, hostile ones refused, nothing written anywhere."""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path

import pytest

from tests.tourfiles import MINIMAL, png_bytes
from tourviewer.core import load_tour
from tourviewer.core.package import (
    EntryError,
    PackageChanged,
    PackageError,
    open_package,
    remove_old_extractions,
)

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


def test_package_with_tour_at_root_opens_in_place(tmp_path):
    pkg = make_zip(tmp_path / "t.tour", {"tour.toml": TOUR_WITH_IMAGE.encode(), "images/a.png": png_bytes()})
    before = files_under(tmp_path)
    result = load_tour(pkg)
    assert result.problems == []
    assert result.tour is not None and result.root is None and result.package is not None
    picture = result.media_path("images/a.png")
    assert picture is not None and picture.is_file() and picture.name == "a.png"
    assert picture.read_bytes() == png_bytes()
    assert files_under(tmp_path) == before, "nothing is extracted"


def test_package_with_a_single_top_folder_opens(tmp_path):
    pkg = make_zip(
        tmp_path / "t.tour",
        {
            "hongsung/tour.toml": TOUR_WITH_IMAGE.encode(),
            "hongsung/images/a.png": png_bytes(),
            "__MACOSX/hongsung/._tour.toml": b"junk",
        },
    )
    result = load_tour(pkg)
    assert result.problems == []
    assert result.package.top == "hongsung"
    assert result.media_path("images/a.png").read_bytes() == png_bytes()


def test_paths_in_a_package_are_judged_as_in_a_folder(tmp_path):
    toml = MINIMAL + '[[stops.images]]\nfile = "images/A.png"\nalt = "x"\ncredit = "y"\n'
    toml += '[[stops]]\nid = "b"\ntitle = "B"\n[[stops.images]]\nfile = "images"\nalt = "x"\ncredit = "y"\n'
    pkg = make_zip(tmp_path / "t.tour", {"tour.toml": toml.encode(), "images/a.png": png_bytes()})
    problems = {(p.code, p.path) for p in load_tour(pkg).problems}
    assert problems == {
        ("missing-file", ("stops", 0, "images", 0, "file")),
        ("unreadable-media", ("stops", 1, "images", 0, "file")),
    }
    said = [p.message for p in load_tour(pkg).problems if p.code == "missing-file"][0]
    assert "there is images/a.png: file names are case-sensitive" in said


def test_a_stored_entry_is_a_byte_range_of_the_package(tmp_path):
    pkg = make_zip(
        tmp_path / "t.tour",
        {"tour.toml": TOUR_WITH_IMAGE.encode(), "images/a.png": png_bytes()},
        method=zipfile.ZIP_STORED,
    )
    picture = load_tour(pkg).media_path("images/a.png")
    offset, length = picture.byte_range()
    assert pkg.read_bytes()[offset : offset + length] == png_bytes()
    with picture.open("rb") as f:
        assert f.read(8) == png_bytes()[:8]
        f.seek(0, 2)
        assert f.tell() == length and f.read() == b"", "nothing past the entry is read"


def test_a_picture_compressed_although_named_png_reads_the_same(tmp_path):
    pkg = make_zip(tmp_path / "t.tour", {"tour.toml": TOUR_WITH_IMAGE.encode(), "images/a.png": png_bytes(64, 48)})
    with zipfile.ZipFile(pkg) as z:
        assert z.getinfo("images/a.png").compress_type == zipfile.ZIP_DEFLATED
    result = load_tour(pkg)
    assert result.problems == []
    picture = result.media_path("images/a.png")
    assert picture.byte_range() is None
    assert picture.read_bytes() == png_bytes(64, 48)
    with picture.open("rb") as f:
        assert f.read() == png_bytes(64, 48)


def flip_byte_of(pkg: Path, data: bytes) -> None:
    raw = bytearray(pkg.read_bytes())
    at = raw.find(data) + len(data) // 2
    raw[at] ^= 0xFF
    pkg.write_bytes(bytes(raw))


def test_a_damaged_entry_fails_its_checksum_when_first_read(tmp_path):
    picture_bytes = png_bytes(40, 30)
    files = {"tour.toml": TOUR_WITH_IMAGE.encode(), "images/a.png": picture_bytes}
    pkg = make_zip(tmp_path / "t.tour", files, method=zipfile.ZIP_STORED)
    flip_byte_of(pkg, picture_bytes[40:])  # in the pixels: the header still reads
    result = load_tour(pkg)
    assert result.problems == [], "the viewer does not read every picture whole when it opens a tour"
    with pytest.raises(EntryError, match="checksum"):
        result.media_path("images/a.png").read_bytes()
    verified = load_tour(pkg, verify=True)
    assert [(p.code, p.path) for p in verified.problems] == [("unreadable-media", ("stops", 0, "images", 0, "file"))]


def test_a_damaged_tour_toml_is_a_bad_package(tmp_path):
    pkg = make_zip(tmp_path / "t.tour", {"tour.toml": MINIMAL.encode()}, method=zipfile.ZIP_STORED)
    flip_byte_of(pkg, b'title = "T"')
    result = load_tour(pkg)
    assert [(p.code, p.file) for p in result.problems] == [("bad-package", "t.tour")]
    assert "checksum" in result.problems[0].message


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
    before = files_under(tmp_path)
    result = load_tour(pkg)
    assert [(p.code, p.path, p.file) for p in result.problems] == [(code, (), pkg.name)]
    assert result.tour is None
    assert files_under(tmp_path) == before, "opening a package writes nothing"


def test_an_entry_that_lies_about_its_size_is_refused(tmp_path):
    toml = MINIMAL + 'audio = "big.bin"\n'
    pkg = make_zip(tmp_path / "t.tour", {"tour.toml": toml.encode(), "big.bin": b"a" * 5000})
    raw = bytearray(pkg.read_bytes())
    # shrink the declared size of big.bin in the central directory
    central = raw.rfind(b"PK\x01\x02")
    assert raw[central + 46 : central + 46 + 7] == b"big.bin"
    raw[central + 24 : central + 28] = (10).to_bytes(4, "little")
    pkg.write_bytes(bytes(raw))
    result = load_tour(pkg, verify=True)
    assert [(p.code, p.path) for p in result.problems] == [("unreadable-media", ("stops", 0, "audio"))]
    with pytest.raises(EntryError, match="declares"):
        result.media_path("big.bin").read_bytes()  # never more than it declares


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
    result = load_tour(pkg)
    assert [p.code for p in result.problems] == ["bad-package"]


def test_a_package_replaced_or_cut_short_is_never_read_as_the_old_one(tmp_path):
    pkg = make_zip(tmp_path / "t.tour", {"tour.toml": TOUR_WITH_IMAGE.encode(), "images/a.png": png_bytes()})
    result = load_tour(pkg)
    picture = result.media_path("images/a.png")
    assert picture.is_file() and result.package.problem() is None
    other = make_zip(tmp_path / "other.tour", {"tour.toml": TOUR_WITH_IMAGE.encode(), "images/a.png": png_bytes(9, 9)})
    other.replace(pkg)  # the same name, another package
    assert not picture.is_file()
    assert "changed or replaced" in result.package.problem()
    with pytest.raises(PackageChanged):
        picture.read_bytes()
    again = load_tour(pkg)  # opening it again reads the new one
    assert again.media_path("images/a.png").read_bytes() == png_bytes(9, 9)
    with pkg.open("r+b") as f:
        f.truncate(100)
    assert "cut short" in again.package.problem()
    with pytest.raises(PackageChanged):
        again.media_path("images/a.png").read_bytes()
    pkg.unlink()
    assert "is gone" in again.package.problem()
    with pytest.raises(OSError):
        again.media_path("images/a.png").open("rb")


def test_old_extractions_are_removed_and_nothing_else(tmp_path):
    cache = tmp_path / "cache"
    outside = tmp_path / "precious"
    outside.mkdir()
    (outside / "tour.toml").write_text(MINIMAL)
    extraction = cache / ("c" * 32)
    (extraction / "images").mkdir(parents=True)
    (extraction / "images" / "escape").symlink_to(outside, target_is_directory=True)
    (extraction / ".complete").write_text("ok\n")
    staging = cache / ".extract-abc123"
    staging.mkdir()
    link = cache / ("a" * 32)  # named like an extraction, but a link to a folder elsewhere
    link.symlink_to(outside, target_is_directory=True)
    own = cache / "audio"  # not a name earlier versions used
    own.mkdir()
    (cache / ("b" * 32)).write_text("a file, not an extraction")
    assert remove_old_extractions(cache) == 2
    assert not extraction.exists() and not staging.exists()
    assert (outside / "tour.toml").read_text() == MINIMAL, "a link inside an extraction is not followed"
    assert link.is_symlink() and own.is_dir() and (cache / ("b" * 32)).is_file()
    assert remove_old_extractions(cache) == 0
    assert remove_old_extractions(tmp_path / "no-cache") == 0


def test_old_extractions_in_the_default_cache_are_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("TOURVIEWER_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "cache" / ("d" * 32)).mkdir(parents=True)
    assert remove_old_extractions() == 1


def test_open_package_reads_only_the_central_directory(tmp_path):
    pkg = make_zip(tmp_path / "t.tour", {"tour.toml": MINIMAL.encode(), "images/a.png": png_bytes()})
    package = open_package(pkg)
    assert set(package.entries) == {"tour.toml", "images/a.png"} and package.folders == {"images"}
    assert package.directory_hash == open_package(pkg).directory_hash
    with pytest.raises(PackageError):
        open_package(make_zip(tmp_path / "x.tour", {"readme.txt": b"hello"}))
