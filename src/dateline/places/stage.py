"""The ``places`` stage: every article's places, resolved against the packaged gazetteer."""

from __future__ import annotations

from collections.abc import Sequence

from dateline.model import Article
from dateline.pipeline import Context, shared_resource, stage
from dateline.places.geoparse import geoparse
from dateline.places.index import Gazetteer, load_gazetteer

GAZETTEER_RESOURCE = "places:gazetteer"


def gazetteer() -> Gazetteer:
    """The process's gazetteer, opened (and built, the first time on a machine) once."""
    return shared_resource(GAZETTEER_RESOURCE, load_gazetteer)


@stage("places", requires=("language",), assigns=("places",))
def places_stage(articles: Sequence[Article], context: Context) -> None:
    """Places named in each article and its dateline, with GeoNames ids, coordinates, countries and metonymy."""
    index = gazetteer()
    for article in articles:
        article.places = geoparse(context.parse(article), article.dateline, index)
