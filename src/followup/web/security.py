"""What every request that changes something must show: this app's token, from this app's own pages."""

from __future__ import annotations

import secrets

from fastapi import HTTPException, Request

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
