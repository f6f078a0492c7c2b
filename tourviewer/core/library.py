"""Where tours come from: the sample tours shipped with the program, and paths given to it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tourviewer.core.loader import LoadResult, load_tour

SAMPLE_TOURS = Path(__file__).resolve().parents[2] / "tours"


@dataclass(frozen=True)
class TourCard:
    """What the library shows of one tour."""

    source: Path
    title: str
    subtitle: str
    stops: int
    languages: list[str]
    cover: Path | None
    errors: int
    warnings: int


def sample_tour_folders() -> list[Path]:
    if not SAMPLE_TOURS.is_dir():
        return []
    return sorted(p for p in SAMPLE_TOURS.iterdir() if (p / "tour.toml").is_file())


def card_for(result: LoadResult, language: str | None = None) -> TourCard:
    tour = result.tour
    if tour is None:
        return TourCard(result.source, result.source.name, "", 0, [], None, len(result.errors), len(result.warnings))
    lang = language or tour.default_language
    cover = result.media_path(tour.cover_file) if tour.cover_file else None
    return TourCard(
        source=result.source,
        title=tour.text(tour.title, lang),
        subtitle=tour.text(tour.subtitle, lang),
        stops=len(tour.stops),
        languages=list(tour.languages),
        cover=cover,
        errors=len(result.errors),
        warnings=len(result.warnings),
    )


def load_cards(paths: list[Path]) -> list[TourCard]:
    return [card_for(load_tour(p)) for p in paths]
