"""Text -> Claims: repair the text, parse it in batches, read claims, map offsets back.

The Document's text is never changed: claims carry offsets into it, and a repaired
``display`` form for people ("Nausėda" where the file says "NausÄ—da"). Parsing is the
expensive step, so it runs once per process-wide pipeline through ``nlp.pipe`` and,
given a :class:`~claimcheck.cache.ParseCache`, at most once per text.
"""

from __future__ import annotations

import warnings
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from itertools import count

import attrs
from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.cache import ParseCache
from claimcheck.component import (
    COMPONENT,
    claims_from_doc,
    claims_just_read,
    claims_only,
    doc_for,
    require_component,
)
from claimcheck.entities import complete_names
from claimcheck.escape import printable_name
from claimcheck.lexicon import PACKAGED
from claimcheck.lines import LineIndex
from claimcheck.models import Claim, ClaimKind, Document, claim_index, claim_values
from claimcheck.nlp import load_pipeline
from claimcheck.placement import sentence_offset
from claimcheck.sources.published import is_publication_line
from claimcheck.sources.reading import InputWarning
from claimcheck.sources.textfix import RepairedText, repair

__all__ = [
    "BATCH_CHARS",
    "CHUNK_CHARS",
    "extract",
    "extract_documents",
]

#: Stay well below spaCy's max_length so the parser's memory stays modest.
CHUNK_CHARS = 100_000
#: At most this many characters are parsed together (besides ``batch_size`` texts):
#: the parser's memory grows with the characters of a batch, not with its count, so
#: 32 long articles at once would need gigabytes (see docs/performance.md).
BATCH_CHARS = 100_000


def extract(
    doc_or_text: Document | str,
    source: str | None = None,
    nlp: Language | None = None,
    *,
    cache: ParseCache | None = None,
) -> list[Claim]:
    """The claims in one article, each with its evidence sentence and exact offsets."""
    if isinstance(doc_or_text, Document):
        document = doc_or_text if source is None else attrs.evolve(doc_or_text, source=source)
    elif isinstance(doc_or_text, str):
        document = Document(text=doc_or_text, source=source or "text")
    else:
        raise TypeError(f"extract() takes a Document or a str, not {type(doc_or_text).__name__}")
    [(_, claims)] = list(extract_documents([document], nlp=nlp, cache=cache))
    return claims


@attrs.define
class _Piece:
    """One chunk of one document on its way through the pipeline (a Doc once parsed)."""

    document: Document
    repaired: RepairedText
    offset: int
    last: bool
    text: str
    #: The claims read from this piece (offsets into ``text``), once known.
    claims: list[Claim] | None = None
    #: Whether they are placed in the document as read (see :func:`_whole`): read from
    #: the whole of an unrepaired text, of the document's source.
    placed: bool = False


def extract_documents(
    documents: Iterable[Document],
    nlp: Language | None = None,
    *,
    batch_size: int = 32,
    n_process: int = 1,
    cache: ParseCache | None = None,
    batch_chars: int = BATCH_CHARS,
) -> Iterator[tuple[Document, list[Claim]]]:
    """Claims for many documents, in input order, parsed in batches through one pipeline.

    A batch holds at most ``batch_size`` texts and, past its first text, at most
    ``batch_chars`` characters, so memory is bounded for long articles too. The input
    is read lazily, a batch or so ahead of the output, so an endless stream works.
    With ``cache``, texts parsed before are loaded instead of parsed again and new
    parses are stored.
    """
    nlp = require_component(nlp) if nlp is not None else load_pipeline()
    limit = min(CHUNK_CHARS, nlp.max_length - 1)
    # the title words the claims were read with (a name's first word may be one)
    titles = getattr(nlp.get_pipe(COMPONENT), "lexicon", PACKAGED).title_words

    def pieces() -> Iterator[_Piece]:
        for document in documents:
            repaired = repair(document.text)
            chunks = list(_chunks(repaired.text, limit))
            for n, (offset, text) in enumerate(chunks):
                yield _Piece(document, repaired, offset, n == len(chunks) - 1, text)

    parsed = _parse(pieces(), nlp, cache, batch_size=batch_size, n_process=n_process, batch_chars=batch_chars)

    current: list[Claim] = []
    lines: LineIndex | None = None
    publication: dict[tuple[int, int], bool] = {}
    for piece, claims in parsed:
        if lines is None:
            lines = LineIndex(piece.document.text)
        found = claims if piece.placed else (_to_original(c, piece, lines) for c in claims)
        current.extend(c for c in found if not _on_publication_line(c, lines, publication))
        if piece.last:
            yield piece.document, complete_names(current, titles)
            current, lines, publication = [], None, {}


# long by design: batching, mojibake repair and offsets back to the original in one loop
def _parse(
    pieces: Iterator[_Piece],
    nlp: Language,
    cache: ParseCache | None,
    *,
    batch_size: int,
    n_process: int,
    batch_chars: int = BATCH_CHARS,
) -> Iterator[tuple[_Piece, list[Claim]]]:
    """Pieces with their claims, in order: cached ones loaded, the others parsed (and stored).

    ``nlp.pipe`` runs over the misses only, one call per batch of at most
    ``batch_size`` texts and ``batch_chars`` characters (with ``n_process`` > 1 one
    call, its batch size cut so that a batch of the longest pieces stays within
    ``batch_chars``). Workers may live in other processes, so pieces travel as
    numbers, not pickled with their documents. After ``batch_size`` hits in a row an
    empty text is slipped in: it costs nothing to parse and lets the output catch up
    with the input, so a long run of hits still streams.
    """
    waiting: deque[_Piece] = deque()
    by_number: dict[int, _Piece] = {}
    numbers = count()

    def cached(piece: _Piece) -> list[Claim] | None:
        if cache is None:
            return None
        claims = cache.get_claims(piece.text, nlp)
        if claims is None:  # an entry from before claims were kept beside the Doc
            doc = cache.get(piece.text, nlp)
            claims = claims_from_doc(doc) if doc is not None else None
        return claims

    def misses() -> Iterator[tuple[str, int]]:
        run = 0
        for piece in pieces:
            piece.claims = cached(piece)
            waiting.append(piece)
            if piece.claims is None:
                run = 0
                number = next(numbers)
                by_number[number] = piece
                yield piece.text, number
            else:
                run += 1
                if run >= batch_size:
                    run = 0
                    yield "", -1

    def ready() -> Iterator[tuple[_Piece, list[Claim]]]:
        while waiting and waiting[0].claims is not None:
            piece = waiting.popleft()
            claims, piece.claims = piece.claims, None
            yield piece, claims  # type: ignore[misc]

    if n_process > 1:
        longest = min(CHUNK_CHARS, nlp.max_length - 1)
        size = max(1, min(batch_size, batch_chars // max(1, longest)))
        parsed = nlp.pipe(misses(), as_tuples=True, batch_size=size, n_process=n_process)
    else:
        parsed = (
            item
            for batch in _batches(misses(), batch_size, batch_chars)
            for item in _read(nlp, batch, cache is None, by_number)
        )
    for doc, number in parsed:
        if number >= 0:
            piece = by_number.pop(number)
            doc._.claimcheck_source = piece.document.source
            piece.claims = claims_just_read(doc)
            piece.placed = n_process == 1 and _whole(piece)  # read with its source set (_read)
            if doc._.claimcheck_errors:
                _warn_unread(piece.document, doc._.claimcheck_errors)
            elif cache is not None:  # a Doc read only in part is never kept for later runs
                cache.put(doc, nlp)
        yield from ready()
    yield from ready()


def _read(
    nlp: Language, batch: list[tuple[str, int]], claims_alone: bool, pieces: dict[int, _Piece]
) -> Iterable[tuple[Doc, int]]:
    """One batch through the pipeline, each Doc of its piece's source (``pieces`` by
    number); with ``claims_alone`` (no cache keeps the Docs), the claims are read without
    spans written on Docs that are dropped right after."""
    docs = [(doc_for(nlp, text), number) for text, number in batch]
    for doc, number in docs:
        if number >= 0:
            doc._.claimcheck_source = pieces[number].document.source
    if not claims_alone:
        return nlp.pipe(docs, as_tuples=True, batch_size=len(batch))
    with claims_only(nlp):  # the batch is read whole inside the block (it is parsed whole anyway)
        return list(nlp.pipe(docs, as_tuples=True, batch_size=len(batch)))


def _whole(piece: _Piece) -> bool:
    """Whether a piece is its document's whole text, unrepaired: claims read from it are
    where they are in the document, and need no moving (:func:`_to_original`)."""
    text = piece.document.text
    return piece.offset == 0 and piece.last and (piece.text is text or piece.text == text)


def _warn_unread(document: Document, errors: Sequence[str]) -> None:
    """Say which claims of an article could not be read; its other claims are kept."""
    where = printable_name(document.path or document.source)
    warnings.warn(f"{where}: {'; '.join(errors)}", InputWarning, stacklevel=2)


def _batches(items: Iterator[tuple[str, int]], size: int, chars: int) -> Iterator[list[tuple[str, int]]]:
    """Consecutive batches of at most ``size`` texts and, past the first, ``chars`` characters.

    An empty text (the catch-up marker for cache hits) ends its batch, so output flows.
    """
    batch: list[tuple[str, int]] = []
    total = 0
    for text, number in items:
        if batch and (len(batch) >= size or total + len(text) > chars):
            yield batch
            batch, total = [], 0
        batch.append((text, number))
        total += len(text)
        if not text:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


def _to_original(claim: Claim, piece: _Piece, lines: LineIndex) -> Claim:
    """The claim with its source, and its offsets, text, line and column in the original
    document, built positionally: every claim of every article is moved, and ``attrs.evolve``
    takes twice the time."""
    document = piece.document
    text = document.text
    start, end = piece.repaired.span_to_original(claim.start + piece.offset, claim.end + piece.offset)
    values = claim_values(claim)
    values[_SOURCE] = document.source
    values[_START] = start
    values[_END] = end
    values[_TEXT] = text[start:end]
    values[_DISPLAY] = claim.text
    values[_LINE] = lines.line(start)
    values[_COLUMN] = start - text.rfind("\n", 0, start)
    values[_SENTENCE_OFFSET] = sentence_offset(piece.text, claim.start, claim.end, claim.sentence)
    return Claim(*values)


_SOURCE, _START, _END, _TEXT, _DISPLAY, _LINE, _COLUMN, _SENTENCE_OFFSET = (
    claim_index(name) for name in ("source", "start", "end", "text", "display", "line", "column", "sentence_offset")
)


def _on_publication_line(claim: Claim, lines: LineIndex, known: dict[tuple[int, int], bool]) -> bool:
    """Whether a figure or name sits on a line that only says when the article was
    published ("Published: March 4, 2025 06:10 UTC": "UTC" is no organisation in the
    story). Dates stay: they are the article's publication date. ``known`` keeps the
    answer for each line of the document, as many claims share a line."""
    if claim.kind is ClaimKind.DATE:
        return False
    bounds = lines.bounds(claim.start, claim.end)
    answer = known.get(bounds)
    if answer is None:
        answer = known[bounds] = is_publication_line(lines.text[bounds[0] : bounds[1]])
    return answer


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
