"""Text -> Claims: repair the text, parse it in batches, read claims, map offsets back.

The Document's text is never changed: claims carry offsets into it, and a repaired
``display`` form for people ("Nausėda" where the file says "NausÄ—da").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs
from spacy.language import Language

from claimcheck.component import claims_from_doc
from claimcheck.entities import complete_names
from claimcheck.models import Claim, Document
from claimcheck.nlp import load_pipeline
from claimcheck.textfix import RepairedText, repair

#: Stay well below spaCy's max_length so the parser's memory stays modest.
CHUNK_CHARS = 100_000


def extract(
    doc_or_text: Document | str, source: str | None = None, nlp: Language | None = None
) -> list[Claim]:
    """The claims in one article, each with its evidence sentence and exact offsets."""
    if isinstance(doc_or_text, Document):
        document = doc_or_text if source is None else attrs.evolve(doc_or_text, source=source)
    elif isinstance(doc_or_text, str):
        document = Document(text=doc_or_text, source=source or "text")
    else:
        raise TypeError(f"extract() takes a Document or a str, not {type(doc_or_text).__name__}")
    [(_, claims)] = list(extract_documents([document], nlp=nlp))
    return claims


def extract_documents(
    documents: Iterable[Document],
    nlp: Language | None = None,
    *,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[tuple[Document, list[Claim]]]:
    """Claims for many documents, parsed in batches through one pipeline (streams its input)."""
    nlp = nlp if nlp is not None else load_pipeline()

    def pieces() -> Iterator[tuple[str, tuple[Document, RepairedText, int, bool]]]:
        for document in documents:
            repaired = repair(document.text)
            chunks = list(_chunks(repaired.text, min(CHUNK_CHARS, nlp.max_length - 1)))
            for n, (offset, piece) in enumerate(chunks):
                yield piece, (document, repaired, offset, n == len(chunks) - 1)

    current: list[Claim] = []
    for doc, (document, repaired, offset, last) in nlp.pipe(
        pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        current.extend(_to_original(c, document, repaired, offset) for c in claims_from_doc(doc))
        if last:
            yield document, complete_names(current)
            current = []


def _to_original(claim: Claim, document: Document, repaired: RepairedText, offset: int) -> Claim:
    start, end = repaired.span_to_original(claim.start + offset, claim.end + offset)
    return attrs.evolve(
        claim,
        source=document.source,
        start=start,
        end=end,
        text=document.text[start:end],
        display=claim.text,
        line=document.text.count("\n", 0, start) + 1,
    )


def _chunks(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """Split text longer than ``limit`` on paragraph (then line, then space) boundaries.

    Yields (offset, piece) with ``text[offset:offset+len(piece)] == piece``; an empty
    text yields one empty piece so every document gets a result.
    """
    if len(text) <= limit:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, start + limit // 2, end)
                if cut != -1:
                    end = cut + len(sep)
                    break
        yield start, text[start:end]
        start = end
