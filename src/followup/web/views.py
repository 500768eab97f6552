"""The routes: each parses the request, calls one use case of the service, and renders a template. A route
serves the whole page, or only the part that changed when htmx asks (the HX-Request header)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import FormData

from ..core.display import delivery_words
from ..core.errors import DuplicateError, InputError
from ..core.message import read_message
from ..core.model import Draft
from ..usecases.mailing import Mail
from ..usecases.service import STATES, InterviewView, Service, step_state
from .security import require_csrf
from .forms import form_values, interview_data, interviewer_rows, problem_field, settings_changes, settings_values
from .strip import plan_strip

router = APIRouter(dependencies=[Depends(require_csrf)])


def _service(request: Request) -> Service:
    return request.app.state.service.at(request.app.state.clock())  # type: ignore[no-any-return]


def _mail(request: Request) -> Mail:
    return Mail(_service(request))


def _page(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
        request, name, context, status_code=status_code)


def _htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def _back(url: str) -> Response:
    return RedirectResponse(url, status_code=303)


# -- today and the list --------------------------------------------------------------------------------------
TODAY_CARDS = 40  # the most urgent; a page of thousands of cards helps nobody (and takes seconds to send)


@router.get("/")
def today(request: Request) -> Response:
    """The agenda is worked out at most once a minute, and again after any change made through this app (a
    change from the command line shows within the minute)."""
    service = _service(request)
    state = request.app.state
    key = (service.now.replace(second=0, microsecond=0), state.changes)
    if state.today_cache[0] != key:
        state.today_cache = (key, service.today())
    agenda = state.today_cache[1]
    return _page(request, "today.html", agenda=agenda, items=agenda.items[:TODAY_CARDS],
                 more=max(len(agenda.items) - TODAY_CARDS, 0), now=service.now, states=STATES)


@router.get("/interviews")
def interviews(request: Request, status: str = "", q: str = "") -> Response:
    service = _service(request)
    views = service.list_interviews(status or None, q)
    name = "_interview_rows.html" if _htmx(request) else "interviews.html"
    return _page(request, name, views=views, status=status, q=q, now=service.now)


# -- add and edit ----------------------------------------------------------------------------------------------
def _form(request: Request, values: dict[str, str], action: str, timezone: str, error: InputError | None = None,
          status_code: int = 200) -> Response:
    """The interview form, its fields as the table of interview fields lists them."""
    from ..core.fields import INPUT_FIELDS, INTERVIEWER

    problem: dict[str, object] | None = (
        {"field": problem_field(error.field, values), "message": error.message} if error else None)
    if isinstance(error, DuplicateError):  # a likely duplicate: ask, with a box to tick, rather than refuse
        problem = {"field": "when", "duplicate": True, "message": f"#{error.existing} ({error.what}) has the same "
                   "company, role and time. Tick \u201cAdd it anyway\u201d below to record it again."}
    return _page(request, "form.html", status_code=status_code, values=values, error=problem, action=action,
                 rows=interviewer_rows(values), timezone=timezone, fields=INPUT_FIELDS, person_fields=INTERVIEWER)


@router.get("/interviews/new")
def new_interview(request: Request) -> Response:
    return _form(request, {}, "/interviews", request.app.state.service.settings.profile.timezone)


@router.post("/interviews")
async def add_interview(request: Request) -> Response:
    form = await request.form()
    try:
        view = _service(request).add(interview_data(form), force=form.get("force") == "on")
    except InputError as error:
        return _form_again(request, form, error, "/interviews")
    return _back(f"/interviews/{view.interview.id}")


@router.get("/interviews/{interview_id}/edit")
def edit_interview(request: Request, interview_id: int) -> Response:
    values = form_values(_service(request).editable(interview_id))
    return _form(request, values, f"/interviews/{interview_id}/edit", values.get("timezone", ""))


@router.post("/interviews/{interview_id}/edit")
async def save_interview(request: Request, interview_id: int) -> Response:
    form = await request.form()
    try:
        _service(request).edit(interview_id, interview_data(form, editing=True))
    except InputError as error:
        return _form_again(request, form, error, f"/interviews/{interview_id}/edit")
    return _back(f"/interviews/{interview_id}")


def _form_again(request: Request, form: FormData, error: InputError, action: str) -> Response:
    """The form as the user filled it, with the problem next to its field: nothing typed is lost."""
    values = {key: str(value) for key, value in form.items() if key != "csrf_token"}
    return _form(request, values, action, values.get("timezone", ""), error, status_code=400)


@router.post("/interviews/{interview_id}/delete")
def delete_interview(request: Request, interview_id: int) -> Response:
    _service(request).delete(interview_id)
    return _back("/interviews")


# -- one interview: plan, events, drafts -------------------------------------------------------------------------
@router.get("/interviews/{interview_id}")
def interview(request: Request, interview_id: int) -> Response:
    service = _service(request)
    return _interview_page(request, service, service.show(interview_id))


def _interview_page(request: Request, service: Service, view: InterviewView, **extra: Any) -> Response:
    """One interview's page: its plan, drafts, history, and what the notes lack for want of your word."""
    from ..core.compose import unanswered_concerns, untitled

    steps = [(step, step_state(step, service.now)) for step in view.plan.steps]
    return _page(request, "interview.html", view=view, steps=steps, now=service.now,
                 strip=plan_strip(view, service.now), drafts=service.stored_drafts(view.interview.id or 0),
                 untitled=[p.name for p in untitled(view.interview)],
                 unanswered=unanswered_concerns(view.interview), **extra)


@router.post("/interviews/{interview_id}/events")
async def log_event(request: Request, interview_id: int) -> Response:
    form = await request.form()

    def field(name: str) -> str | None:
        return str(form.get(name) or "").strip() or None

    _service(request).log(interview_id, field("event") or "", kind=field("kind"), to=field("to"),
                          channel=field("channel"), at=field("at"), text=field("text"))
    return _back(f"/interviews/{interview_id}")


@router.post("/interviews/{interview_id}/reply")
async def paste_reply(request: Request, interview_id: int) -> Response:
    """Their reply, pasted: read as `followup read` reads it (the reply recorded, the rest proposed, each with
    the sentence that decided it); "Record" applies what is proposed."""
    from ..mail.imap import parse_message
    from ..usecases.inbox import Inbox

    form = await request.form()
    if not isinstance(form.get("message") or "", str):  # a file part: its repr is no one's reply
        raise InputError("message", "the text of their reply (pasted, not a file)")
    service = _service(request)
    inbox = Inbox(service)
    if form.get("apply"):
        reading = inbox.apply_proposals(interview_id)
    else:  # an empty paste is refused by the use case, as `followup read` is
        reading = inbox.read(parse_message(str(form.get("message") or "").strip().encode()), interview_id)
    if _htmx(request):
        return _page(request, "_reply.html", view=service.show(interview_id), reading=reading)
    return _interview_page(request, service, service.show(interview_id), reading=reading)


@router.post("/interviews/{interview_id}/skip")
def skip_step(request: Request, interview_id: int, kind: str | None = Form(None),
              to: str | None = Form(None), back: str | None = Form(None)) -> Response:
    """Let an open step go without sending it (Undo brings it back); from the Today page, back to it."""
    _service(request).skip(interview_id, kind or None, to or None)
    return _back("/" if back == "today" else f"/interviews/{interview_id}")


@router.post("/interviews/{interview_id}/undo")
def undo(request: Request, interview_id: int, event: int | None = Form(None)) -> Response:
    """Take back the last event the page showed (`event`): a second click finds it gone and says so."""
    _service(request).undo(interview_id, event)
    return _back(f"/interviews/{interview_id}")


@router.post("/interviews/{interview_id}/drafts")
async def make_drafts(request: Request, interview_id: int) -> Response:
    form = await request.form()
    kind, to = str(form.get("kind") or "") or None, str(form.get("to") or "") or None
    drafts = _service(request).draft(interview_id, kind, to)
    return _back(f"/drafts/{drafts[0].id}")


# -- the draft editor --------------------------------------------------------------------------------------------
@router.get("/drafts/{draft_id}.eml")
def download_eml(request: Request, draft_id: int) -> Response:
    """The draft as an unsent message that any mail client opens, ready to send."""
    from ..adapters.files import draft_message

    service = _service(request)
    _, draft = service.stored_draft(draft_id)
    message = draft_message(draft, service.settings.profile.name, service.settings.profile.email)
    name = f"followup-draft-{draft_id}.eml"
    return Response(bytes(message), media_type="message/rfc822",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/drafts/{draft_id}")
def draft_editor(request: Request, draft_id: int) -> Response:
    service = _service(request)
    interview_id, draft = service.stored_draft(draft_id)
    _, findings = service.check_draft(draft_id)
    return _page(request, "draft.html", draft=draft, interview_id=interview_id, findings=findings,
                 text=draft.text, mailto=_mailto(draft), saved=False, outcomes=[],
                 gaps=service.draft_gaps(interview_id, {draft.kind}, draft.to))


@router.post("/drafts/{draft_id}/check")
def check_draft(request: Request, draft_id: int, subject: str | None = Form(None),
                body: str | None = Form(None)) -> Response:
    """The findings for what is in the editor now (as the user types). A plain function: it runs in a worker
    thread, so a check never holds up other requests."""
    service = _service(request)
    interview_id, draft = service.stored_draft(draft_id)
    edited = _edited(draft, subject, body)
    findings = service.check_text(edited.text, interview_id, draft.kind, draft.to.key, draft.channel, draft.attempt)
    return _page(request, "_findings.html", draft=edited, text=edited.text, findings=findings)


@router.post("/drafts/{draft_id}/fix")
def fix_draft(request: Request, draft_id: int, start: int = Form(...), end: int = Form(...),
              replacement: str = Form(""), subject: str | None = Form(None),
              body: str | None = Form(None)) -> Response:
    """Apply one finding's suggestion to the text in the editor, and check again."""
    service = _service(request)
    interview_id, draft = service.stored_draft(draft_id)
    text = _edited(draft, subject, body).text
    if not 0 <= start <= end <= len(text):
        raise InputError("start", f"a position in the text (0 to {len(text)})", start)
    fixed = text[:start] + replacement + text[end:]
    message = read_message(fixed)
    edited = _edited(draft, message.subject or "", message.body)
    findings = service.check_text(edited.text, interview_id, draft.kind, draft.to.key, draft.channel, draft.attempt)
    return _page(request, "_editor.html", draft=edited, interview_id=interview_id, findings=findings,
                 text=edited.text, mailto=_mailto(edited), saved=False)


@router.post("/drafts/{draft_id}")
def save_draft(request: Request, draft_id: int, subject: str | None = Form(None),
               body: str | None = Form(None)) -> Response:
    service = _service(request)
    interview_id, draft = service.stored_draft(draft_id)
    saved = service.save_draft_text(interview_id, draft, _edited(draft, subject, body).text)
    findings = service.check_draft(draft_id)[1]
    return _page(request, "_editor.html" if _htmx(request) else "draft.html", draft=saved,
                 interview_id=interview_id, findings=findings, text=saved.text, mailto=_mailto(saved), saved=True)


@router.post("/drafts/{draft_id}/send")
def send_draft(request: Request, draft_id: int) -> Response:
    """Send this draft from the account in the config (after the check passes), and show what happened."""
    service = _service(request)
    interview_id, draft, report = Mail(service).send_draft(draft_id)
    outcomes = [delivery_words(d.outcome, d.detail, d.at) + f": to {d.item.to.email}" for d in report.deliveries]
    _, findings = service.check_draft(draft_id)
    return _page(request, "draft.html", draft=draft, interview_id=interview_id, findings=findings, text=draft.text,
                 mailto=_mailto(draft), saved=False, outcomes=outcomes)


@router.post("/settings/test")
def test_account(request: Request) -> Response:
    """Try the mail account: the settings page, with what worked or which step failed."""
    from ..core.errors import FollowupError

    try:
        check = _mail(request).test_account()
        logins = [("smtp", check.smtp), *([("imap", check.imap)] if check.imap else [])]
        result = "; ".join(f"{section}: {login.host}:{login.port} ({login.security}) works; logged in as "
                           f"{login.username}" for section, login in logins)
    except FollowupError as error:
        result = error.message
    return _settings_page(request, request.app.state.service.settings, None, saved=False, tested=result)


@router.post("/drafts/{draft_id}/sent")
def mark_sent(request: Request, draft_id: int) -> Response:
    service = _service(request)
    interview_id, draft = service.stored_draft(draft_id)
    to = draft.to.email or draft.to.name
    service.log(interview_id, "sent", kind=draft.kind, to=to, channel=draft.channel)
    return _back(f"/interviews/{interview_id}")


def _edited(draft: Draft, subject: str | None, body: str | None) -> Draft:
    """The draft as the editor holds it: a subject on one line, the body with Unix line ends."""
    subject = (draft.subject if subject is None else subject).replace("\r", "").replace("\n", " ")
    body = (draft.body if body is None else body).replace("\r\n", "\n")
    return replace(draft, subject=subject, body=body, edited=True)


def _mailto(draft: Draft) -> str:
    return f"mailto:{quote(draft.to.email or '')}?subject={quote(draft.subject)}&body={quote(draft.body)}"


# -- settings ---------------------------------------------------------------------------------------------------
@router.get("/settings")
def settings(request: Request) -> Response:
    return _settings_page(request, request.app.state.service.settings, None, saved=False)


@router.post("/settings")
async def save_settings(request: Request) -> Response:
    """Write the profile, the policy numbers and the check's severities into the config file."""
    from ..adapters.config import local_timezone, write_settings
    from ..core.errors import ConfigError

    form = await request.form()
    current = request.app.state.service.settings
    changes = settings_changes(form)
    try:
        updated = write_settings(current.path, changes, local_timezone())
    except ConfigError as error:
        return _settings_page(request, current, error.message, saved=False, values=form, status_code=400,
                              problems=error.problems)
    service = request.app.state.service
    request.app.state.service = Service(updated, service.store, service.now)  # built anew for the new settings
    request.app.state.service.language  # noqa: B018 - Harper, before the next check wants it
    return _settings_page(request, updated, None, saved=True)


def _settings_page(request: Request, current: Any, error: str | None, saved: bool, values: Any = None,
                   status_code: int = 200, tested: str | None = None, problems: tuple[str, ...] = ()) -> Response:
    from ..core.check import RULES, SEVERITIES
    from ..adapters.config import PROFILE
    from ..core.policy import POLICY

    shown = settings_values(current) if values is None else {k: str(v) for k, v in values.items()}
    policy = [(s.name, s.help) for s in POLICY.settings]
    profile = {s.name: s.help for s in PROFILE.settings}
    rules = [(rule, default, what) for rule, (default, what) in RULES.items()]
    by_field = dict(problem.split(": ", 1) for problem in problems if ": " in problem)
    return _page(request, "settings.html", status_code=status_code, settings=current, values=shown,
                 profile_fields=profile, policy=policy, rules=rules, severities=SEVERITIES, error=error,
                 problems=by_field, saved=saved, tested=tested)
