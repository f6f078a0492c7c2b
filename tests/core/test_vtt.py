"""WebVTT cues: timings, text without markup, the cue spoken at a time."""

from tourviewer.core.vtt import Cue, cue_at, parse_vtt

TEXT = """\ufeffWEBVTT - sample

NOTE a comment block

intro
00:00.000 --> 00:02.500
<v Guide>Welcome to <b>Gunsan</b>.

00:00:03.000 --> 00:00:05.000 align:start
SK E&amp;S provided the office &lt;town&gt;.
A second line.

01:00:00.000 --> 01:00:01.000
An hour later.
"""


def test_cues_are_parsed_with_times_and_plain_text():
    cues = parse_vtt(TEXT)
    assert cues == [
        Cue(0, 2500, "Welcome to Gunsan."),
        Cue(3000, 5000, "SK E&S provided the office <town>. A second line."),
        Cue(3_600_000, 3_601_000, "An hour later."),
    ]


def test_the_cue_at_a_time():
    cues = parse_vtt(TEXT)
    assert cue_at(cues, 0) == 0
    assert cue_at(cues, 2600) is None
    assert cue_at(cues, 4999) == 1
    assert cue_at(cues, 5000) is None
    assert cue_at([], 10) is None
