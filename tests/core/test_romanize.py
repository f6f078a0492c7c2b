"""Korean place names in Latin letters, by the Revised Romanization's own examples and the sample tours' names."""

from __future__ import annotations

import pytest

from tourviewer.core.romanize import romanize


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [
        ("장곡", "janggok"),  # k at the end of a syllable
        ("홍동", "hongdong"),
        ("광천", "gwangcheon"),
        ("월명", "wolmyeong"),
        ("오식도", "osikdo"),
        ("비응도", "bieungdo"),
        ("옥구", "okgu"),  # tensing is not written
        ("은하", "eunha"),
        ("영화", "yeonghwa"),
        ("신라", "silla"),  # n + r -> ll
        ("설날", "seollal"),  # l + n -> ll
        ("종로", "jongno"),  # r after ng -> n
        ("백마", "baengma"),  # k before m -> ng
        ("독립", "dongnip"),  # k + r -> ng + n
        ("중앙로", "jungangno"),
        ("합정", "hapjeong"),
        ("좋고", "joko"),  # h + g -> k
        ("묵호", "mukho"),
        ("울산", "ulsan"),
        ("값이", "gapsi"),  # a double final: one letter stays, one moves on
        ("닭", "dak"),
        ("Seoul 서울", "Seoul seoul"),  # other characters are kept
    ],
)
def test_revised_romanization(hangul, latin):
    assert romanize(hangul) == latin
