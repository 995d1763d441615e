"""An on-disk cache of processed Docs, so re-checking a set parses only the new articles.

Each entry is one Doc (after the whole pipeline, claim spans included) saved with
``DocBin``. Its key hashes the text with the pipeline's name, version and components
and claimcheck's version and code, so any change to any of them simply misses.
Beside each Doc the claims read from it are kept as JSON: a re-run needs only those,
and reading JSON costs a fraction of rebuilding a Doc. Both files record the hash of
the exact text they were made from, checked on every read: an entry renamed, swapped
or copied over another is a miss, never another article's claims. Entries are written
to a temporary file and renamed into place, one file per key, so two processes can fill
the same cache; an unreadable entry counts as a miss.
"""

from __future__ import annotations

import functools
import hashlib
import json
import weakref
from pathlib import Path

import attrs
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from claimcheck.__about__ import __version__
from claimcheck.component import claims_from_data, claims_from_doc, claims_to_data
from claimcheck.models import Claim
from claimcheck.outputs import write_atomic

__all__ = [
    "SUFFIX",
    "ParseCache",
    "default_cache_dir",
]

APP_NAME = "claimcheck"
SUFFIX = ".spacy"
CLAIMS_SUFFIX = ".claims.json"


def default_cache_dir() -> Path:
    """The per-user cache folder (e.g. ``~/.cache/claimcheck`` on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of claimcheck's own modules and word lists: an edited rule must not be served
    stale claims."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    # every module, in subpackages too (sources/ repairs the text that is parsed)
    files = [*package.rglob("*.py"), *package.glob("data/*"), *package.glob("wordlists/*")]
    for path in sorted(p for p in files if "__pycache__" not in p.parts):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


_FINGERPRINTS: weakref.WeakKeyDictionary[Language, tuple[tuple[str, ...], str]] = weakref.WeakKeyDictionary()


def pipeline_fingerprint(nlp: Language) -> str:
    """What about a pipeline changes its Docs: name, version, language and components.

    Remembered per pipeline object (``nlp.meta`` is slow to build), and worked out
    again if components are added or removed.
    """
    names = tuple(nlp.pipe_names)
    known = _FINGERPRINTS.get(nlp)
    if known is not None and known[0] == names:
        return known[1]
    meta = nlp.meta
    parts = [
        meta.get("lang", ""),
        meta.get("name", ""),
        str(meta.get("version", "")),
        ",".join(nlp.pipe_names),
        code_fingerprint(),
        # The claim component's settings (quantity tolerances) change the claims stored.
        json.dumps(
            {
                name: dict(nlp.config["components"].get(name, {}))
                for name in nlp.pipe_names
                if name.startswith("claimcheck")
            },
            sort_keys=True,
            default=str,
        ),
    ]
    fingerprint = hashlib.sha256("\x00".join(parts).encode()).hexdigest()
    _FINGERPRINTS[nlp] = (names, fingerprint)
    return fingerprint


@attrs.frozen
class ParseCache:
    """Processed Docs on disk under ``directory``, looked up by :meth:`key`.

    Layout: ``directory/<pipeline fingerprint>/<2 hex>/<key>.spacy``; entries made by
    another model or claimcheck version sit in another folder and are never read.
    """

    directory: Path = attrs.field(converter=lambda p: Path(p).expanduser())

    @classmethod
    def default(cls) -> ParseCache:
        """The cache in :func:`default_cache_dir` (what ``claimcheck`` uses unless told otherwise)."""
        return cls(default_cache_dir())

    def key(self, text: str, nlp: Language) -> str:
        """The entry name for ``text`` processed by ``nlp``."""
        digest = hashlib.sha256(pipeline_fingerprint(nlp).encode())
        digest.update(b"\x00")
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def path(self, key: str, nlp: Language) -> Path:
        """Where the entry for ``key`` lives."""
        return self.directory / pipeline_fingerprint(nlp)[:16] / key[:2] / f"{key}{SUFFIX}"

    def get(self, text: str, nlp: Language) -> Doc | None:
        """The cached Doc for ``text``, or None when missing, unreadable or for another text."""
        path = self.path(self.key(text, nlp), nlp)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            docs = list(DocBin(store_user_data=True).from_bytes(data).get_docs(nlp.vocab))
        except Exception:  # noqa: BLE001 - any damage to an entry is a miss, never a crash
            return None
        if len(docs) != 1 or docs[0].text != text:
            return None
        return docs[0]

    def get_claims(self, text: str, nlp: Language) -> list[Claim] | None:
        """The claims stored for ``text`` (offsets into it, no source), or None on a miss.

        They count only beside the very Doc they were read from (its hash is kept with
        them), so a damaged or replaced Doc entry is parsed again, claims and all.
        """
        path = self.path(self.key(text, nlp), nlp)
        try:
            data = json.loads(path.with_suffix(CLAIMS_SUFFIX).read_bytes())
            if data.get("text") != text_digest(text) or data.get("doc") != _digest(path.read_bytes()):
                return None
            return claims_from_data(data["claims"])
        except Exception:  # noqa: BLE001 - a damaged entry is a miss, never a crash
            return None

    def put(self, doc: Doc, nlp: Language) -> bool:
        """Store ``doc`` and its claims under its text; False (and nothing raised) when the disk refuses."""
        path = self.path(self.key(doc.text, nlp), nlp)
        try:
            stored = DocBin(store_user_data=True, docs=[doc]).to_bytes()
            claims = {
                "text": text_digest(doc.text),
                "doc": _digest(stored),
                "claims": claims_to_data(claims_from_doc(doc)),
            }
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, stored, durable=False)
            # Written last: a claims file is only ever there beside its Doc.
            write_atomic(path.with_suffix(CLAIMS_SUFFIX), json.dumps(claims).encode("utf-8"), durable=False)
        except (OSError, ValueError, TypeError):
            return False
        return True

    def clear(self) -> int:
        """Delete every entry (for every pipeline); the number of Docs removed."""
        removed = 0
        if not self.directory.is_dir():
            return 0
        for path in self.directory.glob(f"*/*/*{SUFFIX}"):
            path.with_suffix(CLAIMS_SUFFIX).unlink(missing_ok=True)
            try:
                path.unlink()
                removed += 1
            except OSError:
                pass
        return removed


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def text_digest(text: str) -> str:
    """The SHA-256 of a text's exact code points (lone surrogates included)."""
    return _digest(text.encode("utf-8", "surrogatepass"))
