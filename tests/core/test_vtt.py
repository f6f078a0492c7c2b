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


# -- the W3C WebVTT parsing rules, one test each ------------------------------------------------
def texts(source: str) -> list[str]:
    return [c.text for c in parse_vtt(source)]


def test_signature_must_be_webvtt_then_space_tab_newline_or_end():
    assert texts("WEBVTT\n\n00:01.000 --> 00:02.000\nA\n") == ["A"]
    assert texts("WEBVTT\tfile\n\n00:01.000 --> 00:02.000\nA\n") == ["A"]
    assert texts("\ufeffWEBVTT\n\n00:01.000 --> 00:02.000\nA\n") == ["A"]
    assert texts("WEBVTTX\n\n00:01.000 --> 00:02.000\nA\n") == []
    assert texts("webvtt\n\n00:01.000 --> 00:02.000\nA\n") == []
    assert texts("WEBVTT") == []


def test_crlf_and_cr_line_ends_are_line_feeds():
    assert texts("WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nA\r\nB\r\n") == ["A B"]
    assert texts("WEBVTT\r\r00:01.000 --> 00:02.000\rA\r") == ["A"]


def test_header_lines_such_as_x_timestamp_map_are_read_past():
    source = (
        "WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000\n\n"
        "STYLE\n::cue { color: lime }\n\n"
        "1\n00:00.000 --> 00:01.000\nOne\n\n2\n00:01.000 --> 00:02.000\nTwo\n\n"
        "3\n00:02.000 --> 00:03.000\nThree\n\n4\n00:03.000 --> 00:04.000\nFour\n"
    )
    assert texts(source) == ["One", "Two", "Three", "Four"]


def test_a_cue_right_after_the_header_lines_starts_its_own_block():
    source = "WEBVTT\nKind: captions\n00:00.000 --> 00:01.000\nFirst\n"
    assert texts(source) == ["First"]


def test_note_style_and_region_blocks_are_not_cues():
    source = (
        "WEBVTT\n\nNOTE this is\na comment\n\nSTYLE\n::cue { color: red }\n\n"
        "REGION\nid:fred width:40%\n\n00:01.000 --> 00:02.000\nSpoken\n"
    )
    assert texts(source) == ["Spoken"]


def test_an_arrow_further_down_a_cue_ends_it_and_starts_the_next():
    source = "WEBVTT\n\n00:01.000 --> 00:02.000\nOne\n00:02.000 --> 00:03.000\nTwo\n"
    assert texts(source) == ["One", "Two"]


def test_cue_text_that_looks_like_timing_on_its_third_line_becomes_a_cue():
    source = (
        "WEBVTT\n\n00:00.000 --> 00:01.000\nOne\n\n00:01.000 --> 00:02.000\nTwo\n"
        "00:02.000 --> 00:03.000 is when\nit ends\n\n00:03.000 --> 00:04.000\nFour\n"
    )
    assert texts(source) == ["One", "Two", "it ends", "Four"]  # "is when" reads as cue settings


def test_an_identifier_is_the_line_before_the_timings_and_holds_no_arrow():
    [cue] = parse_vtt("WEBVTT\n\nintro\n00:01.000 --> 00:02.000\nHello\n")
    assert (cue.identifier, cue.text) == ("intro", "Hello")
    [cue] = parse_vtt("WEBVTT\n\nintro --> part\n00:01.000 --> 00:02.000\nHello\n")
    assert (cue.identifier, cue.text) == ("", "Hello")  # the arrow line fails as timings; the next starts a cue


def test_a_block_whose_timings_do_not_parse_is_dropped():
    source = "WEBVTT\n\n00:01.000 -> 00:02.000\nLost\n\n00:01.00 --> 00:02.000\nLost\n\n00:03.000 --> 00:04.000\nKept\n"
    assert texts(source) == ["Kept"]


def test_timestamps_follow_the_rules_for_units():
    from tourviewer.core.vtt import parse_timestamp

    assert parse_timestamp("01:02.003") == (62_003, 9)
    assert parse_timestamp("1:02:03.004") == (3_723_004, 11)
    assert parse_timestamp("100:00:00.000")[0] == 360_000_000
    assert parse_timestamp("60:00.000") is None  # over 59 the first part is hours, and a third part is needed
    assert parse_timestamp("00:60.000") is None  # seconds at most 59
    assert parse_timestamp("00:00:60.000") is None
    assert parse_timestamp("00:00.0000") is None  # exactly three digits
    assert parse_timestamp("0:00.000") is None  # one digit is hours, which need a third part
    assert parse_timestamp("00:0.000") is None
    assert parse_timestamp("٠٠:٠١.٠٠٠") is None  # ASCII digits only


def test_cue_settings_and_whitespace_around_the_arrow():
    [cue] = parse_vtt("WEBVTT\n\n  00:01.000\t-->\t00:02.000 align:start line:0\nHi\n")
    assert (cue.start_ms, cue.end_ms) == (1000, 2000)


def test_cue_text_loses_tags_and_timestamp_tags_and_decodes_references():
    line = "<v.loud Guide>Hi <00:02.000>there &amp; <c.x>you</c>&nbsp;</v>"
    [cue] = parse_vtt(f"WEBVTT\n\n00:01.000 --> 00:05.000\n{line}\n")
    assert cue.text == "Hi there & you"


def test_a_nul_character_is_replaced_and_does_not_stop_parsing():
    assert texts("WEBVTT\n\n00:01.000 --> 00:02.000\nA\0B\n") == ["A\ufffdB"]


def test_cues_keep_file_order_for_equal_starts_and_are_sorted_by_start():
    source = (
        "WEBVTT\n\n00:05.000 --> 00:06.000\nLate\n\n00:01.000 --> 00:02.000\nEarly\n\n"
        "00:01.000 --> 00:03.000\nAlso\n"
    )
    assert texts(source) == ["Early", "Also", "Late"]
