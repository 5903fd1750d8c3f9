"""Article files for the command-line tools: plain UTF-8 text, or JSON with a `text` key."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from pathlib import Path


class InputError(ValueError):
    """The file cannot be read as an article; the message names the file and the reason."""


@dataclass(frozen=True)
class ArticleFile:
    path: str  # as given on the command line
    text: str
    outlet: str = ""
    published: str | None = None  # YYYY-MM-DD
    title: str = ""
    url: str = ""


def read_article_file(path: str) -> ArticleFile:
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read it ({error.strerror})") from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    if not path.endswith(".json"):
        return ArticleFile(path=path, text=content)
    try:
        data = json.loads(content)
    except json.JSONDecodeError as error:
        raise InputError(f"{path}: not valid JSON ({error.msg} at line {error.lineno})") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise InputError(f'{path}: a .json article needs a "text" string')
    published = data.get("published")
    if published is not None:
        try:
            datetime.date.fromisoformat(str(published))
        except ValueError:
            raise InputError(f"{path}: published must be YYYY-MM-DD, not {published!r}") from None
    return ArticleFile(
        path=path,
        text=data["text"],
        outlet=str(data.get("outlet") or ""),
        published=str(published) if published else None,
        title=str(data.get("title") or ""),
        url=str(data.get("url") or ""),
    )
