"""The web service over a store: a read-only REST API under ``/api`` and a browser UI, served by ``dateline serve``.

::

    from dateline.service import create_app
    app = create_app("dateline.db")       # any ASGI server can run it; `dateline serve` runs uvicorn
"""

from dateline.service.app import create_app

__all__ = ["create_app"]
