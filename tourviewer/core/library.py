"""Where tours come from: the sample tours shipped with the program, the user's tours
folder and recently opened tours; and the card the start screen shows for each."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tourviewer.core.loader import LoadResult
from tourviewer.core.package import PACKAGE_SUFFIX, TourPath
from tourviewer.core.resources import sample_tours_folder


@dataclass(frozen=True)
class TourCard:
    """What the library shows of one tour."""

    source: Path
    tour_id: str | None
    title: str
    subtitle: str
    stops: int
    languages: list[str]
    cover: TourPath | None
    errors: int
    warnings: int
    visited: int = 0


def tours_in(folder: Path) -> list[Path]:
    """Tour folders and `.tour` packages directly inside `folder`."""
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.iterdir()
        if (p.is_dir() and (p / "tour.toml").is_file()) or (p.is_file() and p.suffix.lower() == PACKAGE_SUFFIX)
    ]
    return sorted(found)


def sample_tour_folders() -> list[Path]:
    return tours_in(sample_tours_folder())


def card_for(result: LoadResult, language: str | None = None, visited: int = 0) -> TourCard:
    tour = result.tour
    if tour is None:
        return TourCard(
            result.source, None, result.source.name, "", 0, [], None, len(result.errors), len(result.warnings)
        )
    lang = language or tour.default_language
    cover = result.media_path(tour.cover_file) if tour.cover_file else None
    return TourCard(
        source=result.source,
        tour_id=tour.id,
        title=tour.text(tour.title, lang),
        subtitle=tour.text(tour.subtitle, lang),
        stops=len(tour.stops),
        languages=list(tour.languages),
        cover=cover,
        errors=len(result.errors),
        warnings=len(result.warnings),
        visited=visited,
    )
