"""Turn an uploaded file into article text.

Plain functions over bytes: every failure is an IngestError whose message an editor can act on.
"""

from __future__ import annotations

import datetime
import io
import json
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

import charset_normalizer

SUPPORTED_EXTENSIONS = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf")
BATCH_EXTENSIONS = (".zip", ".jsonl")
# A zip may hold at most this many articles: more is almost certainly not a set of articles.
MAX_ZIP_ENTRIES = 5000

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


@dataclass(frozen=True)
class ImportItem:
    """One article to import: a file's bytes, or its text with what is known about it."""

    name: str  # the file name, or "batch.jsonl line 12": how the editor finds it again
    data: bytes | None = None
    text: str | None = None
    title: str = ""
    url: str = ""
    published: datetime.date | None = None
    outlet: str = ""
    error: str = ""  # set when the item could not even be read out of its container

    def read(self, *, max_bytes: int) -> ArticleText:
        if self.error:
            raise IngestError(self.error)
        if self.data is not None:
            return read_upload(self.name, self.data, max_bytes=max_bytes)
        if len((self.text or "").encode("utf-8")) > max_bytes:
            raise IngestError(f"the text is longer than the limit of {max_bytes:,} bytes")
        return from_pasted_text(self.text or "")


def items_from_file(name: str, data: bytes, *, max_bytes: int, max_batch_bytes: int) -> list[ImportItem]:
    """The articles in an uploaded file: itself, or the entries of a .zip or a .jsonl file."""
    extension = PurePath(name).suffix.lower()
    if extension in BATCH_EXTENSIONS and len(data) > max_batch_bytes:
        return [ImportItem(name=name, error=f"the file is {len(data):,} bytes; the limit for a batch is {max_batch_bytes:,}")]
    if extension == ".zip":
        return items_from_zip(name, data, max_bytes=max_bytes)
    if extension == ".jsonl":
        return items_from_jsonl(name, data)
    return [ImportItem(name=name, data=data)]


def items_from_zip(name: str, data: bytes, *, max_bytes: int) -> list[ImportItem]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = [entry for entry in archive.infolist() if not entry.is_dir()]
    except zipfile.BadZipFile:
        return [ImportItem(name=name, error="this is not a readable zip file")]
    if len(entries) > MAX_ZIP_ENTRIES:
        return [ImportItem(name=name, error=f"the zip holds {len(entries):,} files; the limit is {MAX_ZIP_ENTRIES:,}")]
    items = []
    for entry in entries:
        entry_name = f"{name}/{entry.filename}"
        base = PurePath(entry.filename).name
        if base.startswith(".") or "__MACOSX" in entry.filename:
            continue  # operating systems' own files, not articles
        if PurePath(base).suffix.lower() not in SUPPORTED_EXTENSIONS:
            items.append(ImportItem(name=entry_name, error=f"{PurePath(base).suffix or 'files without an extension'} files are not supported"))
        elif entry.file_size > max_bytes:
            # The declared size is checked before reading, so a zip bomb is never inflated.
            items.append(ImportItem(name=entry_name, error=f"the file is {entry.file_size:,} bytes; the limit is {max_bytes:,}"))
        else:
            with archive.open(entry) as handle:
                items.append(ImportItem(name=entry_name, data=handle.read(max_bytes + 1)))
    return items


def items_from_jsonl(name: str, data: bytes) -> list[ImportItem]:
    """One article per line: {"text": ..., "title", "url", "published" (YYYY-MM-DD), "outlet"}."""
    try:
        lines = decode_text(data).splitlines()
    except IngestError as error:
        return [ImportItem(name=name, error=str(error))]
    return [item_from_json_line(f"{name} line {number}", line) for number, line in enumerate(lines, 1) if line.strip()]


def item_from_json_line(name: str, line: str) -> ImportItem:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return ImportItem(name=name, error=f"not valid JSON ({error.msg} at column {error.colno})")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return ImportItem(name=name, error='each line must be a JSON object with a "text" string')
    published = record.get("published")
    if published and parse_date(str(published)) is None:
        return ImportItem(name=name, error=f"published must be a date like 2020-01-08, not {published!r}")
    return ImportItem(
        name=name,
        text=record["text"],
        title=str(record.get("title") or "")[:500],
        url=str(record.get("url") or "")[:2000],
        published=parse_date(str(published)) if published else None,
        outlet=str(record.get("outlet") or "")[:200],
    )
