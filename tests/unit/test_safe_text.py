"""User text is never read as markup, and unprintable characters are left out."""

from __future__ import annotations

from maatwerkdesk.reports.safe_text import paragraph_text, printable


def test_markup_is_escaped_and_breaks_are_kept() -> None:
    assert paragraph_text("<b>a</b> & b\nc") == "&lt;b&gt;a&lt;/b&gt; &amp; b<br/>c"
    assert printable("a\x00b\r\nc\td\ud800") == "ab\nc d"
    assert printable("\u202eomgekeerd\u202c\ufeff\u200b") == "omgekeerd"
