"""Organisation names the entity recogniser cut short, made whole from the text after them.

The small English model often ends a long name too early: "Fundamentalist Church" + "of
the Latter Day Saints", "Church of Jesus Christ of Latter Day" + "Saints". A name tagged
an organisation is continued over "of" (and "the") and the capitalised words after it,
and a name that already holds "of" over the capitalised words right after it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["whole_organisation"]

#: Entity labels a continuation may not cross: another person, place or date is another name.
_OTHER_NAMES = frozenset({"PERSON", "GPE", "LOC", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL", "NORP"})
#: The most words a name is continued by.
_MAX_WORDS = 6


def _capitalised(tok: Token) -> bool:
    return (
        tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ not in _OTHER_NAMES and not tok.is_sent_start
    )


def _run(doc: Doc, i: int) -> int:
    """Where a run of capitalised name words starting at ``i`` ends."""
    j = i
    while j < len(doc) and j - i < _MAX_WORDS and (_capitalised(doc[j]) or (doc[j].text == "-" and j > i)):
        j += 1
    return j


def whole_organisation(span: Span) -> int:
    """The token end of an organisation's whole name (``span.end`` when nothing is cut off)."""
    doc = span.doc
    end = span.end
    if any(t.lower_ == "of" for t in span):  # "Church of Jesus Christ of Latter Day" + "Saints"
        end = _run(doc, end)
    if end < len(doc) and doc[end].lower_ == "of":  # "Fundamentalist Church" + "of the Latter Day Saints"
        start = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
        stop = _run(doc, start)
        if stop > start:
            end = stop
    return end
