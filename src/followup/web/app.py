"""create_app(service, clock): the web shell. It parses the request, calls one use case, renders a page (or,
for an htmx request, the part of the page that changed). Nothing here decides a rule.

Even on localhost: the Host header must be this machine's (against DNS rebinding), every request that
changes something carries the page's CSRF token, and templates escape everything they print. Serving other
computers (`serve --allow-remote`) adds a login (web/security.py) and the user's own list of host names.

Templates print dates through the filters moment, day, short and stamp (core.display): one format per purpose.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..core.display import by_channel, day, moment, short, stamp
from ..core.check.settings import ABOUT_THE_WHOLE
from ..core.errors import FollowupError
from ..core.model import Finding
from ..usecases.service import Service
from .security import Login, logged_in, require_login

HERE = Path(__file__).parent
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def create_app(service: Service, clock: Callable[[], datetime], hosts: tuple[str, ...] = LOOPBACK,
               login: Login | None = None) -> FastAPI:
    """The app, on `service`'s settings and store; `clock` gives the moment of each request. Only `hosts` may
    be named in the Host header; with a `login`, every page but the login page needs a session."""
    from . import views

    app = FastAPI(title="followup", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.service = service
    app.state.clock = clock
    app.state.login = login
    app.state.csrf = secrets.token_urlsafe(32)
    app.state.changes = 0  # requests that may have changed something: they retire cached results
    app.state.today_cache = (None, None)
    app.state.templates = Jinja2Templates(directory=HERE / "templates")  # autoescapes .html
    app.state.templates.env.globals["csrf_token"] = app.state.csrf
    app.state.templates.env.globals["highlight"] = highlight
    app.state.templates.env.globals["can_send"] = service.settings.smtp is not None
    app.state.templates.env.filters.update(moment=moment, day=day, short=short, stamp=stamp,  # one format a purpose
                                         by_channel=by_channel)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(views.router)
    if login is not None:  # serving other computers: every page but the login page needs a session
        app.add_middleware(BaseHTTPMiddleware, dispatch=require_login)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))
    app.add_exception_handler(FollowupError, _user_error)
    app.add_exception_handler(RequestValidationError, _bad_request)
    app.add_exception_handler(HTTPException, _refused)
    service.language  # build Harper once, before the first request wants it  # noqa: B018
    return app


def highlight(text: str, findings: list[Finding]) -> list[tuple[str, Finding | None]]:
    """The text cut into pieces, each with the finding it is about (or None), for underlining. Where findings
    overlap, the first one keeps the characters."""
    pieces: list[tuple[str, Finding | None]] = []
    at = 0
    about_words = [f for f in findings if f.rule not in ABOUT_THE_WHOLE]
    for finding in sorted(about_words, key=lambda f: (f.start, f.end)):
        if finding.start < at or finding.end <= finding.start:
            continue
        pieces += [(text[at:finding.start], None), (text[finding.start:finding.end], finding)]
        at = finding.end
    pieces.append((text[at:], None))
    return [(part, finding) for part, finding in pieces if part]


async def _bad_request(request: Request, error: Exception) -> Response:
    """A path or form value of the wrong type (/interviews/abc): the app's own error page, not JSON. An id
    that is not a number is the id of nothing (404); a form value, a bad request (400)."""
    assert isinstance(error, RequestValidationError)
    problem = error.errors()[0] if error.errors() else {}
    where = problem.get("loc", ("", "value"))
    name, got = str(where[-1]), problem.get("input")
    expected = "a number" if problem.get("type", "").startswith("int") else problem.get("msg", "a valid value")
    found = FollowupError(f"{name}: expected {expected}" + (f", got {got!r}" if isinstance(got, str) else ""))
    found.http_status = 404 if where[0] == "path" else 400
    return await _user_error(request, found)


# What Starlette says of a form field over its 1 MiB limit (multipart, url-encoded).
_TOO_BIG = ("Part exceeded maximum size", "Field exceeded maximum size")


async def _refused(request: Request, error: Exception) -> Response:
    """A request refused before it reached a view (a forged origin or token, a form field over the size
    limit, a page that does not exist): the app's own error page, not the framework's JSON."""
    assert isinstance(error, HTTPException)
    message = str(error.detail)
    if message.startswith(_TOO_BIG):
        message = "form: expected each field to be at most 1 MiB (a message or a note, not a document)"
    if not logged_in(request):  # the app's pages carry the CSRF token and the navigation: not before login
        return PlainTextResponse(message, error.status_code, headers=error.headers)
    found = FollowupError(message)
    found.http_status = error.status_code
    response = await _user_error(request, found)
    response.headers.update(error.headers or {})
    return response


async def _user_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, FollowupError)
    context: dict[str, Any] = {"message": error.message}
    if not request.headers.get("hx-request"):
        return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
            request, "error.html", context, status_code=error.http_status)
    # in place of the part of the page the request would have changed, which stays as the user left it
    return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
        request, "_error.html", context, status_code=error.http_status,
        headers={"HX-Retarget": "#problem", "HX-Reswap": "innerHTML show:top"})
