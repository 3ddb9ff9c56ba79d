"""Quotes: who said what, to whom, where.

Direct quotes in every quotation style, partial quotes inside reported speech, indirect quotes without marks; each
with its speaker (resolved to the article's entity where there is one), addressee, cue verb, channel and date.
:func:`find_quotes` works on one parsed text; the ``quotes`` stage attaches the records to articles.
"""

from dateline.quotes.finder import find_attributions, find_quotes
from dateline.quotes.marks import pair_quotes
from dateline.quotes.stage import article_quotes, quotes, quotes_stage

__all__ = ["article_quotes", "find_attributions", "find_quotes", "pair_quotes", "quotes", "quotes_stage"]
