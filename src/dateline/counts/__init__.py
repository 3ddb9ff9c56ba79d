"""Counts: the groups an article reports numbers of, as GDELT's Global Knowledge Graph counts them.

Each count is a :class:`~dateline.records.Count`: the text from the number through the counted noun phrase
("800 to 1,200 political prisoners"), its bounds and whether the text hedges (conventions in
:mod:`dateline.counts.numbers`), the group counted, and the type of what happened to it.

Types. The GKG's own seven (GDELT Global Knowledge Graph codebook, the COUNTS field), with four of dateline's:

- KILL: killed, dead, died, death toll ("killed 12 people", "12 dead", "the death toll rose to 45");
- WOUND: wounded, injured, hurt, taken to hospital ("at least 30 were wounded");
- ARREST: arrested, detained, rounded up, taken into custody;
- KIDNAP: kidnapped, abducted, taken hostage; hostages; people "seized";
- PRISONER (dateline): held, jailed, imprisoned; prisoners, detainees, inmates ("800 to 1,200 political prisoners");
- RELEASE (dateline): released, freed, pardoned, walked free ("about 20 have walked free");
- PROTEST: protested, marched, rallied, took to the streets; protesters, demonstrators;
- DISPLACED (dateline): displaced, fled, left homeless; refugees;
- EVACUATE (dateline): evacuated; evacuees;
- AFFECT: affected, stranded, trapped, missing; casualties, victims;
- SEIZE: things seized, confiscated, impounded ("seized 2,000 rifles").

Every count has a type: a number is kept only when the text reports something happening to the group (or the
group is one of the typed kinds above), so "three officials said" gives none. Never counted: years, dates, times,
ages, money, percentages, measures, ordinals, page and gallery counters ("1 of 12"), vote tallies, scores, phone
numbers, decades, and numbers that are part of a name ("Flight 370", "Formula One").

:func:`find_counts` reads one parsed text; the ``counts`` stage attaches the records to articles.
"""

from dateline.counts.finder import find_counts
from dateline.counts.numbers import parse_number
from dateline.counts.stage import COUNTS, article_counts, counts_stage

__all__ = ["COUNTS", "article_counts", "counts_stage", "find_counts", "parse_number"]
