"""What every request that changes something must show: this app's token, from this app's own pages; and,
when serving other computers, the login that stands before every page."""

from __future__ import annotations

import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from fastapi import HTTPException, Request
from fastapi.responses import PlainTextResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as Refused

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


async def require_csrf(request: Request) -> None:
    """A request that changes something must carry this app's token (a header from htmx, or a form field),
    and come from this app's own pages when the browser says where it comes from. (A router dependency.)"""
    if request.method in SAFE_METHODS:
        return
    if not request.url.path.endswith(("/check", "/fix")):  # those two only read
        request.app.state.changes += 1  # what was worked out before this request may be out of date
    origin = request.headers.get("origin")
    if origin and origin.split("://", 1)[-1] != request.headers.get("host"):
        raise HTTPException(403, "origin: expected a request from this app's own pages")
    token = request.headers.get("x-csrf-token")
    if token is None:
        token = str((await request.form()).get("csrf_token", ""))
    if not token or not secrets.compare_digest(token, request.app.state.csrf):
        raise HTTPException(403, "csrf_token: expected the token of a page of this app; reload the page")


# -- remote serving: a login ------------------------------------------------------------------------------

COOKIE = "followup_session"
SESSION_SECONDS = 7 * 24 * 3600
FAILURE_WINDOW = 15 * 60  # seconds a failed attempt counts against its address
FAILURES_PER_ADDRESS = 5  # within the window; then that address waits
FAILURES_IN_ALL = 50  # within the window, from every address together: then everyone waits


@dataclass
class Login:
    """Who may in when `serve --allow-remote` serves other computers: the one-time token printed at start is
    exchanged for a random session id kept in a cookie (HttpOnly, SameSite=Strict; Secure over https).
    Sessions live in memory: a restart logs everyone out and prints a new token."""

    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    clock: Callable[[], float] = time.monotonic
    sessions: dict[str, float] = field(default_factory=dict)  # session id -> when it ends
    failures: dict[str, list[float]] = field(default_factory=dict)  # address -> when each failed attempt was
    failed_in_all: list[float] = field(default_factory=list)  # when each failed attempt was, from anywhere
    used: bool = False

    def allows(self, session: str | None) -> bool:
        ends = self.sessions.get(session or "")
        return ends is not None and ends > self.clock()

    def locked(self, address: str) -> bool:
        now = self.clock()
        recent = [t for t in self.failures.get(address, []) if now - t < FAILURE_WINDOW]
        if recent:
            self.failures[address] = recent
        else:  # an address with nothing against it takes no memory
            self.failures.pop(address, None)
        self.failed_in_all = [t for t in self.failed_in_all if now - t < FAILURE_WINDOW]
        return len(recent) >= FAILURES_PER_ADDRESS or len(self.failed_in_all) >= FAILURES_IN_ALL

    def exchange(self, token: str, address: str) -> str | None:
        """A new session for the right, unused token; None (and one more failure counted) otherwise."""
        if not self.used and secrets.compare_digest(token.encode(), self.token.encode()):
            self.used = True
            session = secrets.token_urlsafe(32)
            self.sessions[session] = self.clock() + SESSION_SECONDS
            return session
        self.failures.setdefault(address, []).append(self.clock())
        self.failed_in_all.append(self.clock())
        return None


def logged_in(request: Request) -> bool:
    """Whether the request may see the app's pages: served to this computer only, or with a session."""
    login: Login | None = request.app.state.login
    return login is None or login.allows(request.cookies.get(COOKIE))


async def require_login(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """A middleware: with a Login, every page but the login page and the static files needs a session."""
    login: Login = request.app.state.login  # added only when serving other computers (create_app)
    path = request.url.path
    if path.startswith("/static/") or logged_in(request):
        return await call_next(request)
    if path == "/login" and request.method == "POST":
        if not _same_origin(request):
            return PlainTextResponse("origin: expected a request from this app's own pages", 403)
        try:
            form = await request.form()
        except Refused as error:  # a malformed or oversized form: this middleware answers before the app
            return PlainTextResponse(f"login: {error.detail}", error.status_code)
        return _attempt(request, login, str(form.get("token", "")), str(form.get("next", "/")))
    if request.method == "GET" and "token" in request.query_params:  # the link printed at start
        return _attempt(request, login, request.query_params["token"], path)
    if request.method == "GET" and path == "/login":
        return _login_page(request, request.query_params.get("next", "/"))
    if request.method == "GET" and not request.headers.get("hx-request"):
        return RedirectResponse("/login?" + urlencode({"next": path}), 303)
    return PlainTextResponse("login: expected a session; log in first", 401)


def _same_origin(request: Request) -> bool:
    origin = request.headers.get("origin")
    return not origin or origin.split("://", 1)[-1] == request.headers.get("host")


def _attempt(request: Request, login: Login, token: str, after: str) -> Response:
    address = request.client.host if request.client else "unknown"
    if login.locked(address):
        return _login_page(request, after, "login: too many failed attempts; wait 15 minutes", 429)
    session = login.exchange(token, address)
    if session is None:
        return _login_page(request, after, "token: expected the token followup serve printed when it started "
                                           "(each token logs in one browser, once)", 401)
    response = RedirectResponse(_local(after), 303)
    response.set_cookie(COOKIE, session, max_age=SESSION_SECONDS, path="/", httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")
    return response


def _local(path: str) -> str:
    """A path on this site to go to after logging in: never another site."""
    return path if path.startswith("/") and not path.startswith(("//", "/\\")) else "/"


def _login_page(request: Request, after: str, problem: str | None = None, status: int = 200) -> Response:
    context = {"next": _local(after), "problem": problem}
    response = request.app.state.templates.TemplateResponse(request, "login.html", context, status_code=status)
    if status == 429:
        response.headers["Retry-After"] = str(FAILURE_WINDOW)
    return response  # type: ignore[no-any-return]
