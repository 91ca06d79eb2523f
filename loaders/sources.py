"""Read articles from text, HTML and JSONL files, folders and stdin.

Each input yields an `Article` or an `InputError` naming the file (and line) and
what is wrong with it, so one bad file never stops the others.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

SUFFIXES = {".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".json"}
MAX_ARTICLE_BYTES = 5_000_000
# trafilatura logs what it cannot parse; here that becomes the input's error line.
logging.getLogger("trafilatura").propagate = False
logging.getLogger("trafilatura").addHandler(logging.NullHandler())
# Page furniture trafilatura's fallbacks keep on short pages.
_PRUNE = ["//nav", "//footer", "//aside"]
_SPACES = re.compile(r"\s+")
# The class news sites give the lead paragraph ("sapo", "detail-sapo", "post__lead"):
# trafilatura skips a lead in a bare <div> when the page has no description to give it.
_LEAD_CLASS = re.compile(r"(?:^|[\s_-])(?:sapo|lead|chapeau|summary)(?:$|[\s_-])", re.I)


@dataclass(frozen=True)
class Article:
    """One article as a crawler hands it over. `source` is its identity: the crawler's
    id, else its URL, else its file's path relative to the folder named; `origin` is the
    file an identity taken from a path stands for, so that another file of the same
    relative path is told apart instead of silently replacing it."""

    source: str
    text: str
    published: str | None = None
    url: str | None = None
    origin: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class InputError:
    """An input that could not be read; `where` is the file, with its line for JSONL."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True)
class Page:
    """What a saved news page gives: its main text and, when the page says, its headline,
    publication date and canonical URL."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None


def read_page(html: str) -> Page:
    """A news page's main text and metadata, by trafilatura: on pages built like
    provincial news sites it leaked 0.04 of the furniture (menus, related news, comments,
    captions, layout tables) where a hand-written BeautifulSoup pass leaked 0.53
    (bench/html_extract.py). A lead it skips comes back from the page's description."""
    import trafilatura  # only where pages are read: its import costs 0.2 s of every command

    if "<html" not in html[:4096].lower():
        html = f"<html>{html}</html>"  # a fragment: trafilatura 2.3 may find no tree in it
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        prune_xpath=_PRUNE,
    )
    if doc is None:
        return Page("")
    meta = doc if isinstance(doc, dict) else doc.as_dict()
    text = meta.get("text") or ""
    for lead in (meta.get("description"), _lead(html)):
        lead = _SPACES.sub(" ", lead or "").strip()
        if lead and lead.rstrip(".… ")[:60] not in _SPACES.sub(" ", text):
            text = f"{lead}\n{text}"
    return Page(text, meta.get("title") or None, meta.get("date") or None, meta.get("url") or None)


def _lead(html: str) -> str | None:
    """The text of the page's first element classed as its lead, if any."""
    from lxml import html as lxml_html

    for element in lxml_html.fromstring(html).iter():
        if _LEAD_CLASS.search(element.get("class") or ""):
            return element.text_content()
    return None


def _page(html: str, where: str, empty: str) -> Page | InputError:
    """The page some HTML holds, or why it holds none (`empty` when it has no text)."""
    try:
        page = read_page(html)
    except Exception as exc:  # lxml raises several types on broken markup
        return InputError(where, f"cannot parse HTML ({exc})")
    return page if page.text.strip() else InputError(where, empty)


def _decode(data: bytes, where: str) -> str | InputError:
    if not data.strip():
        return InputError(where, "empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            return InputError(where, f"not valid UTF-16 (at offset {exc.start})")
    if b"\x00" in data[:8192]:
        return InputError(where, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(
            where, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        )


def _too_large(size: int, where: str, limit: int) -> InputError | None:
    if size > limit:
        return InputError(
            where, f"too large for one article ({size / 1e6:.1f} MB > {limit / 1e6:.1f} MB)"
        )
    return None


def _from_record(obj: object, where: str, index: int) -> Article | InputError:
    if not isinstance(obj, dict):
        return InputError(where, "expected a JSON object per line")
    text = obj.get("text")
    page = Page("")
    if not isinstance(text, str) or not text.strip():
        html = obj.get("html")
        if not isinstance(html, str) or not html.strip():
            return InputError(where, "no 'text' or 'html' field")
        read = _page(html, where, "the 'html' field has no article text")
        if isinstance(read, InputError):
            return read
        page, text = read, read.text
    # The record's own fields first, then what its page says.
    url = obj.get("url") or page.url
    source = obj.get("id") or obj.get("source") or url or _content_id(text)
    published = obj.get("published") or page.published
    title = obj.get("title") or page.title
    return Article(
        source=str(source),
        text=text,
        published=str(published) if published else None,
        url=str(url) if url else None,
        title=" ".join(title.split()) if isinstance(title, str) and title.strip() else None,
    )


def _content_id(text: str) -> str:
    """The identity of a record with neither id nor URL: its text, so that moving the
    line within or across files keeps it."""
    return "text:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _lines(stream: IO[bytes], limit: int) -> Iterator[bytes | int]:
    """Lines of at most `limit` bytes; for a longer one, the limit (its rest skipped)."""
    while line := stream.readline(limit + 1):
        if len(line) <= limit:
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
        yield limit


def read_jsonl(stream: IO[bytes], name: str, limit: int) -> Iterator[Article | InputError]:
    """One article per line: id, text or html, optional url, title and published. A line
    longer than `limit` is reported without being held in memory whole."""
    for number, raw in enumerate(_lines(stream, limit), start=1):
        where = f"{name}:{number}"
        if isinstance(raw, int):
            yield InputError(where, f"too large for one article (over {raw / 1e6:.1f} MB)")
            continue
        if not raw.strip():
            continue
        obj = _parse(raw, where)
        yield obj if isinstance(obj, InputError) else _from_record(obj, where, number)


def _parse(data: bytes, where: str) -> object:
    """JSON bytes as data, or the error naming where."""
    text = _decode(data, where)
    if isinstance(text, InputError):
        return text
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        return InputError(where, f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")


def _read_json(path: Path, where: str, limit: int) -> Iterator[Article | InputError]:
    """A JSON file: one article object, or a list of them."""
    if error := _too_large(path.stat().st_size, where, limit * 10):
        yield error
        return
    data = _parse(path.read_bytes(), where)
    if isinstance(data, InputError):
        yield data
        return
    records = data if isinstance(data, list) else [data]
    for index, obj in enumerate(records, start=1):
        yield _from_record(obj, f"{where}[{index}]" if isinstance(data, list) else where, index)


def read_file(
    path: Path, limit: int = MAX_ARTICLE_BYTES, name: str | None = None
) -> Iterator[Article | InputError]:
    """The articles in one file, chosen by its suffix; a text or HTML file's identity is
    `name` (its path relative to the folder named), else its file name."""
    where = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in (".jsonl", ".ndjson"):
            with path.open("rb") as stream:
                yield from read_jsonl(stream, where, limit)
            return
        if suffix == ".json":
            yield from _read_json(path, where, limit)
            return
        if error := _too_large(path.stat().st_size, where, limit):
            yield error
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(where, f"cannot read ({exc.strerror or exc})")
        return
    text = _decode(data, where)
    if isinstance(text, InputError):
        yield text
        return
    page = (
        _page(text, where, "HTML has no body text") if suffix in (".html", ".htm") else Page(text)
    )
    if isinstance(page, InputError):
        yield page
        return
    yield Article(
        source=name or path.name,
        text=page.text,
        origin=str(path.resolve()),
        published=page.published,
        url=page.url,
        title=page.title,
    )


def _expand(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | InputError | str]:
    """Files under the given paths, each with its path relative to the folder named;
    "-" passes through for stdin. What cannot be read is said, not skipped."""
    for item in paths:
        if str(item) == "-":
            yield "-"
            continue
        path = Path(item)
        if path.is_dir():
            yield from _folder(path)
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield path, path.name
            else:
                yield InputError(str(path), f"not an article file ({_KINDS})")
        elif path.is_symlink():
            yield InputError(str(path), "a broken symlink")
        else:
            yield InputError(str(path), "no such file or folder")


_KINDS = ", ".join(sorted(SUFFIXES))


def _folder(root: Path) -> Iterator[tuple[Path, str] | InputError]:
    """A folder's article files in path order; unreadable folders and symlink loops
    reported; files of other kinds left alone, but a folder with none is an error."""
    found: list[Path] = []
    problems: list[InputError] = []
    visited: set[tuple[int, int]] = set()

    def unreadable(exc: OSError) -> None:
        problems.append(InputError(str(exc.filename), f"cannot read folder ({exc.strerror})"))

    for folder, dirs, files in os.walk(root, onerror=unreadable, followlinks=True):
        info = os.stat(folder)
        if (info.st_dev, info.st_ino) in visited:
            problems.append(InputError(folder, "a symlink loop; not read again"))
            dirs.clear()
            continue
        visited.add((info.st_dev, info.st_ino))
        for name in files:
            file = Path(folder) / name
            if file.suffix.lower() in SUFFIXES and file.is_file():
                found.append(file)
    yield from sorted(problems, key=str)
    if not found and not problems:
        yield InputError(str(root), f"no article files in this folder ({_KINDS})")
    yield from ((p, p.relative_to(root).as_posix()) for p in sorted(found))


def read_stdin(limit: int = MAX_ARTICLE_BYTES) -> Iterator[Article | InputError]:
    """JSONL when the first character is '{', otherwise one plain-text article."""
    data = sys.stdin.buffer.read()
    if data.lstrip().startswith(b"{"):
        yield from read_jsonl(io.BytesIO(data), "<stdin>", limit)
        return
    if error := _too_large(len(data), "<stdin>", limit):
        yield error
        return
    text = _decode(data, "<stdin>")
    yield text if isinstance(text, InputError) else Article(source=_content_id(text), text=text)


def read_inputs(
    paths: Iterable[str | Path], limit: int = MAX_ARTICLE_BYTES
) -> Iterator[Article | InputError]:
    """Every article in the given files and folders (recursively); '-' is stdin."""
    for item in _expand(paths):
        if isinstance(item, InputError):
            yield item
        elif isinstance(item, tuple):
            yield from read_file(item[0], limit, item[1])
        else:
            yield from read_stdin(limit)


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """About how many articles `read_inputs` will give, read cheaply for a progress bar:
    a JSONL file's non-blank lines, one for any other file; None when stdin is among
    them (it can be read once only)."""
    total = 0
    for item in _expand(paths):
        if item == "-":
            return None
        if isinstance(item, tuple):
            path = item[0]
            if path.suffix.lower() in (".jsonl", ".ndjson"):
                with path.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            else:
                total += 1
    return total
