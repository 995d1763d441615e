"""A displaCy view of the claims found in one spaCy Doc, for notebooks and HTML pages.

The claim extractor stores its spans in ``doc.spans["claimcheck"]`` labelled
QUANTITY, ENTITY, DATE or RELATION; this module draws them with one colour per label.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["COLOURS", "SPANS_KEY", "render"]

#: Where the claim extractor puts claim spans.
SPANS_KEY = "claimcheck"

#: Default colour of each claim label; pass ``colors={...}`` to override some.
COLOURS = {
    "QUANTITY": "#ffb74d",
    "ENTITY": "#90caf9",
    "DATE": "#a5d6a7",
    "RELATION": "#ce93d8",
}


def render(
    doc: Doc,
    jupyter: bool | None = None,
    *,
    page: bool = False,
    minify: bool = False,
    **options: Any,
) -> str | None:
    """Draw the claims of ``doc`` with displaCy's span style and return the HTML.

    ``options`` are displaCy span options (``spans_key``, ``colors``, ``template``…);
    ``jupyter=None`` displays inline when running in a notebook (and returns None there).
    displaCy escapes the document text, so article markup is shown, never run.
    """
    from spacy import displacy

    opts = {"spans_key": SPANS_KEY, **options}
    opts["colors"] = {**COLOURS, **(options.get("colors") or {})}
    with warnings.catch_warnings():
        # A document without claims is worth showing as plain text, not a warning.
        warnings.filterwarnings("ignore", message=r".*\[W117\]")
        return displacy.render(doc, style="span", options=opts, page=page, minify=minify, jupyter=jupyter)
