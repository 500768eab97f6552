"""The command line: parse input, call one use case, render. Errors become one line and exit status 2."""

from __future__ import annotations

import functools
import gc
import inspect
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer

from ..core.errors import FollowupError, InputError

if TYPE_CHECKING:
    from ..core.fields import Field
    from ..core.model import Draft, Finding
    from ..usecases.mailing import Mail
    from ..usecases.service import Service

app = typer.Typer(help="Plan, and keep track of, the follow-ups after a job interview.", no_args_is_help=True,
                  add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)

JSON_OPTION = typer.Option(False, "--json", help="Print JSON instead of text.")
ID_ARGUMENT = typer.Argument(..., metavar="ID", help="The interview's id (see 'followup list').")


@dataclass
class Environment:
    """What every command needs: where the database and config are, and what time it is."""

    db: str | None
    config: Path | None
    now: str | None
    create: bool = True  # False: a database file that is not there is an error (a mistyped --db)

    @functools.cached_property
    def service(self) -> Service:
        import platformdirs

        from ..adapters.config import load_settings, local_timezone
        from ..core.schema import parse_time_text, parse_zone
        from ..usecases.service import Service
        from ..store import DeferredStore, home_path

        config = self.config or platformdirs.user_config_path("followup") / "config.toml"
        settings = load_settings(config.expanduser(), local_timezone(), required=self.config is not None)
        zone = parse_zone(settings.profile.timezone, "profile.timezone")
        clock = datetime.now(timezone.utc).astimezone(zone)
        now = parse_time_text(self.now, zone, "now", clock) if self.now else clock
        db = self.db or str(platformdirs.user_data_path("followup") / "followup.db")
        url = db if "://" in db else f"sqlite:///{home_path(db, 'db').resolve()}"
        return Service(settings, DeferredStore(url, self.create), now)


@app.callback()
def options(
    ctx: typer.Context,
    db: Optional[str] = typer.Option(None, "--db", envvar="FOLLOWUP_DB", metavar="PATH",
                                     help="Database file or URL [default: in your data folder]."),
    config: Optional[Path] = typer.Option(None, "--config", envvar="FOLLOWUP_CONFIG", metavar="PATH",
                                          help="Config file [default: in your config folder]."),
    now: Optional[str] = typer.Option(None, "--now", envvar="FOLLOWUP_NOW", metavar="TIME",
                                      help="Pretend it is this time (ISO 8601), to ask 'what if'."),
) -> None:
    # A --db typed on the command line names a database that is there, but for the commands that add interviews:
    # a mistyped path is an error, not a new empty database (and folders) left behind.
    from typer._click.core import ParameterSource  # Typer's own Click

    typed = ctx.get_parameter_source("db") is ParameterSource.COMMANDLINE
    ctx.obj = Environment(db, config, now, not typed or ctx.invoked_subcommand in _CREATING)


_CREATING = ("add", "import", "serve")  # the commands that may start a new database


def _service(ctx: typer.Context) -> Service:
    environment: Environment = ctx.obj
    return environment.service


def _mail(ctx: typer.Context) -> Mail:
    """Sending and reading mail: the mail use cases, on top of the service."""
    from ..usecases.mailing import Mail

    return Mail(_service(ctx))


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


# -- the interview's fields as flags, shared by add and edit ---------------------------------------------

def _flags() -> list[tuple[Field, Any]]:
    """Each input field of the interview (core.fields) with the type its flag takes."""
    from ..core.fields import INPUT_FIELDS

    kinds = {"int": Optional[int], "bool": Optional[bool], "list": Optional[list[str]]}
    return [(field, kinds.get(field.type, Optional[str])) for field in INPUT_FIELDS]


_FLAGS = _flags()


def _option(field: Field) -> Any:
    if field.type == "bool":
        return typer.Option(None, f"{field.option}/--no-{field.option[2:]}", help=field.flag_help)
    return typer.Option(None, field.option, help=field.flag_help)


def with_field_flags(command: Callable[..., None]) -> Callable[..., None]:
    """Give a command one flag per interview field; it receives them as `fields`, a dict of those given."""
    signature = inspect.signature(command)
    extra = [inspect.Parameter(field.parameter, inspect.Parameter.KEYWORD_ONLY, default=_option(field),
                               annotation=kind) for field, kind in _FLAGS]

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        given = {field.name: kwargs.pop(field.parameter) for field, _ in _FLAGS}
        command(*args, fields=_flag_fields(given), **kwargs)

    parameters = [p for p in signature.parameters.values() if p.name != "fields"]
    wrapper.__signature__ = signature.replace(parameters=parameters + extra)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {**{p.name: p.annotation for p in parameters}, **{p.name: p.annotation for p in extra}}
    return wrapper


def _flag_fields(given: dict[str, Any]) -> dict[str, Any]:
    """The flags given, by field name; an interviewer flag read as 'Name <email>'."""
    fields: dict[str, Any] = {}
    for name, value in given.items():
        if value is None or value == []:
            continue
        if name == "interviewers":
            fields[name] = [_interviewer_flag(text) for text in value]
        elif name == "concerns":
            from ..core.schema import concern_from_line

            fields[name] = [concern_from_line(text) for text in value]
        else:
            fields[name] = list(value) if isinstance(value, (list, tuple)) else value
    return fields


def _interviewer_flag(text: str) -> dict[str, str]:
    """'Name <email>', '<email>', 'email' or 'Name' -> interviewer fields (checked later, like a file's);
    'Name <email> as Mr. Zhang' also says how the greeting names them (address_as)."""
    bracketed = re.match(r"^(.*?)\s*<([^<>]*)>\s*(as\b(.*))?$", text, re.DOTALL)
    if bracketed:
        name, email = bracketed.group(1), bracketed.group(2)
        if bracketed.group(3) is not None:  # empty after "as": refused by the schema, naming address_as
            return {**_person(name, email), "address_as": bracketed.group(4).strip()}
    elif "@" in text and " " not in text.strip():
        name, email = "", text
    else:
        name, email = text, ""
    return _person(name, email)


def _person(name: str, email: str) -> dict[str, str]:
    return {k: v.strip() for k, v in (("name", name), ("email", email)) if v.strip()}


# -- commands ---------------------------------------------------------------------------------------------

@app.command()
@with_field_flags
def add(ctx: typer.Context, file: Optional[Path] = typer.Option(None, "--file", "-f", help="A .toml or .json file."),
        force: bool = typer.Option(False, "--force", help="Add it even if an interview with the same company, role "
                                   "and time is recorded."),
        as_json: bool = JSON_OPTION, fields: dict[str, Any] | None = None) -> None:
    """Record an interview: from a file, from flags, or (with neither) by answering questions."""
    from . import prompts

    data = {**(_read_file(file) if file else {}), **(fields or {})}
    service = _service(ctx)
    if file is None and not fields:
        view = prompts.ask_interview(service, force)
    else:
        view = service.add(data, force=force)
    if as_json:
        _print_json(_interview_json(view))
    else:
        from .render import plan_text

        typer.echo(f"Added interview #{view.interview.id}.\n")
        typer.echo(plan_text(view, service.now))


@app.command()
@with_field_flags
def edit(ctx: typer.Context, interview_id: int = ID_ARGUMENT,
         file: Optional[Path] = typer.Option(None, "--file", "-f", help="A .toml or .json file of fields to change."),
         as_json: bool = JSON_OPTION, fields: dict[str, Any] | None = None) -> None:
    """Change an interview: the fields given as flags or in a file; with neither, in your $EDITOR."""
    from . import prompts

    service = _service(ctx)
    if file is None and not fields:
        view = prompts.edit_in_editor(service, interview_id)
        if view is None:
            typer.echo("Nothing changed.")
            return
    else:
        view = service.edit(interview_id, {**(_read_file(file) if file else {}), **(fields or {})})
    if as_json:
        _print_json(_interview_json(view))
    else:
        typer.echo(f"Updated interview #{interview_id}.")


@app.command()
def delete(ctx: typer.Context, interview_id: int = ID_ARGUMENT,
           yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask first.")) -> None:
    """Delete an interview and everything logged for it (asks first)."""
    service = _service(ctx)
    view = service.show(interview_id)
    label = f"#{interview_id} {view.interview.company}: {view.interview.role}"
    if not yes and not typer.confirm(f"Delete interview {label} and its {len(view.events)} events?"):
        typer.echo("Nothing deleted.")
        return
    service.delete(interview_id)
    typer.echo(f"Deleted interview {label}.")


@app.command()
def plan(ctx: typer.Context, interview_id: int = ID_ARGUMENT, as_json: bool = JSON_OPTION) -> None:
    """What to send for an interview, to whom, by which channel, when, and why."""
    from ..core.shapes import plan_json

    service = _service(ctx)
    view = service.show(interview_id)
    if as_json:
        _print_json(plan_json(interview_id, view.plan))
    else:
        from .render import plan_text

        typer.echo(plan_text(view, service.now))


@app.command()
def today(ctx: typer.Context, as_json: bool = JSON_OPTION) -> None:
    """What is due or overdue now, across all interviews, most urgent first."""
    service = _service(ctx)
    agenda = service.today()
    if as_json:
        from ..core.shapes import agenda_json

        following = agenda.next
        _print_json(agenda_json(service.now, [(i.interview, i.step, i.state) for i in agenda.items],
                                (following.interview, following.step, following.state) if following else None))
    else:
        from .render import today_text

        typer.echo(today_text(agenda, service.now))


@app.command("list")
def list_command(ctx: typer.Context, status: Optional[str] = typer.Option(
        None, help="Only interviews with this status: upcoming, active, replied, rejected, offer, withdrawn."),
        as_json: bool = JSON_OPTION) -> None:
    """Every interview, oldest first, with its status and next step."""
    views = _service(ctx).list_interviews(status)
    if as_json:
        _print_json([_interview_json(v) for v in views])
    else:
        from .render import list_text

        typer.echo(list_text(views))


@app.command()
def show(ctx: typer.Context, interview_id: int = ID_ARGUMENT, as_json: bool = JSON_OPTION) -> None:
    """One interview: its fields, interviewers and events."""
    service = _service(ctx)
    view = service.show(interview_id)
    if as_json:
        from ..core.shapes import show_json

        _print_json(show_json(view.interview, view.plan, view.events))
    else:
        from .render import show_text

        typer.echo(show_text(view, service.now))


@app.command()
def log(ctx: typer.Context, interview_id: int = ID_ARGUMENT,
        event: str = typer.Argument(..., metavar="EVENT", help="sent, reply, rejected, offer, withdrawn or timeline."),
        text: Optional[str] = typer.Argument(None, metavar="[TEXT]", help="For timeline: the employer's words."),
        kind: Optional[str] = typer.Option(None, help="For sent: the kind of message, e.g. thank-you."),
        to: Optional[str] = typer.Option(None, help="For sent: the recipient's email or name."),
        channel: Optional[str] = typer.Option(None, help="For sent: email, phone or handwritten [default: email]."),
        at: Optional[str] = typer.Option(None, help="When it happened [default: now]."),
        as_json: bool = JSON_OPTION) -> None:
    """Record what happened: a message you sent, their reply, a decision, or a new timeline."""
    service = _service(ctx)
    item, view = service.log(interview_id, event, kind=kind, to=to, channel=channel, at=at, text=text)
    _print_logged(interview_id, item, view, as_json)


@app.command()
def skip(ctx: typer.Context, interview_id: int = ID_ARGUMENT,
         kind: Optional[str] = typer.Option(None, help="The kind of step, e.g. status-inquiry [default: the most "
                                            "urgent open step's]."),
         to: Optional[str] = typer.Option(None, help="Whose step, where it goes to several people (email or name)."),
         as_json: bool = JSON_OPTION) -> None:
    """Let a step that is open now go without sending it ('followup undo ID' brings it back)."""
    item, view = _service(ctx).skip(interview_id, kind, to)
    _print_logged(interview_id, item, view, as_json)


def _print_logged(interview_id: int, item: Any, view: Any, as_json: bool) -> None:
    """What `log` and `skip` print: the event recorded, the plan's warnings and what comes next."""
    if as_json:
        from ..core.shapes import logged_json

        _print_json(logged_json(interview_id, item, view.plan))
    else:
        from ..core.display import moment
        from .render import event_line

        typer.echo(f"Logged {event_line(item)}")
        for warning in view.plan.warnings:
            typer.echo(f"warning: {warning}", err=True)
        step = view.plan.next_step
        typer.echo(f"Next: {step.kind} due {moment(step.due)}." if step else "Nothing more to send.")


@app.command()
def undo(ctx: typer.Context, interview_id: int = ID_ARGUMENT) -> None:
    """Remove the last event logged for an interview."""
    from .render import event_line

    item, _ = _service(ctx).undo(interview_id)
    typer.echo(f"Removed {event_line(item)}")


@app.command()
def draft(ctx: typer.Context, interview_id: int = ID_ARGUMENT,
          kind: Optional[str] = typer.Option(None, help="The kind of message, e.g. status-inquiry [default: the "
                                             "next due step's]."),
          to: Optional[str] = typer.Option(None, help="Only the draft for this recipient (email or name)."),
          out: Optional[Path] = typer.Option(None, "--out", metavar="DIR", help="Also write one file per message."),
          edit: bool = typer.Option(False, "--edit", help="Open each draft in $VISUAL/$EDITOR and keep your edits."),
          fresh: bool = typer.Option(False, "--fresh", help="Write anew even where you edited the stored draft."),
          as_json: bool = JSON_OPTION) -> None:
    """Write the messages a step calls for: one per recipient, personal, stored with the interview."""
    from .render import draft_file_name, gap_line, write_files

    service = _service(ctx)
    drafts = service.draft(interview_id, kind, to, fresh)
    if edit:
        from .prompts import edit_draft_in_editor

        drafts = [edit_draft_in_editor(service, interview_id, item) for item in drafts]
    if out is not None:
        written = write_files(out, {draft_file_name(interview_id, item): item.text for item in drafts})
        typer.echo(f"Wrote {len(written)} draft(s) to {out}: " + ", ".join(p.name for p in written), err=True)
    reviews = [found for _, found in service.check_drafts([item.id or 0 for item in drafts])]
    _print_drafts(service, interview_id, drafts, reviews, as_json)
    for gap in service.draft_gaps(interview_id, {item.kind for item in drafts}):
        typer.echo(gap_line(interview_id, gap), err=True)  # what the drafts left out, and how to add it
    if edit and any(f.severity == "error" for found in reviews for f in found):
        raise typer.Exit(1)  # what you wrote must be fixed before it goes out, as `check` says


def _print_drafts(service: Service, interview_id: int, drafts: list[Draft], reviews: list[list[Finding]],
                  as_json: bool) -> None:
    """Each draft's text, with its check's findings on standard error; or as JSON, each draft with its findings
    and what it left out for want of your word (`gaps`)."""
    if as_json:
        from ..core.shapes import draft_json, finding_json, gap_json

        _print_json([{**draft_json(item), "findings": [finding_json(f) for f in found],
                      "gaps": [gap_json(g) for g in service.draft_gaps(interview_id, {item.kind}, item.to)]}
                     for item, found in zip(drafts, reviews, strict=True)])
        return
    from .render import finding_line

    for number, (item, found) in enumerate(zip(drafts, reviews, strict=True)):
        typer.echo(("\n" if number else "") + _draft_text(item), nl=False)
        for finding in found:
            typer.echo(finding_line(f"draft {item.id}", finding), err=True)


@app.command()
def check(ctx: typer.Context,
          file: Optional[str] = typer.Argument(None, metavar="[FILE|-]", help="The message: 'To:' and 'Subject:' "
                                               "lines, a blank line, the body; '-' reads standard input."),
          draft_id: Optional[int] = typer.Option(None, "--draft", metavar="ID", help="A stored draft instead."),
          interview_id: Optional[int] = typer.Option(None, "--interview", metavar="ID",
                                                     help="Check against this interview's people and plan."),
          kind: Optional[str] = typer.Option(None, help="The kind of message [default: the plan's next]."),
          to: Optional[str] = typer.Option(None, help="The recipient's email or name [default: the To: line]."),
          output: str = typer.Option("text", "--format", help="text or json.")) -> None:
    """Review a message before it goes out, like a linter: exit 1 when something must be fixed."""
    from ..core.shapes import finding_json
    from .render import finding_line

    if output not in ("text", "json"):
        raise InputError("format", "text or json", output)
    service = _service(ctx)
    if draft_id is not None:
        if file is not None or interview_id is not None or kind is not None or to is not None:
            raise InputError("draft", "a stored draft alone (it knows its interview, kind and recipient), or a FILE "
                             "with --interview, --kind and --to")
        draft_item, found = service.check_draft(draft_id)
        text, name = draft_item.text, f"draft {draft_id}"
    elif file is None:
        raise InputError("FILE", "a file to check, '-' for standard input, or --draft ID")
    else:
        text, name = _read_message(file), file
        found = service.check_text(text, interview_id, kind, to)
    if output == "json":
        _print_json({"findings": [finding_json(f) for f in found]})
    else:
        for finding in found:
            typer.echo(finding_line(name, finding))
        errors = sum(f.severity == "error" for f in found)
        typer.echo(f"{errors} error(s), {len(found) - errors} warning(s)" if found else "No findings.", err=True)
    if any(f.severity == "error" for f in found):
        raise typer.Exit(1)


@app.command()
def send(ctx: typer.Context,
         interview_id: Optional[int] = typer.Argument(None, metavar="[ID]", help="The interview."),
         kind: Optional[str] = typer.Option(None, help="The kind of message [default: the next due step's]."),
         to: Optional[str] = typer.Option(None, help="Only the message to this recipient (email or name)."),
         at: Optional[str] = typer.Option(None, "--at", metavar="TIME", help="Send later, at this time."),
         due: bool = typer.Option(False, "--due", help="Send what is scheduled and due (for cron or a timer)."),
         resend_unconfirmed: bool = typer.Option(False, "--resend-unconfirmed",
                                                 help="With --due: send again what a broken connection left "
                                                      "unconfirmed."),
         force: bool = typer.Option(False, "--force", help="Send even when the check finds errors."),
         dry_run: bool = typer.Option(False, "--dry-run", help="Print the exact messages; send nothing.")) -> None:
    """Send the step's drafts (after the check passes) from your own account, now or at a set time."""
    from .render import send_text

    if due:
        if interview_id is not None or kind or to or at or force or dry_run:
            raise InputError("due", "--due alone (it sends whatever is scheduled and due)")
        report = _mail(ctx).send_due(resend_unconfirmed)
    elif interview_id is None:
        raise InputError("ID", "the interview whose messages to send, or --due")
    elif resend_unconfirmed:
        raise InputError("resend-unconfirmed", "--due with it")
    else:
        report = _mail(ctx).send(interview_id, kind, to, at, force, dry_run)
    typer.echo(send_text(report), nl=False)
    if not report.dry_run and not report.all_went_out:
        typer.echo("error: not everything went out; see above (nothing was lost)", err=True)
        raise typer.Exit(1)


@app.command()
def sync(ctx: typer.Context, apply: bool = typer.Option(False, "--apply", help="Record what it proposes."),
         discard: bool = typer.Option(False, "--discard", help="Drop what it proposed, recording nothing."),
         as_json: bool = JSON_OPTION,
         maildir: Optional[str] = typer.Option(None, "--maildir", metavar="FOLDER", envvar="FOLLOWUP_MAILDIR",
                                               help="Read a local Maildir (mbsync, offlineimap, notmuch) instead "
                                                    "of the IMAP server.")) -> None:
    """Read what is new in your inbox: replies stop the inquiries; likely rejections and offers, the dates
    replies give and invitations to a next round are proposed, each with the sentence that decided it."""
    from ..core.shapes import sync_json
    from .render import sync_text

    if discard:
        if apply:
            raise InputError("discard", "either --apply or --discard")
        typer.echo(f"Dropped {_mail(ctx).discard_proposals()} proposal(s); nothing was recorded.")
        return
    bars: list[Any] = []

    def progress(done: int, total: int) -> None:
        if total < 100:
            return  # quick: no bar
        if not bars:
            bars.append(typer.progressbar(length=total, label="Reading new messages", file=sys.stderr).__enter__())
        bars[0].update(1)
        if done == total:
            bars[0].__exit__(None, None, None)

    if maildir is not None:
        from ..usecases.inbox import Inbox

        report = Inbox(_service(ctx)).sync_maildir(maildir, apply, progress)
    else:
        report = _mail(ctx).sync(apply, progress)
    if as_json:
        _print_json(sync_json(report))
    else:
        typer.echo(sync_text(report))


@app.command("read")
def read_command(ctx: typer.Context, file: str = typer.Argument(..., metavar="FILE.eml|-",
                                                                help="A saved message (.eml), or - for pasted text."),
                 interview_id: Optional[int] = typer.Option(None, "--interview", metavar="ID",
                                                            help="The interview it answers [default: found by its "
                                                                 "sender and thread]."),
                 apply: bool = typer.Option(False, "--apply", help="Record what this message proposes."),
                 as_json: bool = JSON_OPTION) -> None:
    """Read one reply without IMAP: what it is, and what it proposes, as 'followup sync' would."""
    from ..core.shapes import sync_json
    from ..mail.imap import parse_message
    from ..usecases.inbox import Inbox
    from .render import sync_text

    raw = _read_bytes(file)  # a saved message says its own character set (latin-1 bodies are common)
    report = Inbox(_service(ctx)).read(parse_message(raw), interview_id, apply)
    if as_json:
        _print_json(sync_json(report))
    else:
        typer.echo(sync_text(report, "read").split("\n", 1)[-1])


account_app = typer.Typer(help="Your mail account.", no_args_is_help=True)
app.add_typer(account_app, name="account")


@account_app.command("test")
def account_test(ctx: typer.Context) -> None:
    """Connect and log in to the [smtp] and [imap] servers; say which step failed: name lookup, connect, TLS,
    login."""
    from .render import account_text

    typer.echo(account_text(_mail(ctx).test_account()))


@app.command()
def outbox(ctx: typer.Context, cancel: Optional[int] = typer.Option(None, "--cancel", metavar="ID",
                                                                    help="Take a scheduled message out."),
           as_json: bool = JSON_OPTION) -> None:
    """What is scheduled, being sent, sent, failed or cancelled."""
    from ..core.schema import parse_zone
    from ..core.shapes import outgoing_json
    from .render import outbox_text

    if cancel is not None:
        item = _mail(ctx).cancel(cancel)
        typer.echo(f"Cancelled: {item.kind} to {item.to.email} (interview {item.interview_id}).")
        return
    items = _mail(ctx).outbox()
    if as_json:
        _print_json([outgoing_json(o) for o in items])
        return
    typer.echo(outbox_text(items, parse_zone(_service(ctx).settings.profile.timezone, "profile.timezone")))


@app.command()
def export(ctx: typer.Context,
           interview_id: Optional[int] = typer.Argument(None, metavar="[ID]", help="The interview, for --eml."),
           eml: Optional[Path] = typer.Option(None, "--eml", metavar="DIR",
                                              help="One unsent .eml per email of the next due step."),
           ics: Optional[Path] = typer.Option(None, "--ics", metavar="FILE",
                                              help="Every planned step as a calendar event with an alarm."),
           csv_file: Optional[Path] = typer.Option(None, "--csv", metavar="FILE",
                                                   help="Every interview with its events, one a row.")) -> None:
    """Write files for a mail client or a calendar: drafts as .eml, the plans as .ics, the interviews as .csv."""
    from .render import draft_file_name, write_files

    if sum(x is not None for x in (eml, ics, csv_file)) != 1:
        raise InputError("export", "exactly one of --eml DIR, --ics FILE or --csv FILE")
    service = _service(ctx)
    if eml is not None:
        if interview_id is None:
            raise InputError("ID", "the interview whose drafts to export with --eml")
        from ..adapters.files import draft_message

        profile = service.settings.profile
        emails = [item for item in service.draft(interview_id, keep=False) if item.channel == "email"]
        if not emails:
            raise InputError("ID", f"an interview whose next step is an email (see 'followup draft {interview_id}'"
                                   " for cards and calls)")
        files: dict[str, str | bytes] = {
            draft_file_name(interview_id, item).removesuffix(".txt") + ".eml":
                bytes(draft_message(item, profile.name, profile.email)) for item in emails}
        written = write_files(eml, files)
    else:
        if interview_id is not None:
            raise InputError("ID", "no interview id with --ics or --csv (they cover every interview)")
        target = ics if ics is not None else csv_file
        assert target is not None
        content = service.calendar_file() if ics is not None else service.interviews_file()
        written = write_files(target.expanduser().resolve().parent, {target.name: content})
    typer.echo("Wrote " + ", ".join(str(p) for p in written), err=True)


@app.command("import")
def import_command(ctx: typer.Context, file: Path = typer.Argument(..., metavar="FILE.ics|FILE.csv",
                                                                    help="A calendar export, or a job tracker's "
                                                                         "CSV export."),
                   yes: bool = typer.Option(False, "--yes", "-y", help="Add them without asking."),
                   force: bool = typer.Option(False, "--force", help="Add also those with the same company, role "
                                                                     "and time as a recorded interview.")) -> None:
    """Add the interviews found in a calendar export (events whose title says interview) or in a job
    tracker's CSV (Huntr, Teal, LinkedIn's Job Applications.csv: rows with an interview date). One that is
    recorded already (the same company, role and time) is left out unless --force."""
    suffix = file.suffix.lower()
    if suffix not in (".ics", ".csv"):
        raise InputError("FILE", "a calendar export ending in .ics or a tracker's export ending in .csv", str(file))
    try:
        data = file.expanduser().read_bytes()
    except OSError as error:
        raise InputError("FILE", "a readable file", f"{file}: {error.strerror}") from None
    service = _service(ctx)
    if suffix == ".csv":
        _import_tracker(service, data, file, yes, force)
        return
    found = _leave_out_duplicates(service, service.found_in_calendar(data), force)
    if not found:
        typer.echo(f"No interviews to add from {file} (no event whose title says interview, or recorded "
                   "already).")
        return
    from ..core.display import printable

    chosen = []
    for item in found:  # ask about each, then add them all in one transaction: all or none
        summary = item.pop("summary")
        typer.echo(printable(f"{item['when']} ({item['timezone']}): {summary}"))  # a title from anywhere
        if not yes and not typer.confirm("  Add it?", default=True):
            continue
        for field in ("company", "role"):
            if not item.get(field):
                if yes:
                    raise InputError(field, f"a {field} for {summary!r} (its title does not say; import without "
                                     "--yes to be asked); nothing was added")
                item[field] = typer.prompt(f"  {field.capitalize()}")
        chosen.append(item)
    chosen = _leave_out_duplicates(service, chosen, force)  # those whose company or role you just gave
    views = service.add_many(chosen, force=force) if chosen else []
    for view in views:
        typer.echo(f"  Added interview #{view.interview.id}: {view.interview.company}, {view.interview.role}.")
    typer.echo(f"{len(views)} interview(s) added.")


def _leave_out_duplicates(service: Service, found: list[dict[str, Any]], force: bool) -> list[dict[str, Any]]:
    """The items to import: unless `force`, without those recorded already (or twice in the file), each
    left out with a line that says which interview it repeats."""
    if force:
        return found
    kept = []
    readable = [{key: value for key, value in item.items() if key != "summary"} for item in found]
    for item, duplicate in zip(found, service.duplicates(readable), strict=True):
        if duplicate is None:
            kept.append(item)
        else:
            where = f"#{duplicate.existing}" if duplicate.existing else "an earlier one in this file"
            typer.echo(f"left out {item['when']} ({item['timezone']}): {item.get('company')}, {item.get('role')}: "
                       f"recorded already as {where} (--force adds it again)")
    return kept


def _import_tracker(service: Service, data: bytes, file: Path, yes: bool, force: bool) -> None:
    """Show what will be added, ask once, then add it."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("FILE", "a UTF-8 CSV file", str(file)) from None
    found, skipped = service.found_in_tracker(text)
    for row in skipped:
        typer.echo(f"skipped line {row.line}: {row.reason}")
    found = _leave_out_duplicates(service, found, force)
    if not found:
        typer.echo(f"No interviews to add from {file} (a row needs an interview date, and one not recorded "
                   "already).")
        return
    typer.echo(f"To add ({len(found)}):")
    for item in found:
        typer.echo(f"  {item['when']} ({item['timezone']}): {item['company']}, {item['role']}")
    if not yes and not typer.confirm(f"Add these {len(found)} interview(s)?", default=True):
        typer.echo("Nothing added.")
        return
    views = service.add_many(found, force=force)
    typer.echo(f"{len(views)} interview(s) added: " + ", ".join(f"#{v.interview.id}" for v in views))


@app.command()
def serve(ctx: typer.Context, host: str = typer.Option("127.0.0.1", help="Address to listen on."),
          port: int = typer.Option(8000, help="Port to listen on."),
          allow_remote: bool = typer.Option(False, "--allow-remote",
                                            help="Serve other computers (directly, or through a proxy on this "
                                                 "one): a login token is printed at start, and only the names "
                                                 "of --host-allow are answered."),
          host_allow: Optional[list[str]] = typer.Option(None, "--host-allow", metavar="NAME",
                                                         help="With --allow-remote: a name (or address) this "
                                                              "computer is reached by; repeat for more."),
          tls_cert: Optional[Path] = typer.Option(None, "--tls-cert", metavar="FILE",
                                                  help="Serve https with this certificate (and --tls-key)."),
          tls_key: Optional[Path] = typer.Option(None, "--tls-key", metavar="FILE",
                                                 help="The certificate's private key.")) -> None:
    """Start the web app on this computer: the same data and rules, in your browser."""
    import uvicorn

    from ..web import create_app
    from ..web.app import LOOPBACK
    from ..web.security import Login

    hosts = _served_hosts(host, allow_remote, host_allow or [])
    if not 1 <= port <= 65535:
        raise InputError("port", "a port from 1 to 65535", port)
    if (tls_cert is None) != (tls_key is None) or any(f is not None and not f.is_file() for f in (tls_cert, tls_key)):
        raise InputError("tls-cert", "--tls-cert FILE and --tls-key FILE together, both readable files")
    environment: Environment = ctx.obj
    service = environment.service
    zone, fixed = service.now.tzinfo, service.now

    def clock() -> datetime:  # --now stands still: every request happens at that moment
        return fixed if environment.now else datetime.now(timezone.utc).astimezone(zone)

    login = Login() if allow_remote else None
    application = create_app(service, clock, LOOPBACK + hosts, login)
    gc.enable()  # a long-running server needs the collector that one-shot commands turn off
    scheme, shown = ("https" if tls_cert else "http"), (hosts[0] if hosts else host)
    if login is None:
        typer.echo(f"followup is at {scheme}://{shown}:{port}/ (Ctrl+C to stop)", err=True)
    else:
        typer.echo(f"followup is at {scheme}://{shown}:{port}/?token={login.token}\n(this link logs one browser in, "
                   "once; keep it secret. Ctrl+C to stop)", err=True)
    uvicorn.run(application, host=host, port=port, log_level="warning",
                ssl_certfile=str(tls_cert) if tls_cert else None, ssl_keyfile=str(tls_key) if tls_key else None)


HOST_NAME = re.compile(r"(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,62}\.?)*|\[[0-9A-Fa-f:.]+\]")


def _served_hosts(host: str, allow_remote: bool, names: list[str]) -> tuple[str, ...]:
    """The names the Host header may carry besides the loopback ones; loopback serving needs none."""
    import ipaddress

    if not allow_remote:
        if not (host in ("localhost", "[::1]") or _is_loopback(host, ipaddress)):
            raise InputError("host", "a loopback address such as 127.0.0.1 (add --allow-remote to serve other "
                             "computers)", host)
        if names:
            raise InputError("host-allow", "--allow-remote with it (loopback serving answers only loopback names)")
        return ()
    for name in names:
        if not HOST_NAME.fullmatch(name) or len(name) > 253:
            raise InputError("host-allow", "a host name or address without a port, such as laptop.local", name)
    wildcard = host in ("0.0.0.0", "::", "")
    if wildcard and not names:
        raise InputError("host-allow", "the name or address other computers reach this one by (with --host "
                         f"{host or '0.0.0.0'}), such as --host-allow laptop.local")
    return tuple(names) + (() if wildcard else (host if ":" not in host else f"[{host}]",))


def _is_loopback(host: str, ipaddress: Any) -> bool:
    try:
        return bool(ipaddress.ip_address(host.strip("[]")).is_loopback)
    except ValueError:
        return False


_MAX_BYTES = 1_000_000


def _read_message(file: str) -> str:
    """A message from a file or standard input: UTF-8 text of a sensible size."""
    data = _read_bytes(file)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("FILE", "a UTF-8 text file (this one holds binary data)", file) from None
    if "\x00" in text:
        raise InputError("FILE", "a UTF-8 text file (this one holds binary data)", file)
    return text


def _read_bytes(file: str) -> bytes:
    """The bytes of a file or of standard input, of a sensible size for one message."""
    if file == "-":
        data = sys.stdin.buffer.read(_MAX_BYTES + 1)
    else:
        path = Path(file).expanduser()
        try:
            with path.open("rb") as stream:
                data = stream.read(_MAX_BYTES + 1)
        except OSError as error:
            raise InputError("FILE", "a readable file", f"{file}: {error.strerror}") from None
    if len(data) > _MAX_BYTES:
        raise InputError("FILE", f"a message of at most {_MAX_BYTES // 1000:,} kB (an email, not a document)", file)
    return data


def _draft_text(item: Any) -> str:
    state = "edited by you" if item.edited else "written by followup"
    what = item.kind + (f" #{item.attempt}" if item.attempt > 1 else "") + f", {item.channel}"
    return f"--- draft {item.id}: {what} ({state}) ---\n{item.text}"


def _interview_json(view: Any) -> dict[str, Any]:
    from ..core.shapes import interview_json

    return interview_json(view.interview, view.plan.status)


def _read_file(path: Path) -> dict[str, Any]:
    """Fields from a .toml or .json file."""
    try:
        text = path.expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError("file", "a readable UTF-8 text file", f"{path}: {getattr(error, 'strerror', error)}") from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError("file", f"valid JSON ({error.msg} at line {error.lineno}, column {error.colno})",
                             str(path)) from None
        except RecursionError:
            raise InputError("file", "JSON nested less deeply (an interview is a few levels deep)", str(path)) from None
    elif path.suffix.lower() == ".toml":
        import tomllib

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise InputError("file", f"valid TOML ({error})", str(path)) from None
        except RecursionError:
            raise InputError("file", "TOML nested less deeply (an interview is a few levels deep)", str(path)) from None
    else:
        raise InputError("file", "a file ending in .toml or .json", str(path))
    if not isinstance(data, dict):
        raise InputError("file", "a table (TOML) or an object (JSON) of interview fields", str(path))
    return data


@functools.cache
def _command() -> Callable[..., Any]:
    """The click group Typer builds from `app` (calling `app` builds it anew each time): built once, its plain
    values checked without pydantic (see cli.coercion), and each command in it built by Typer when it is first
    looked up: a run builds the one it runs (`--help` all of them), not the ~30 (about 7 ms)."""
    import copy

    from .coercion import plain

    bare = copy.copy(app)  # the group's own options and settings, without its commands
    bare.registered_commands, bare.registered_groups = [], []
    group = typer.main.get_group(bare)
    plain(group)
    group.commands = _Commands(app)
    return group


class _Commands(dict[str, Any]):
    """`app`'s commands by name, in Typer's order (commands, then groups), each built by Typer on first use.
    Click and Typer look commands up with `get` and list them by iterating; every other way in builds them all."""

    def __init__(self, source: typer.Typer) -> None:
        infos: dict[str, Any] = {}
        for info in source.registered_commands:
            assert info.callback is not None  # as Typer asserts
            infos.setdefault(info.name or typer.main.get_command_name(info.callback.__name__), info)
        for group in source.registered_groups:
            assert group.name is not None  # every group here has a name
            infos.setdefault(group.name, group)
        super().__init__(dict.fromkeys(infos))
        self._infos = infos

    def __getitem__(self, name: str) -> Any:
        built = super().__getitem__(name)
        if built is None:
            built = self[name] = self._build(self._infos[name])
        return built

    def get(self, name: str, default: Any = None) -> Any:
        return self[name] if name in self else default

    def values(self) -> Any:
        return [self[name] for name in self]

    def items(self) -> Any:
        return [(name, self[name]) for name in self]

    def built(self) -> list[str]:
        """The commands built so far."""
        return [name for name, built in super().items() if built is not None]

    def _build(self, info: Any) -> Any:
        from .coercion import plain

        short, markup = app.pretty_exceptions_short, app.rich_markup_mode
        if isinstance(info, typer.models.TyperInfo):
            command: Any = typer.main.get_group_from_info(info, pretty_exceptions_short=short, rich_markup_mode=markup,
                                                          suggest_commands=app.suggest_commands)
        else:
            command = typer.main.get_command_from_info(info, pretty_exceptions_short=short, rich_markup_mode=markup)
        plain(command)
        return command


def run(args: list[str] | None = None) -> None:
    """The command line on `args` (by default the process's own): it ends with SystemExit and the exit status;
    a user error (FollowupError) becomes "error: ..." on standard error and its exit status, and so does a value
    Typer refuses (an unknown option, a missing argument, "abc" for a number): one line naming the option and
    where its help is, status 2. A bug is not caught: it stays a traceback. The installed command and the tests
    (in-process) both go through here."""
    from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError  # Typer's own Click

    try:
        status = _command()(args, prog_name="followup", standalone_mode=False)
    except FollowupError as error:
        typer.echo(f"error: {error.message}", err=True)
        sys.exit(error.exit_code)
    except ClickException as error:
        if isinstance(error, UsageError) and not isinstance(error, NoArgsIsHelpError):  # `followup` alone: help
            where = f" (see '{error.ctx.command_path} --help')" if error.ctx is not None else ""
            typer.echo(f"error: {' '.join(error.format_message().split())}{where}", err=True)
        else:
            error.show()
        sys.exit(error.exit_code)
    except typer.Abort:
        typer.echo("Aborted!", err=True)
        sys.exit(1)
    sys.exit(status if isinstance(status, int) else 0)


def main() -> None:
    # A command lives for well under a second and frees everything when it exits: the cyclic garbage
    # collector would only slow it down (by about 15% with thousands of interviews).
    gc.disable()
    run()
