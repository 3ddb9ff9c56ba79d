"""Inputs named by URL (``file://``, ``s3://``, ``gs://`` and the other fsspec schemes), opened with fsspec.

dateline works offline: ``http://`` and ``https://`` inputs are refused rather than fetched. Local paths never come
here, so they are read exactly as before; fsspec is imported only when a URL is given, and a missing fsspec (or a
missing backend such as s3fs) is one clear error for that input.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO

from dateline.errors import Errors, InputError

# A scheme as RFC 3986 writes it, then "://": "C:\\pages" or "notes:2024.txt" are not URLs.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# Schemes that would reach the network to fetch a page: the tool reads archives and files it is given.
_REFUSED = frozenset({"http", "https"})
_REFUSED_DETAIL = (
    "web addresses are not fetched (dateline works offline): download the page or archive and give its file"
)


def is_url(name: str) -> bool:
    """Whether ``name`` is a URL with a scheme rather than a local path (a local file of that name stays a path)."""
    return bool(_URL.match(name)) and not os.path.lexists(name)


def expand_url(pattern: str) -> Iterator[str | InputError]:
    """The files a URL names, as URLs: itself, the files below a folder, or the matches of a glob, in order."""
    try:
        fs, root = _filesystem(pattern)
        if glob.has_magic(root):
            matches = sorted(path for path, info in fs.glob(root, detail=True).items() if info.get("type") == "file")
            if not matches:
                yield InputError(Errors.E009, pattern=pattern)
            yield from (fs.unstrip_protocol(path) for path in matches)
        elif fs.isdir(root):
            # Hidden files and folders are left out, as they are when a local folder is walked.
            found = sorted(path for path in fs.find(root) if not _hidden(path[len(root.rstrip("/")) :]))
            if not found:
                yield InputError(Errors.E009, pattern=pattern)
            yield from (fs.unstrip_protocol(path) for path in found)
        elif fs.exists(root):
            yield pattern
        else:
            yield InputError(Errors.E005, path=pattern)
    except InputError as error:
        yield error
    except Exception as error:  # a backend's own errors (credentials, network, permissions) cost this input only
        yield InputError(Errors.E006, path=pattern, detail=_describe(error))


@contextmanager
def open_binary(path: str) -> Iterator[BinaryIO]:
    """``path`` (a local path or a URL) open for reading bytes; :class:`InputError` (E005, E006) if it cannot be."""
    if not is_url(path):
        try:
            handle: BinaryIO = open(path, "rb")
        except FileNotFoundError:
            raise InputError(Errors.E005, path=path) from None
        except OSError as error:
            raise InputError(Errors.E006, path=path, detail=error.strerror or str(error)) from None
        with handle:
            yield handle
        return
    fs, root = _filesystem(path)
    try:
        remote = fs.open(root, "rb")
    except FileNotFoundError:
        raise InputError(Errors.E005, path=path) from None
    except Exception as error:  # as in expand_url: whatever the backend raises names this input
        raise InputError(Errors.E006, path=path, detail=_describe(error)) from None
    with remote:
        yield remote


def read_url(url: str, max_bytes: int) -> bytes:
    """The bytes of the file at ``url``; E004 past ``max_bytes``, read no further than that."""
    with open_binary(url) as handle:
        try:
            data = handle.read(max_bytes + 1)
        except Exception as error:  # a connection lost halfway is this input's error
            raise InputError(Errors.E006, path=url, detail=_describe(error)) from None
    if len(data) > max_bytes:
        raise InputError(Errors.E004, path=url, size=f"more than {max_bytes}", limit=max_bytes)
    return data


def _filesystem(url: str) -> tuple[Any, str]:
    scheme = url.split("://", 1)[0].lower()
    if scheme in _REFUSED:
        raise InputError(Errors.E006, path=url, detail=_REFUSED_DETAIL)
    try:
        import fsspec
    except ImportError:
        raise InputError(Errors.E006, path=url, detail="reading URLs needs fsspec: pip install fsspec") from None
    try:
        fs, root = fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as error:  # an unknown scheme, or its backend not installed (s3fs, gcsfs)
        raise InputError(Errors.E006, path=url, detail=_describe(error)) from None
    if getattr(fs, "protocol", None) and set(_protocols(fs)) & _REFUSED:
        raise InputError(Errors.E006, path=url, detail=_REFUSED_DETAIL)
    return fs, root


def _protocols(fs: Any) -> tuple[str, ...]:
    protocol = fs.protocol
    return (protocol,) if isinstance(protocol, str) else tuple(protocol)


def _hidden(relative: str) -> bool:
    return any(part.startswith(".") for part in relative.split("/") if part)


def _describe(error: Exception) -> str:
    return str(error) or type(error).__name__
