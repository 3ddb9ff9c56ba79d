"""Places: an offline geoparser. Every place an article names, resolved to coordinates and a country.

``country_of_demonym`` and friends (in :mod:`dateline.places.countries`) are cheap and load no gazetteer, so other
stages may use them freely.
"""

from dateline.places.countries import country_of_demonym, country_of_name

__all__ = ["country_of_demonym", "country_of_name"]
