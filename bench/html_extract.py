"""HTML main-text extraction: the hand-written reader partykg had, trafilatura's settings,
and what partykg now uses (`loaders.sources.read_page`).

Why: the old reader kept the <article>/<main>/<body> of a page minus a fixed list of
furniture tags; real provincial news pages put menus, related-news boxes, comments and
captions in plain <div>s. This measures it against trafilatura, the maintained extractor,
on pages built like saved provincial news pages, with known answers.

Fixtures: tests/fixtures/pages/p*.html with tests/fixtures/pages/expected.json (per page:
body_lines, furniture, title, date, url). Metrics per page:
  recall  expected body lines found in the output (whitespace-normalised substring)
  leak    furniture strings (menus, related news, comments, footer, captions) found
  T D U   title / date / canonical url right (trafilatura metadata; "-" when absent)
  ms      median of 20 runs

    .venv/bin/python bench/html_extract.py [-v]      # -v lists misses

beautifulsoup4 (the old reader's parser) comes with the dev extras.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402
from bs4 import BeautifulSoup  # noqa: E402

from loaders.sources import read_page  # noqa: E402

PAGES = ROOT / "tests" / "fixtures" / "pages"
RUNS = 20

# An extractor maps HTML to (text, title, date, url); None where it gives no metadata.
Result = tuple[str, str | None, str | None, str | None]


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "")).strip()


# The hand-written reader partykg used before trafilatura, kept here as the baseline.
_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "button", "select", "input", "figure > img",
)  # fmt: skip
_BLOCK_TAGS = (
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "table",
    "section", "article", "figcaption", "blockquote", "ul", "ol", "dd", "dt",
)  # fmt: skip


def handwritten(html: str) -> Result:
    soup = BeautifulSoup(html, "lxml")
    for selector in _DROP_TAGS:
        for tag in soup.select(selector):
            tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body
    if root is None:
        return "", None, None, None
    for tag in root.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    return root.get_text(), None, None, None


def partykg(html: str) -> Result:
    page = read_page(html)
    return page.text, page.title, page.published, page.url


def trafilatura_with(**options: bool) -> Callable[[str], Result]:
    def run(html: str) -> Result:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, **options
        )
        if doc is None:
            return "", None, None, None
        return doc.text or "", doc.title, doc.date, doc.url

    return run


EXTRACTORS: dict[str, Callable[[str], Result]] = {
    "hand-written (before)": handwritten,
    "trafilatura default": trafilatura_with(),
    "trafilatura favor_precision": trafilatura_with(favor_precision=True),
    "trafilatura favor_recall": trafilatura_with(favor_recall=True),
    "trafilatura fast": trafilatura_with(fast=True),
    # Layout tables (old portals) otherwise come out whole, menus and footer included.
    "trafilatura no tables": trafilatura_with(include_tables=False),
    "trafilatura recall, no tables": trafilatura_with(favor_recall=True, include_tables=False),
    # No tables, nav/footer/aside pruned, a skipped lead restored from the description.
    "partykg read_page": partykg,
}


def check_fixtures(expected: dict) -> None:
    """Every expected string is on its page, and no furniture string hides in the body."""
    for name, exp in expected.items():
        html = (PAGES / name).read_text(encoding="utf-8")
        page = norm(BeautifulSoup(html, "lxml").get_text(" ")) + norm(html)
        body = " ".join(norm(line) for line in exp["body_lines"])
        for s in exp["body_lines"] + exp["furniture"] + [exp["title"]]:
            assert norm(s) in page, f"{name}: not on the page: {s!r}"
        for s in exp["furniture"]:
            assert norm(s) not in body, f"{name}: furniture inside the body: {s!r}"


def median_ms(fn: Callable[[str], Result], html: str) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn(html)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def mark(got: str | None, want: str) -> str:
    return "-" if got is None else ("ok" if norm(got) == norm(want) else "NO")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", action="store_true", help="list lost body lines and leaks")
    args = parser.parse_args()

    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    check_fixtures(expected)
    pages = {name: (PAGES / name).read_text(encoding="utf-8") for name in sorted(expected)}
    print(f"trafilatura {trafilatura.__version__}, {len(pages)} pages, median of {RUNS} runs\n")

    summary = []
    for label, fn in EXTRACTORS.items():
        print(f"== {label}")
        print(f"{'page':9} {'recall':>7} {'leak':>6}  {'T':>2} {'D':>2} {'U':>2} {'ms':>7}")
        recalls, leaks, ms, right = [], [], [], {"T": 0, "D": 0, "U": 0}
        for name, html in pages.items():
            exp = expected[name]
            text, title, date, url = fn(html)
            out = norm(text)
            lost = [s for s in exp["body_lines"] if norm(s) not in out]
            leaked = [s for s in exp["furniture"] if norm(s) in out]
            recall = 1 - len(lost) / len(exp["body_lines"])
            leak = len(leaked) / len(exp["furniture"])
            marks = {
                "T": mark(title, exp["title"]),
                "D": mark(date, exp["date"]),
                "U": mark(url, exp["url"]),
            }
            for key, value in marks.items():
                right[key] += value == "ok"
            t = median_ms(fn, html)
            recalls.append(recall)
            leaks.append(leak)
            ms.append(t)
            print(
                f"{name:9} {recall:7.2f} {leak:6.2f}  "
                f"{marks['T']:>2} {marks['D']:>2} {marks['U']:>2} {t:7.2f}"
            )
            if args.v:
                for s in lost:
                    print(f"          lost:   {s[:90]}")
                for s in leaked:
                    print(f"          leaked: {s[:90]}")
                if marks["T"] == "NO" or marks["D"] == "NO" or marks["U"] == "NO":
                    print(f"          meta:   title={title!r} date={date!r} url={url!r}")
        n = len(pages)
        meta = "-" if fn is handwritten else ", ".join(f"{k} {right[k]}/{n}" for k in "TDU")
        row = (label, statistics.mean(recalls), statistics.mean(leaks), meta, statistics.median(ms))
        summary.append(row)
        print(f"{'mean':9} {row[1]:7.2f} {row[2]:6.2f}  {'':8} {row[4]:7.2f} (median)\n")

    print("== summary")
    print(f"{'extractor':30} {'recall':>7} {'leak':>6}  {'title/date/url right':>22} {'ms':>7}")
    for label, recall, leak, meta, t in summary:
        print(f"{label:30} {recall:7.2f} {leak:6.2f}  {meta:>22} {t:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
