"""dateline: raw news in, structured and traceable articles out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dateline")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"

from dateline.errors import DatelineError, InputError
from dateline.extraction import extract, extract_bytes, extract_files
from dateline.model import Article, Caption, Failure, Page, Paragraph, Problem, Source, Stamp
from dateline.outcome import RunSummary, exit_status
from dateline.pipeline import Pipeline, Settings, Stage, Work, register_stage, stage
from dateline.records import Count, Entity, EntityMention, Event, Place, PlaceMention, Quote, QuotePerson, TimeExpression

__all__ = [
    "Article", "Caption", "Count", "DatelineError", "Entity", "EntityMention", "Event", "Failure", "InputError",
    "Page", "Paragraph", "Pipeline", "Place", "PlaceMention", "Problem", "Quote", "QuotePerson", "RunSummary",
    "Settings", "Source", "Stage", "Stamp", "TimeExpression", "Work", "__version__", "exit_status", "extract",
    "extract_bytes", "extract_files", "register_stage", "stage",
]  # fmt: skip
