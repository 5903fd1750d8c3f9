"""Files of every supported kind become article text; bad files get a reason, not a crash."""

import io

import pytest

from factcheck.articles.ingest import IngestError, read_upload

ARTICLE = "Iranian state television said Iran had fired 15 ballistic missiles at US targets in Iraq."
LIMIT = 1024 * 1024


def test_plain_text_in_utf8_keeps_its_words():
    assert read_upload("strike.txt", ARTICLE.encode("utf-8"), max_bytes=LIMIT).body == ARTICLE


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "Le ministère a déclaré que 15 missiles avaient été tirés – “aucune” victime française."),
        ("utf-16", "Le ministère a déclaré que 15 missiles avaient été tirés – “aucune” victime française."),
        ("utf-8-sig", "Le ministère a déclaré que 15 missiles avaient été tirés – “aucune” victime française."),
        ("latin-1", "Das Ministerium erklärte, dass 15 Raketen abgefeuert wurden; es gäbe keine Opfer."),
        ("cp1251", "Министерство сообщило о 15 ракетах и никаких жертвах среди военных."),
    ],
)
def test_text_in_common_encodings_is_decoded(encoding, text):
    assert read_upload("a.txt", text.encode(encoding), max_bytes=LIMIT).body == text


def test_html_page_is_reduced_to_its_article_text():
    html = f"""<html><head><title>Iran fires missiles</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Iran fires missiles at US bases</h1><p>{ARTICLE}</p>
    <p>More than 5,000 US troops remain in Iraq along with other foreign forces.</p>
    <script>document.write("advert")</script></article>
    <footer>Copyright 2020 Example News. All rights reserved.</footer></body></html>"""
    article = read_upload("page.html", html.encode("utf-8"), max_bytes=LIMIT)
    assert ARTICLE in article.body
    assert "More than 5,000 US troops" in article.body
    assert "advert" not in article.body and "Copyright" not in article.body
    assert article.title == "Iran fires missiles at US bases"  # the headline, not the <title> tag


def test_markdown_loses_its_markup():
    article = read_upload("note.md", f"# Strikes\n\n**Iranian state television** said Iran had fired 15 missiles.\n\n- {ARTICLE}".encode(), max_bytes=LIMIT)
    assert "**" not in article.body and "#" not in article.body
    assert "Iranian state television said Iran had fired 15 missiles." in article.body


def test_docx_paragraphs_become_paragraphs():
    import docx

    document = docx.Document()
    document.add_paragraph(ARTICLE)
    document.add_paragraph("More than 5,000 US troops remain in Iraq.")
    buffer = io.BytesIO()
    document.save(buffer)
    article = read_upload("story.docx", buffer.getvalue(), max_bytes=LIMIT)
    assert article.body == f"{ARTICLE}\n\nMore than 5,000 US troops remain in Iraq."


def test_title_falls_back_to_the_file_name():
    assert read_upload("iran-missile_strikes.txt", ARTICLE.encode(), max_bytes=LIMIT).title == "iran missile strikes"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("big.txt", b"a" * (LIMIT + 1), "limit"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        ("renamed.txt", b"%PDF-1.7\n" + b"x" * 200, "PDF"),
        ("sheet.xlsx", ARTICLE.encode(), "not supported"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "Word"),
        ("broken.pdf", b"%PDF-1.4 garbage", "PDF"),
        ("blank.txt", b"   \n\n 12 34 \n", "no article text"),
        ("page.html", b"<html><body><script>var x = 1;</script></body></html>", "no article text"),
    ],
)
def test_bad_files_are_refused_with_a_reason(name, data, reason):
    with pytest.raises(IngestError, match=reason):
        read_upload(name, data, max_bytes=LIMIT)
