"""Korean place names in Latin letters: the Revised Romanization of Korean (2000).

Hangul syllables are split into their letters and spelled as they are said:
a final consonant moves to a following syllable that starts with ㅇ (liaison),
k/t/p become ng/n/m before n or m and before ㄹ (nasalization), n and l together
become ll, and ㅎ makes a neighbouring g/d/j aspirated. Tense consonants the
spelling does not show (as in 옥구, okgu) are not marked, as the system says;
palatalization (굳이, guji) is not applied, which place names seldom need.
Anything that is not a Hangul syllable is kept as it is.
"""

from __future__ import annotations

INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
VOWELS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
    "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i",
)  # fmt: skip
# The final letters, by index: none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
# How each sounds at the end of a syllable: one of k, n, t, l, m, p, ng (or nothing).
FINAL_SOUND = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
    "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip
# What a final letter sounds like when it moves on to a following ㅇ: (stays behind, moves on).
LIAISON = {
    1: ("", "g"), 2: ("", "kk"), 3: ("k", "s"), 4: ("", "n"), 5: ("n", "j"), 6: ("n", ""), 7: ("", "d"),
    8: ("", "r"), 9: ("l", "g"), 10: ("l", "m"), 11: ("l", "b"), 12: ("l", "s"), 13: ("l", "t"), 14: ("l", "p"),
    15: ("", "r"), 16: ("", "m"), 17: ("", "b"), 18: ("p", "s"), 19: ("", "s"), 20: ("", "ss"), 22: ("", "j"),
    23: ("", "ch"), 24: ("", "k"), 25: ("", "t"), 26: ("", "p"), 27: ("", ""),
}  # fmt: skip
NASAL = {"k": "ng", "t": "n", "p": "m"}
ASPIRATED = {"g": "k", "d": "t", "j": "ch", "b": "p"}
FIRST, LAST = 0xAC00, 0xD7A3
N_INITIAL, M_INITIAL, R_INITIAL, SILENT, H_INITIAL = 2, 6, 5, 11, 18
H_FINAL = 27


def _letters(char: str) -> tuple[int, int, int] | None:
    code = ord(char)
    if not FIRST <= code <= LAST:
        return None
    index = code - FIRST
    return index // 588, (index % 588) // 28, index % 28


def _join(final: int, initial: int) -> tuple[str, str]:
    """How one syllable's final and the next one's initial are written, side by side."""
    sound = FINAL_SOUND[final]
    if initial == SILENT and final in LIAISON:
        return LIAISON[final]
    if final == H_FINAL:  # ㅎ before g, d, j aspirates them; before anything else it is not heard
        start = INITIALS[initial]
        return "", ASPIRATED.get(start, "ss" if start == "s" else start)
    if initial == H_INITIAL and sound in ("k", "t", "p"):
        return sound, "h"
    if initial == R_INITIAL:
        if sound in ("l", "n"):
            return "l", "l"
        if sound:  # ㄹ after any other consonant is said n, and k/t/p before it nasalize
            return NASAL.get(sound, sound), "n"
        return "", "r"
    if initial in (N_INITIAL, M_INITIAL):
        if sound == "l" and initial == N_INITIAL:
            return "l", "l"
        return NASAL.get(sound, sound), INITIALS[initial]
    return sound, INITIALS[initial]


def romanize(text: str) -> str:
    """Hangul in Latin letters: "장곡" -> "janggok", "종로" -> "jongno"; other characters are kept."""
    out: list[str] = []
    syllables = [_letters(ch) for ch in text]
    for i, (char, letters) in enumerate(zip(text, syllables, strict=True)):
        if letters is None:
            out.append(char)
            continue
        initial, vowel, final = letters
        before = syllables[i - 1] if i > 0 else None
        after = syllables[i + 1] if i + 1 < len(syllables) else None
        start = _join(before[2], initial)[1] if before is not None else INITIALS[initial]
        end = _join(final, after[0])[0] if after is not None else FINAL_SOUND[final]
        out.append(start + VOWELS[vowel] + end)
    return "".join(out)
