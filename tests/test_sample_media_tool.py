"""tools/make_sample_media.py: sentences for the narration cues, and which recordings a run writes."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def media():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        spec = importlib.util.spec_from_file_location("make_sample_media", ROOT / "tools" / "make_sample_media.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # its dataclasses look their module up
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop("make_sample_media", None)
        sys.path.remove(str(ROOT / "tools"))


def test_japanese_and_chinese_sentences_end_at_full_width_marks_without_a_space(media):
    assert media.split_sentences("ようこそ。ここはホンソンです！分かりますか？はい") == [
        "ようこそ。",
        "ここはホンソンです！",
        "分かりますか？",
        "はい",
    ]
    assert media.split_sentences("欢迎来到洪城。这里有很多合作社！真的吗？") == [
        "欢迎来到洪城。",
        "这里有很多合作社！",
        "真的吗？",
    ]


def test_a_closing_quote_stays_with_its_sentence(media):
    assert media.split_sentences("「協同組合です。」次へ。") == ["「協同組合です。」", "次へ。"]
    assert media.split_sentences('He said "go." Then he left.') == ['He said "go."', "Then he left."]


def test_latin_sentences_still_need_a_space_and_keep_abbreviations(media):
    assert media.split_sentences("Dr. Kim farms 3.5 ha here. It is small, e.g. two fields. Next stop.") == [
        "Dr. Kim farms 3.5 ha here.",
        "It is small, e.g. two fields.",
        "Next stop.",
    ]
    assert media.split_sentences("Selamat datang! Ini koperasi? ya.") == ["Selamat datang!", "Ini koperasi? ya."]
    assert media.split_sentences("홍성에 오신 것을 환영합니다. 다음 정류장입니다.") == [
        "홍성에 오신 것을 환영합니다.",
        "다음 정류장입니다.",
    ]


TOUR = """\
title = "T"
languages = ["en", "ko", "ja", "zh-Hans", "xx"]

[[stops]]
id = "one"
title = "One"
location = [36.6, 126.6]
narration = {{ en = "One. Two.", ko = "하나. 둘.", ja = "{ja}", zh-Hans = "一。二。", xx = "x" }}
"""


def fake_synthesize(sentences, lang, ogg, vtt):
    ogg.parent.mkdir(parents=True, exist_ok=True)
    ogg.write_bytes(f"new {lang}".encode())
    vtt.write_text("WEBVTT\n\n" + "\n".join(sentences), encoding="utf-8")
    return 1.0


def make_tours(tmp_path: Path, ja: str) -> Path:
    for name in ("hongsung", "gunsan"):
        (tmp_path / name / "audio").mkdir(parents=True)
        (tmp_path / name / "tour.toml").write_text(TOUR.format(ja=ja), encoding="utf-8")
        for lang in ("en", "ko"):
            (tmp_path / name / "audio" / f"one.{lang}.ogg").write_bytes(b"old")
    return tmp_path


def audio_files(tours: Path) -> dict[str, bytes]:
    return {str(p.relative_to(tours)): p.read_bytes() for p in sorted(tours.glob("*/audio/*"))}


def test_tour_and_lang_regenerate_only_those_recordings(media, tmp_path, monkeypatch):
    tours = make_tours(tmp_path, ja="ひとつ。ふたつ。")
    monkeypatch.setattr(media, "synthesize", fake_synthesize)
    monkeypatch.setattr(media, "check_dependencies", lambda kinds: None)
    before = audio_files(tours)

    assert media.main(["--tours-dir", str(tours), "--tour", "hongsung", "--lang", "zh-Hans", "--lang", "ja"]) == 0

    after = audio_files(tours)
    new = {k: v for k, v in after.items() if before.get(k) != v}
    assert sorted(new) == [
        "hongsung/audio/one.ja.ogg",
        "hongsung/audio/one.ja.vtt",
        "hongsung/audio/one.zh-Hans.ogg",
        "hongsung/audio/one.zh-Hans.vtt",
    ]
    assert all(after[k] == v for k, v in before.items())  # en, ko and the other tour untouched
    assert after["hongsung/audio/one.zh-Hans.vtt"].decode() == "WEBVTT\n\n一。\n二。"


def test_japanese_with_kanji_gets_no_recording_without_a_kana_reading(media, tmp_path, monkeypatch, capsys):
    tours = make_tours(tmp_path, ja="協同組合です。")
    monkeypatch.setattr(media, "synthesize", fake_synthesize)
    monkeypatch.setattr(media, "japanese_tagger", lambda: None)

    assert media.make_audio(tours, ["gunsan"], ["ja"]) == []
    assert "no recording" in capsys.readouterr().out
    assert not (tours / "gunsan" / "audio" / "one.ja.ogg").exists()


def test_a_language_no_tour_has_is_an_error_and_writes_nothing(media, tmp_path, monkeypatch, capsys):
    tours = make_tours(tmp_path, ja="ひとつ。")
    monkeypatch.setattr(media, "synthesize", fake_synthesize)
    before = audio_files(tours)

    assert media.make_audio(tours, None, ["zh-hant"]) is None
    assert "--lang zh-hant" in capsys.readouterr().err
    assert audio_files(tours) == before


def test_lang_does_not_go_with_other_kinds(media):
    with pytest.raises(SystemExit):
        media.main(["--only", "maps", "--lang", "ja"])


def test_japanese_is_spoken_from_its_kana_reading_word_by_word(media):
    spoken = media.spoken_text("協同組合は若者が農業を学ぶ場所です。", "ja")
    assert not media.KANJI.search(spoken)
    assert spoken.replace(" ", "") == "キョードークミアイワワカモノガノーギョーオマナブバショデス。"
    assert " ワ " in spoken and " ガ " in spoken  # particles said as spoken, words apart


def test_japanese_reading_avoids_what_espeak_spells_out(media):
    spoken = media.spoken_text("韓国・忠清南道の食品会社プルムウォン、2021年3月、約1,000坪。", "ja")
    assert "・" not in spoken and "ウォ" not in spoken and "1,000" not in spoken
    assert "1000" in spoken and "3 ガツ" in spoken


def test_japanese_numbers_are_said_with_their_counters(media):
    def said(text):
        return media.spoken_text(text, "ja").replace(" ", "")

    assert said("2014年4月14日に") == "2014ネン4ガツジューヨッカニ"
    assert said("3日間の") == "ミッカカンノ"
    assert said("2日目に") == "フツカメニ"
    assert said("教え子2人と温室1棟") == "オシエゴフタリトオンシツ1トー"
    assert said("組合員は26人") == "クミアイインワ26ニン"
    assert said("2つの農場") == "フタツノノージョー"
    assert said("3～6か月") == "3カラ6カゲツ"


def test_a_korean_village_is_a_ri_in_japanese(media):
    assert "トサン リ" in media.spoken_text("同じトサン里に協同組合があります。", "ja")
    assert "サト" in media.spoken_text("里山を歩きます。", "ja")


def test_kana_narration_is_spoken_as_written(media):
    assert media.spoken_text("ようこそ。", "ja") == "ようこそ。"


def test_thousands_commas_are_dropped_only_where_the_voice_misreads_them(media):
    assert media.spoken_text("seluas 1,000 pyeong, 4,500 pyeong dan 3,14", "ms") == (
        "seluas 1000 pyeong, 4500 pyeong dan 3,14"
    )
    assert media.spoken_text("约1,000坪", "zh-Hans") == "约1000坪"
    assert media.spoken_text("about 1,000 pyeong", "en") == "about 1,000 pyeong"
    assert media.spoken_text("약 1,000평", "ko") == "약 1,000평"


def test_chinese_reads_names_with_their_own_voices_and_comes_back_to_its_own(media):
    runs = media.other_voices("zh-Hans")
    ssml = media.with_other_voices("曾在 Pulmu 学校任教，韩语名为 젊은협업농장。", runs, "cmn-latn-pinyin")
    assert ssml == (
        '<speak><voice name="cmn-latn-pinyin">曾在 </voice><voice name="en">Pulmu</voice>'
        '<voice name="cmn-latn-pinyin"> 学校任教，韩语名为 </voice><voice name="ko">젊은협업농장</voice>'
        '<voice name="cmn-latn-pinyin">。</voice></speak>'
    )


def test_english_keeps_its_korean_names_markup(media):
    ssml = media.with_other_voices("This is 젊은협업농장, in Dosan-ri & more.", media.other_voices("en"))
    assert ssml == '<speak>This is <voice name="ko">젊은협업농장</voice>, in Dosan-ri &amp; more.</speak>'
    assert media.other_voices("ko") == []


def test_chinese_and_japanese_lines_join_without_a_space(media):
    md = "这是一次\n虚拟导览。写作\nHongsung，旧拼法。\n\n한국어\n문장입니다.\n\nAn English\nline."
    assert media.markdown_blocks(md) == [
        "这是一次虚拟导览。写作 Hongsung，旧拼法。",
        "한국어 문장입니다.",
        "An English line.",
    ]


def test_japanese_reads_latin_words_with_the_english_voice(media):
    sentence = "ここにローカライズ・クンサン（Local:Rise Gunsan、韓国語で 로컬라이즈 군산）とSK E&Sの拠点があります。"
    spoken = media.spoken_text(sentence, "ja")
    assert not media.KANJI.search(spoken)
    # Each run of Latin words stays whole for the English voice, which would say "colon" for ':'.
    ssml = media.with_other_voices(spoken, media.other_voices("ja"))
    assert '<voice name="en">Local Rise Gunsan</voice>' in ssml
    assert '<voice name="en">SK E&amp;S</voice>' in ssml
    assert '<voice name="ko">로컬라이즈 군산</voice>' in ssml
    assert ssml.count("<voice") == 3  # the Japanese around them is left to the Japanese voice
    assert ssml.startswith("<speak>ココ ニ ローカライズ ")
    spoken = media.spoken_text("英語では Hongsung と書きます。", "ja")
    assert spoken.replace(" ", "") == "エーゴデワHongsungトカキマス。"
    assert media.spoken_text("ほかに Kunsan とも。", "ja") == "ほかに Kunsan とも。"  # kana only: as written


def test_an_ampersand_is_escaped_once_whichever_voice_reads_it(media):
    ssml = media.with_other_voices("能源企业 SK E&S 提供了", media.other_voices("zh-Hans"), "cmn-latn-pinyin")
    assert "amp" not in ssml.replace("&amp;", "")
    assert ssml.count("&amp;") == 1
