"""Importing this module registers every built-in stage, in pipeline order."""

from dateline import language  # noqa: F401
from dateline.entities import stage as entities_stage  # noqa: F401
from dateline.places import stage as places_stage  # noqa: F401
from dateline.quotes import stage as quotes_stage  # noqa: F401
from dateline.times import stage as times_stage  # noqa: F401
