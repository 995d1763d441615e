"""Doc -> claims: the readers of what a parsed article states, one module per thing read.

:mod:`~claimcheck.readers.claims` runs every registered reading step over a Doc; the others
read one kind of statement: amounts (:mod:`~claimcheck.readers.quantities`), scores and
records, ordinals, people and their pronouns, titles and roles, relations and part-of links,
title-case lines and organisation names the recogniser cut short.
"""

__all__: list[str] = []
