"""The command line (Typer): read the options, call one use case, render its result."""

from .app import app, main

__all__ = ["app", "main"]
