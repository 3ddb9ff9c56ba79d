"""dateline: raw news in, structured and traceable articles out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dateline")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"

from dateline.errors import DatelineError, InputError
from dateline.extraction import Failure, extract, extract_bytes, extract_files
from dateline.model import Article, Caption, Page, Paragraph, Problem, Source, Stamp
from dateline.pipeline import Settings

__all__ = [
    "Article", "Caption", "DatelineError", "Failure", "InputError", "Page", "Paragraph", "Problem", "Settings",
    "Source", "Stamp", "__version__", "extract", "extract_bytes", "extract_files",
]  # fmt: skip
