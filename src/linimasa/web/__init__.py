"""A small read-only web layer over the SQLite store: a JSON API and one HTML page.

``create_app(db)`` (in :mod:`linimasa.web.app`) builds the FastAPI application;
``linimasa serve --db FILE`` runs it with uvicorn. FastAPI and uvicorn are the
optional ``web`` extra (``pip install 'linimasa[web]'``), imported only when the
app is built, so the rest of Linimasa works without them.
"""
