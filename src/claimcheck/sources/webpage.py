"""A saved web page -> its article body, without navigation, banners, "most read" lists or comments.

With the optional ``web`` extra, ``trafilatura`` finds the body and the page's title and
publication date. Its paragraphs are then located in claimcheck's own rendering of the
page (:func:`claimcheck.sources.html_to_text`) and the body is built from those exact
slices, so the article text reads the same whichever reader found the body, and claims
keep exact offsets into it. Without trafilatura, or when it finds no body, the whole
visible text is read as before.
"""

from __future__ import annotations

import re
from typing import Any

from claimcheck.sources.reading import HtmlPage, html_to_text

__all__ = ["article_page", "body_paragraphs", "trafilatura_available"]

_SPACE = re.compile(r"\s+")


def trafilatura_available() -> bool:
    """Whether the optional ``web`` extra (trafilatura) is installed."""
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return False
    return True


def article_page(markup: str) -> HtmlPage:
    """The article body of an HTML page with its metadata; the whole visible text as the fallback."""
    page = html_to_text(markup)
    found = _extract(markup)
    if found is None:
        return page
    paragraphs = body_paragraphs(page.text, found.get("text") or "")
    if not paragraphs:
        return page
    return HtmlPage(
        text="\n\n".join(paragraphs),
        title=_clean(found.get("title")) or page.title,
        published=_more_precise(page.published, _clean(found.get("date"))),
        url=page.url or _clean(found.get("url")),
    )


def _more_precise(own: str | None, found: str | None) -> str | None:
    """The page's own date when it also gives the time of day, else the extractor's."""
    if own and "T" in own and (not found or own.startswith(found)):
        return own
    return found or own


def _extract(markup: str) -> dict[str, Any] | None:
    """trafilatura's reading of the page (text, title, date, url), or None when it has none."""
    try:
        import trafilatura
    except ImportError:
        return None
    try:
        result = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=False, include_images=False
        )
    except Exception:  # noqa: BLE001  (a page trafilatura cannot parse is read by the plain reader)
        return None
    if result is None:
        return None
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    return data if (data.get("text") or "").strip() else None


def _clean(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def body_paragraphs(visible: str, body: str) -> list[str]:
    """The parts of ``visible`` that ``body`` holds, as exact slices of it, in order.

    Each line of ``body`` is looked up in ``visible`` ignoring differences in
    whitespace; lines that follow one another there with only whitespace between them
    make one slice, separators included. A line not found in the visible text (text
    trafilatura read from ``<noscript>`` or hidden elements) is left out, so the body
    never holds more than the page shows.
    """
    squeezed, where = _squeeze(visible)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for line in body.split("\n"):
        wanted = _SPACE.sub(" ", line).strip()
        if not wanted:
            continue
        at = squeezed.find(wanted, cursor)
        if at < 0:
            continue
        end = at + len(wanted)
        start, stop = where[at], where[end - 1] + 1
        if spans and not visible[spans[-1][1] : start].strip():
            spans[-1] = (spans[-1][0], stop)
        else:
            spans.append((start, stop))
        cursor = end
    return [visible[a:b] for a, b in spans]


def _squeeze(text: str) -> tuple[str, list[int]]:
    """``text`` with each run of whitespace made one space, and the original index of each character."""
    chars: list[str] = []
    where: list[int] = []
    for match in re.finditer(r"\s+|\S+", text):
        if match.group().isspace():
            chars.append(" ")
            where.append(match.start())
        else:
            chars.append(match.group())
            where.extend(range(match.start(), match.end()))
    return "".join(chars), where
