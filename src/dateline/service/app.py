"""The web service: a read-only REST API and a browser UI over one store, in one FastAPI application.

::

    app = create_app("dateline.db")          # what `dateline serve` runs under uvicorn

The store is opened read-only (SQLite's read-only mode; PostgreSQL sessions set read-only), so nothing served can
change it. Every page carries a Content Security Policy that allows only the service's own scripts and styles, no
inline script; every error is JSON (API) or a page (UI) with the project's error code, never a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Connection, event
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from dateline import __version__
from dateline.errors import DatelineError, Errors
from dateline.store import Store, open_store

logger = logging.getLogger("dateline")

HERE = Path(__file__).parent
STATIC = HERE / "static"
# Bodies of POST /api/extract: a news page is rarely over a megabyte of text.
DEFAULT_MAX_BODY = 2_000_000
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


@dataclass(slots=True)
class ServiceSettings:
    allow_extract: bool = False
    max_body: int = DEFAULT_MAX_BODY


class ServiceError(Exception):
    """An error to answer with its status and code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    @classmethod
    def of(cls, status: int, error: Errors, **details: object) -> ServiceError:
        return cls(status, error.name, error.format(**details))


def create_app(
    db: str | None = None, *, allow_extract: bool = False, cors_origins: Sequence[str] = (), max_body: int = DEFAULT_MAX_BODY
) -> FastAPI:
    """The application over the store at ``db`` (opened read-only now: E033/E034 if it cannot be)."""
    store = open_store(db, read_only=True)
    _read_only_sessions(store)
    app = FastAPI(
        title="dateline", version=__version__, docs_url=None, redoc_url=None,
        description="Read-only access to a dateline store: articles, entities, quotes, events, counts and search.",
    )  # fmt: skip
    app.state.store = store
    app.state.settings = ServiceSettings(allow_extract=allow_extract, max_body=max_body)
    app.add_middleware(_SecurityHeaders)
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET"], allow_headers=[])
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    from dateline.service import api, pages  # noqa: PLC0415  (the routers import this module's helpers)

    app.include_router(api.router)
    app.include_router(pages.router)
    _handle_errors(app)
    app.router.on_shutdown.append(store.close)
    return app


def _read_only_sessions(store: Store) -> None:
    if store.dialect != "postgresql":
        return  # SQLite is opened with mode=ro

    @event.listens_for(store.engine, "connect")
    def _read_only(dbapi_connection: object, record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        cursor.close()
        dbapi_connection.commit()  # type: ignore[attr-defined]


def connection(request: Request) -> Iterator[Connection]:
    """A read-only connection for one request (FastAPI dependency)."""
    store: Store = request.app.state.store
    with store.connect() as opened:
        yield opened


class _SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response


def wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api")


def error_response(request: Request, status: int, code: str, message: str) -> Response:
    if wants_html(request):
        from dateline.service.pages import render_error  # noqa: PLC0415

        return render_error(request, status, code, message)
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def _handle_errors(app: FastAPI) -> None:
    @app.exception_handler(ServiceError)
    async def _service(request: Request, error: ServiceError) -> Response:
        return error_response(request, error.status, error.code, error.message)

    @app.exception_handler(DatelineError)
    async def _dateline(request: Request, error: DatelineError) -> Response:
        return error_response(request, 400, error.code, str(error))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> Response:
        first = error.errors()[0] if error.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()) if part not in ("query", "path", "body"))
        message = Errors.E035.format(option=where or "parameter", value=str(first.get("input", ""))[:80], detail=first.get("msg", "invalid"))
        return error_response(request, 400, "E035", message)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, error: StarletteHTTPException) -> Response:
        code = "E037" if error.status_code == 404 else "E035"
        message = Errors.E037.format(what="page", key=request.url.path) if error.status_code == 404 else str(error.detail)
        return error_response(request, error.status_code, code, message)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, error: Exception) -> Response:
        logger.error("dateline: serving %s failed", request.url.path, exc_info=error)
        return error_response(request, 500, "E039", Errors.E039.format(detail=type(error).__name__))


def html(content: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(content, status_code=status)
