"""Turn an uploaded file into article text.

Plain functions over bytes: every failure is an IngestError whose message an editor can act on.
"""

from __future__ import annotations

import datetime
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath

import charset_normalizer

SUPPORTED_EXTENSIONS = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf")

# A text file with more NULs or control characters than this share is a binary file renamed.
MAX_CONTROL_CHAR_SHARE = 0.01
# Tie-breaker between code pages that decode a text equally well, most common first.
PREFERRED_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "cp1251", "cp1250")
# Below this many letters an article has no sentences to find claims in.
MIN_ARTICLE_LETTERS = 20


class IngestError(ValueError):
    """The file cannot become an article; the message says why, for the editor."""


@dataclass(frozen=True)
class ArticleText:
    body: str
    title: str = ""
    published: datetime.date | None = None
    url: str = ""


def read_upload(name: str, data: bytes, *, max_bytes: int) -> ArticleText:
    """The article in an uploaded file, by its extension."""
    if not data:
        raise IngestError("the file is empty")
    if len(data) > max_bytes:
        raise IngestError(f"the file is {len(data):,} bytes; the limit is {max_bytes:,}")
    extension = PurePath(name).suffix.lower()
    if extension in (".html", ".htm"):
        article = from_html(decode_text(data))
    elif extension == ".docx":
        article = from_docx(data)
    elif extension == ".pdf":
        article = from_pdf(data)
    elif extension in (".md", ".markdown"):
        article = from_markdown(decode_text(data))
    elif extension in (".txt", ".text", ""):
        article = from_plain_text(decode_text(data))
    else:
        raise IngestError(f"{extension} files are not supported; upload one of {', '.join(SUPPORTED_EXTENSIONS)}")
    if not article.title:
        article = ArticleText(article.body, title_from_filename(name), article.published, article.url)
    return article


def from_pasted_text(text: str) -> ArticleText:
    return from_plain_text(text)


def decode_text(data: bytes) -> str:
    """Bytes in any common encoding as text; binary data is refused, not garbled."""
    if data.startswith(b"%PDF") or data.startswith(b"PK\x03\x04"):
        raise IngestError("this is a PDF or Word/zip file with a text extension; upload it with its own extension")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError("the file is binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise IngestError("the file's text encoding could not be recognised; save it as UTF-8 and upload again")
    best = matches[0]
    # Short texts often fit several code pages equally well; then take the one most
    # newsrooms' Windows machines write.
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    preferred = next((m for name in PREFERRED_ENCODINGS for m in tied if m.encoding == name), best)
    text = str(preferred)
    if control_char_share(text) > MAX_CONTROL_CHAR_SHARE:
        raise IngestError("the file is binary, not text")
    return text


def control_char_share(text: str) -> float:
    if not text:
        return 0.0
    control = sum(1 for char in text if unicodedata.category(char) == "Cc" and char not in "\n\r\t\f")
    return control / len(text)


def from_plain_text(text: str) -> ArticleText:
    return ArticleText(body=require_article(normalise_text(text)))


def from_markdown(text: str) -> ArticleText:
    """Markdown as plain text: markup characters would otherwise sit inside claim sentences."""
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(text)
    return from_html_fragment(html)


def from_html(html: str) -> ArticleText:
    """The article body of a web page, without navigation, adverts or scripts."""
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True, include_comments=False)
    if document is None or not (document.text or "").strip():
        raise IngestError("no article text was found in this HTML page")
    body = "\n\n".join(line.strip() for line in document.text.splitlines() if line.strip())
    return ArticleText(
        body=require_article(normalise_text(body)),
        title=(document.title or "").strip()[:500],
        published=parse_date(document.date),
        url=(document.url or "")[:2000],
    )


def from_html_fragment(html: str) -> ArticleText:
    import lxml.html

    root = lxml.html.fromstring(f"<div>{html}</div>")
    blocks = [" ".join(element.text_content().split()) for element in root.iter("p", "h1", "h2", "h3", "h4", "li", "blockquote")]
    return ArticleText(body=require_article(normalise_text("\n\n".join(block for block in blocks if block))))


def from_docx(data: bytes) -> ArticleText:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises several unrelated types for a bad file
        raise IngestError(f"this is not a readable Word (.docx) file ({error.__class__.__name__})") from None
    paragraphs = [paragraph.text.strip() for paragraph in document.paragraphs if paragraph.text.strip()]
    title = (document.core_properties.title or "").strip()
    return ArticleText(body=require_article(normalise_text("\n\n".join(paragraphs))), title=title[:500])


def from_pdf(data: bytes) -> ArticleText:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as error:  # pypdf raises many error types for damaged files
        raise IngestError(f"this is not a readable PDF file ({error.__class__.__name__})") from None
    text = "\n\n".join(pages)
    # PDF text breaks lines inside paragraphs; join them back, keeping blank-line breaks.
    text = re.sub(r"(?<![\n.!?:\"”])\n(?!\n)", " ", text)
    if not text.strip():
        raise IngestError("the PDF has no text layer (a scanned image?); paste the text instead")
    title = ((reader.metadata or {}).get("/Title") or "").strip() if reader.metadata else ""
    return ArticleText(body=require_article(normalise_text(text)), title=str(title)[:500])


def normalise_text(text: str) -> str:
    """One newline convention, no trailing spaces, at most one blank line between paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def require_article(text: str) -> str:
    if sum(char.isalpha() for char in text) < MIN_ARTICLE_LETTERS:
        raise IngestError("there is no article text in it")
    return text


def title_from_filename(name: str) -> str:
    stem = PurePath(name).stem
    return re.sub(r"[-_]+", " ", stem).strip()[:500]


def parse_date(raw: str | None) -> datetime.date | None:
    if not raw:
        return None
    try:
        return datetime.date.fromisoformat(raw[:10])
    except ValueError:
        return None
