"""The local web app: the same use cases as the command line, in a browser (FastAPI, Jinja2, htmx)."""

from .app import create_app

__all__ = ["create_app"]
