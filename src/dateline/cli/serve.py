"""``dateline serve``: the web service and UI over a store, with uvicorn."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from dateline.cli.app import app, fail, warn
from dateline.cli.store import DbOption
from dateline.errors import DatelineError


@app.command("serve")
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="The address to listen on; only this machine by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="The port to listen on.", min=1, max=65535)] = 8000,
    allow_extract: Annotated[bool, typer.Option("--allow-extract", help="Allow POST /api/extract: run the pipeline on a page sent in, storing nothing.")] = False,
    cors: Annotated[Optional[list[str]], typer.Option("--cors", help="Allow browsers on this origin to call the API (repeatable); off by default.")] = None,
    max_body: Annotated[int, typer.Option("--max-body", help="The largest page POST /api/extract takes, in bytes.")] = 2_000_000,
) -> None:
    """Serve a store read-only: the API (documented at /docs) and the UI (search, articles, entities, events, quotes)."""
    import uvicorn

    from dateline.service import create_app

    try:
        application = create_app(db, allow_extract=allow_extract, cors_origins=cors or (), max_body=max_body)
    except DatelineError as error:
        raise fail(str(error)) from None
    if host not in ("127.0.0.1", "localhost", "::1"):
        warn(f"listening on {host}: anyone who can reach this machine can read the store")
    typer.echo(f"dateline: serving {application.state.store.target} on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(application, host=host, port=port, log_level="warning")
