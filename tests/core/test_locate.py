"""Key paths to lines and columns in a TOML text."""

from tourviewer.core.locate import KeyLocator

TEXT = '''# a comment with = and [brackets]
format = 1
title = { en = "T", ko = "티" }
narration = """
[[not.a.table]]
key = "inside a string"
"""
links = [
  { title = "a", url = "https://a" },
  { title = "b", url = "https://b" },  # trailing comment
]
[map]
bounds.west = 3
[[stops]]
id = 'a'
[[stops.images]]
file = "x.png"
[[stops]]
"quoted key" = 1
[[stops.images]]
[[stops.images]]
file = "y.png"
'''


def test_keys_tables_and_array_elements_are_located():
    locate = KeyLocator(TEXT).locate
    assert locate(("format",)) == (2, 1)
    assert locate(("title", "ko")) == (3, 21)
    assert locate(("links", 1, "url")) == (10, 18)
    assert locate(("map",)) == (12, 1)
    assert locate(("map", "bounds", "west")) == (13, 1)
    assert locate(("stops", 0, "id")) == (15, 1)
    assert locate(("stops", 0, "images", 0, "file")) == (17, 1)
    assert locate(("stops", 1)) == (18, 1)
    assert locate(("stops", 1, "quoted key")) == (19, 1)
    assert locate(("stops", 1, "images", 1, "file")) == (22, 1)


def test_strings_that_look_like_toml_are_skipped():
    assert KeyLocator(TEXT).locate(("not",)) is None


def test_unknown_paths_fall_back_to_the_nearest_parent():
    locate = KeyLocator(TEXT).locate
    assert locate(("stops", 0, "title")) == (14, 1)
    assert locate(("nothing",)) is None
