"""The store: one transaction per use case, rows in and out as the core's plain data."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, bindparam, create_engine, delete, event, insert, or_, select, update
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchTableError, OperationalError

from ..core.errors import FollowupError, InputError, NotFoundError
from ..core.model import Concern, Draft, Event, Interview, Interviewer, Outgoing, Recipient
from . import home_path
from .migrate import ensure_schema
from .tables import drafts, events, interviewers, interviews, meta, outbox


_ADD_TRIES = 3


class StoreBusy(FollowupError):
    """Another process kept changing the rows this one needs: nothing was written; running it again is safe."""

    exit_code = 1
    http_status = 503


def open_store(url: str, create: bool = True) -> Store:
    """Open (creating and migrating as needed) the database at a SQLAlchemy URL ("~" in a SQLite path is the home
    folder). Without `create`, a SQLite file that is not there is an InputError, and nothing is made; so is a
    SQLite URI (`?uri=true`), whose file SQLite names itself."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise FollowupError(f"db: expected a file path or a database URL, got {url!r}") from None
    if parsed.get_backend_name() == "sqlite" and _in_memory(parsed):
        raise InputError("db", "a database file (one kept in memory keeps nothing once the command ends)", url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        path = home_path(parsed.database, "db")
        if not create and parsed.query.get("uri"):
            raise InputError("db", "a database file, not a SQLite URI (uri=true: only 'followup add' takes one)", url)
        if not create and not path.exists():
            raise InputError("db", "an existing database file ('followup add' starts a new one)", parsed.database)
        parsed = parsed.set(database=str(path))  # SQLite itself would read "~" as a folder of that name
        folder = path.parent
        made = [f for f in (folder, *folder.parents) if not f.exists()]  # deepest first
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise FollowupError(f"db: cannot create the folder {folder}: {error.strerror}") from None
        try:
            return _opened(parsed)
        except BaseException:  # nothing half-made: the folders made for a database that did not open go, if empty
            for empty in made:
                with suppress(OSError):
                    empty.rmdir()
            raise
    return _opened(parsed)


def _in_memory(parsed: URL) -> bool:
    """A SQLite URL with no file ("sqlite://", ":memory:", "file::memory:", mode=memory in any case)."""
    modes = parsed.query.get("mode", ())
    return (not parsed.database or ":memory:" in parsed.database
            or any(mode.lower() == "memory" for mode in ((modes,) if isinstance(modes, str) else modes)))


def _opened(parsed: URL) -> Store:
    sqlite = parsed.get_backend_name() == "sqlite"
    try:
        engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT} if sqlite else {})
    except (ArgumentError, ImportError):  # a dialect SQLAlchemy does not know, or one whose driver is missing
        raise FollowupError(f"db: expected a SQLite file or a postgresql:// URL (with its driver installed), got "
                            f"{parsed.render_as_string(hide_password=True)!r}") from None
    if sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        with _plainly(_where(parsed), opening=True):
            ensure_schema(engine)
    except FollowupError:
        engine.dispose()
        raise
    return Store(engine)


def _where(url: URL) -> str:
    """The database as a person named it: the file, or the URL without its password."""
    if url.get_backend_name() == "sqlite" and url.database:
        return url.database
    return url.render_as_string(hide_password=True)


BUSY_TIMEOUT = 15.0  # seconds a SQLite command waits for another process's write to finish


@contextmanager
def _plainly(where: str, opening: bool = False) -> Iterator[None]:
    """What the database says when it is busy, damaged or not a database, as one line (exit 2)."""
    try:
        yield
    except DatabaseError as error:
        plain = _in_words(where, error, opening)
        if plain is None:
            raise
        raise plain from None
    except NoSuchTableError as error:  # a migration found a table missing: not ours, or damaged
        raise FollowupError(f"db: {where} is not a followup database, or it is damaged (no table {error}); "
                            "restore it from your backup, or give another file with --db") from None
    except ValueError as error:
        if "isoformat" not in str(error):
            raise
        raise FollowupError(f"db: {where} holds a date-time that cannot be read ({error}); restore it from your "
                            "backup") from None


def _in_words(where: str, error: DatabaseError, opening: bool) -> FollowupError | None:
    """One database error as one line, or None for one that says nothing a person can act on. While the
    database is opened (and brought up to date), any error is one line: the schema met is not followup's."""
    said = (str(error.orig).strip().splitlines() or [type(error).__name__])[0]  # PostgreSQL adds a LINE 1: ...
    if isinstance(error, OperationalError) and "locked" in said:
        return FollowupError(f"db: {where} is busy (another followup has been writing to it for over "
                             f"{BUSY_TIMEOUT:g} s); try again in a moment")
    if "readonly" in said:
        return FollowupError(f"db: {where} is read-only; give followup a file it may write to (--db)")
    if ("not a database" in said or "malformed" in said or "corrupt" in said or "no such table" in said
            or ('relation "' in said and "does not exist" in said)):  # PostgreSQL: a table missing
        return FollowupError(f"db: {where} is not a followup database, or it is damaged ({said}); restore it "
                             "from your backup, or give another file with --db")
    if "full" in said:  # "database or disk is full": the transaction is rolled back whole
        return FollowupError(f"db: {where}: the disk is full, so nothing of this was written; free some space and "
                             "try again")
    if opening:
        return FollowupError(f"db: cannot open {where}: {said}")
    return None


def _sqlite_pragmas(connection: Any, record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def transaction(self) -> Iterator[Repository]:
        """All the writes of one use case, or none of them."""
        with _plainly(_where(self.engine.url)), self.engine.begin() as connection:
            yield Repository(connection)

    def close(self) -> None:
        self.engine.dispose()


def _to_utc(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def _from_utc(stored: datetime, zone: ZoneInfo) -> datetime:
    return stored.replace(tzinfo=timezone.utc).astimezone(zone)


class Repository:
    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    # -- interviews ----------------------------------------------------------------------------------
    def add_interview(self, interview: Interview, now: datetime) -> int:
        row = self.connection.execute(insert(interviews).values(
            **_interview_row(interview), created_at=_to_utc(now), updated_at=_to_utc(now)))
        interview_id = int(row.inserted_primary_key[0])  # type: ignore[index]
        self._write_interviewers(interview_id, interview.interviewers)
        return interview_id

    def replace_interview(self, interview_id: int, interview: Interview, now: datetime) -> None:
        self._require(interview_id)
        self.connection.execute(update(interviews).where(interviews.c.id == interview_id).values(
            **_interview_row(interview), updated_at=_to_utc(now)))
        self.connection.execute(delete(interviewers).where(interviewers.c.interview_id == interview_id))
        self._write_interviewers(interview_id, interview.interviewers)

    def delete_interview(self, interview_id: int) -> None:
        self._require(interview_id)
        for table in (outbox, drafts, events, interviewers):
            self.connection.execute(delete(table).where(table.c.interview_id == interview_id))
        self.connection.execute(delete(interviews).where(interviews.c.id == interview_id))

    def interview(self, interview_id: int) -> Interview:
        found = self.interviews([interview_id]) if _storable(interview_id) else []
        if not found:
            raise NotFoundError("interview", interview_id)
        return found[0]

    def interviews(self, ids: Iterable[int] | None = None, details: bool = True,
                   awake_at: datetime | None = None) -> list[Interview]:
        """Interviews (all of them, those with the given ids, or those `awake_at` a moment), oldest first.
        Without `details`, the free-text lists (topics, goals, concerns, notes) are left empty: planning does
        not need them."""
        c, p = interviews.c, interviewers.c
        columns = [c.id, c.company, c.role, c.starts_at, c.timezone, c.duration_minutes, c.format, c.department,
                   c.decision_timeline, c.decision_by, c.culture, c.phone_encouraged, c.mailing_address]
        query = select(*columns, *([c.topics, c.goals, c.concerns, c.notes] if details else [])).order_by(
            c.starts_at, c.id)
        people = select(p.interview_id, p.name, p.title, p.email, p.department, p.contact, p.phone, p.address_as,
                        *([p.topics] if details else []))
        people = people.order_by(p.interview_id, p.position)
        if ids is not None:
            ids = [key for key in ids if _storable(key)]
            query = query.where(interviews.c.id.in_(ids))
            people = people.where(interviewers.c.interview_id.in_(ids))
        if awake_at is not None:
            query = query.where(_awake(awake_at))
            people = people.join(interviews).where(_awake(awake_at))
        by_interview: dict[int, list[Interviewer]] = defaultdict(list)
        for interview_id, *fields in self.connection.execute(people).all():
            name, title, email, department, contact, phone, address_as, *topics = fields
            by_interview[interview_id].append(Interviewer(name, title, email, department,
                                                          tuple(topics[0]) if topics else (), contact, phone,
                                                          address_as))
        zones: dict[str, ZoneInfo] = {}
        found = []
        for (interview_id, company, role, starts_at, zone_name, minutes, form, department, timeline, decision_by,
             culture, phone, address, *more) in self.connection.execute(query).all():
            zone = zones.get(zone_name) or zones.setdefault(zone_name, ZoneInfo(zone_name))
            interview = Interview(
                company=company, role=role, when=_from_utc(starts_at, zone), timezone=zone_name,
                duration_minutes=minutes, format=form, department=department, decision_timeline=timeline,
                decision_by=decision_by, culture=culture, phone_encouraged=phone, mailing_address=address,
                interviewers=tuple(by_interview[interview_id]), id=interview_id)
            if more:
                topics, goals, concerns, notes = more
                interview = replace(interview, topics=tuple(topics), goals=tuple(goals), notes=notes,
                                    concerns=tuple(Concern(c["concern"], c.get("answer"), c.get("raised_by"))
                                                  for c in concerns))
            found.append(interview)
        return found

    def _require(self, interview_id: int) -> None:
        found = _storable(interview_id) and self.connection.execute(
            select(interviews.c.id).where(interviews.c.id == interview_id)).first() is not None
        if not found:
            raise NotFoundError("interview", interview_id)

    def _write_interviewers(self, interview_id: int, people: Iterable[Interviewer]) -> None:
        rows = [{"interview_id": interview_id, "position": n, "name": p.name, "title": p.title, "email": p.email,
                 "department": p.department, "topics": list(p.topics), "contact": p.contact, "phone": p.phone,
                 "address_as": p.address_as}
                for n, p in enumerate(people)]
        if rows:
            self.connection.execute(insert(interviewers), rows)

    # -- events --------------------------------------------------------------------------------------
    def add_event(self, interview_id: int, item: Event, now: datetime) -> int:
        self._require(interview_id)
        row = self.connection.execute(insert(events).values(
            interview_id=interview_id, type=item.type, at=_to_utc(item.at), kind=item.kind, recipient=item.to,
            channel=item.channel, text=item.text, decision_by=item.decision_by, created_at=_to_utc(now)))
        return int(row.inserted_primary_key[0])  # type: ignore[index]

    def hold(self, interview_id: int) -> None:
        """Take the interview for this transaction before reading it: another transaction that would change it
        waits until this one ends, then reads what this one wrote (a Skip sent twice at once skips once)."""
        if _storable(interview_id):  # an id past 64 bits is the id of nothing (load says so)
            self.connection.execute(update(interviews).where(interviews.c.id == interview_id)
                                    .values(id=interviews.c.id))

    def delete_event(self, event_id: int) -> None:
        self.connection.execute(delete(events).where(events.c.id == event_id))

    def events(self, ids: Iterable[int] | None = None, awake_at: datetime | None = None) -> dict[int, list[Event]]:
        """Events by interview id (for all interviews, those with the given ids, or those `awake_at` a
        moment), oldest first."""
        columns = (events.c.id, events.c.interview_id, events.c.type, events.c.at, events.c.kind, events.c.recipient,
                   events.c.channel, events.c.text, events.c.decision_by, interviews.c.timezone)
        query = select(*columns).join(interviews).order_by(events.c.at, events.c.id)
        if ids is not None:
            query = query.where(events.c.interview_id.in_(list(ids)))
        if awake_at is not None:
            query = query.where(_awake(awake_at))
        found: dict[int, list[Event]] = defaultdict(list)
        zones: dict[str, ZoneInfo] = {}
        for (event_id, interview_id, event_type, at, kind, recipient, channel, text, decision_by,
             zone_name) in self.connection.execute(query).all():
            zone = zones.get(zone_name) or zones.setdefault(zone_name, ZoneInfo(zone_name))
            found[interview_id].append(Event(event_type, _from_utc(at, zone), kind, recipient, channel, text,
                                             decision_by, event_id))
        return found

    def companies_and_roles(self) -> list[tuple[str, str]]:
        """(company, role) of every interview: what a message must not mix up."""
        query = select(interviews.c.company, interviews.c.role).distinct()
        return [(company, role) for company, role in self.connection.execute(query)]

    # -- drafts --------------------------------------------------------------------------------------
    def drafts(self, interview_id: int) -> list[Draft]:
        self._require(interview_id)
        query = select(drafts, interviews.c.mailing_address).join(
            interviews, interviews.c.id == drafts.c.interview_id).where(
            drafts.c.interview_id == interview_id).order_by(drafts.c.id)
        return [_draft(row) for row in self.connection.execute(query).mappings()]

    def draft(self, draft_id: int) -> tuple[int, Draft]:
        """(interview id, draft) for a stored draft's id."""
        query = select(drafts, interviews.c.mailing_address).join(
            interviews, interviews.c.id == drafts.c.interview_id).where(drafts.c.id == draft_id)
        row = self.connection.execute(query).mappings().first() if _storable(draft_id) else None
        if row is None:
            raise NotFoundError("draft", draft_id, field="draft", where="'followup draft ID --json'")
        return row["interview_id"], _draft(row)

    def save_draft(self, interview_id: int, item: Draft, now: datetime) -> Draft:
        """Store a draft in the place of the one for the same step and recipient, if any."""
        self._require(interview_id)
        values = {"subject": item.subject, "body": item.body, "edited": item.edited, "updated_at": _to_utc(now),
                  "recipient_name": item.to.name, "recipient_email": item.to.email, "addressee": item.to.addressee}
        key = {"interview_id": interview_id, "kind": item.kind, "attempt": item.attempt, "channel": item.channel,
               "recipient": item.to.key}
        # one statement, so that two runs drafting the same step at once both succeed (the later one wins)
        statement = _insert(self.connection)(drafts).values(**key, **values, created_at=_to_utc(now))
        statement = statement.on_conflict_do_update(index_elements=list(key), set_=values).returning(drafts.c.id)
        return replace(item, id=int(self.connection.execute(statement).scalar_one()))

    # -- the outbox -------------------------------------------------------------------------------------
    def add_outgoing(self, item: Outgoing, now: datetime) -> tuple[Outgoing, bool]:
        """Queue `item`, unless a row for the same step (interview, kind, attempt, recipient) is waiting, going
        or gone: the database lets one row hold a step. (the stored row, True if it is this new one)."""
        self._require(item.interview_id)
        key = step_key(item)
        values = {**_outgoing_row(item), "step_key": key, "created_at": _to_utc(now), "updated_at": _to_utc(now)}
        statement = _insert(self.connection)(outbox).values(**values).on_conflict_do_nothing(
            index_elements=["step_key"]).returning(outbox.c.id)
        for _ in range(_ADD_TRIES):  # the holder may fail or be cancelled between the two statements
            added = self.connection.execute(statement).scalar()
            if added is not None:
                return replace(item, id=int(added)), True
            row = self.connection.execute(select(outbox).where(outbox.c.step_key == key)).mappings().first()
            if row is not None:
                return _outgoing(row), False
        raise StoreBusy(f"the outbox row for {key} kept changing; try again")

    def update_outgoing(self, item: Outgoing, now: datetime) -> None:
        self.connection.execute(update(outbox).where(outbox.c.id == item.id).values(**_outgoing_values(item, now)))

    def outgoing_by_id(self, outgoing_id: int) -> Outgoing | None:
        if not _storable(outgoing_id):
            return None
        row = self.connection.execute(select(outbox).where(outbox.c.id == outgoing_id)).mappings().first()
        return None if row is None else _outgoing(row)

    def claim_outgoing(self, item: Outgoing, tries_seen: int, now: datetime) -> bool:
        """Store `item` only if nobody has tried it since it was read with `tries_seen` tries: True if so."""
        done = self.connection.execute(update(outbox).where(outbox.c.id == item.id, outbox.c.tries == tries_seen)
                                       .values(**_outgoing_values(item, now)))
        return bool(done.rowcount)

    def outgoing(self, states: Iterable[str] | None = None, due_by: datetime | None = None,
                 interview_id: int | None = None) -> list[Outgoing]:
        """The outbox, oldest first: in the given states, due by a moment, for one interview."""
        query = select(outbox).order_by(outbox.c.send_at, outbox.c.id)
        if states is not None:
            query = query.where(outbox.c.state.in_(list(states)))
        if due_by is not None:
            query = query.where(outbox.c.send_at <= _to_utc(due_by))
        if interview_id is not None:
            query = query.where(outbox.c.interview_id == interview_id)
        return [_outgoing(row) for row in self.connection.execute(query).mappings()]

    # -- when each plan next opens a step (see service.Service.today) ----------------------------------------
    def set_wakes(self, wakes: Iterable[tuple[int, datetime | None]], checked_at: datetime) -> None:
        """Remember, for each (interview id, wake_at), when its plan next opens a step, as of `checked_at`."""
        rows = [{"key": interview_id, "wake_at": _to_utc(wake_at) if wake_at else None,
                 "wake_checked_at": _to_utc(checked_at)} for interview_id, wake_at in wakes]
        if rows:
            statement = update(interviews).where(interviews.c.id == bindparam("key"))
            self.connection.execute(statement.values(wake_at=bindparam("wake_at"),
                                                     wake_checked_at=bindparam("wake_checked_at")), rows)

    def sleeping(self, now: datetime) -> Iterator[tuple[int, datetime]]:
        """(id, wake_at) of the interviews not awake at `now` that will wake, soonest first."""
        query = select(interviews.c.id, interviews.c.wake_at).where(
            ~_awake(now), interviews.c.wake_at.is_not(None)).order_by(interviews.c.wake_at, interviews.c.id)
        for interview_id, wake_at in self.connection.execute(query):
            yield interview_id, wake_at.replace(tzinfo=timezone.utc)

    def setting(self, name: str) -> str | None:
        return self.connection.execute(select(meta.c.value).where(meta.c.name == name)).scalar()

    def hold_setting(self, name: str) -> None:
        """Take a setting for this transaction before reading it (as `hold` an interview): another transaction
        that would change it waits until this one ends. A setting not there yet is made, empty, first: a row
        that does not exist holds nothing (PostgreSQL locks rows, not names)."""
        self.connection.execute(_insert(self.connection)(meta).values(name=name, value="")
                                .on_conflict_do_nothing(index_elements=[meta.c.name]))
        self.connection.execute(update(meta).where(meta.c.name == name).values(value=meta.c.value))

    def set_setting(self, name: str, value: str) -> None:
        """The setting's row is changed in place (a transaction waiting to hold it then holds the new value; a
        row deleted and made again would leave it holding nothing)."""
        self.connection.execute(_insert(self.connection)(meta).values(name=name, value=value)
                                .on_conflict_do_update(index_elements=[meta.c.name], set_={"value": value}))


def _storable(key: object) -> bool:
    """An id the database can hold (a positive 64-bit integer): any other is the id of nothing."""
    return isinstance(key, int) and 0 < key < 2 ** 63


def step_key(item: Outgoing) -> str:
    """What makes a message one of a kind: its interview, kind, attempt and recipient's address."""
    return f"{item.interview_id}/{item.kind}/{item.attempt}/{(item.to.email or '').casefold()}"


def _insert(connection: Connection) -> Any:
    """INSERT with ON CONFLICT, in the database's own dialect (SQLite and PostgreSQL both have it)."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


def _awake(now: datetime) -> Any:
    """Interviews whose plan may have a step open at `now`: those whose wake-up time has come, and those
    whose wake-up time was worked out for a later moment (it holds only from then on) or never."""
    utc = _to_utc(now)
    return or_(interviews.c.wake_checked_at.is_(None), interviews.c.wake_checked_at > utc,
               interviews.c.wake_at <= utc)


def _draft(row: Any) -> Draft:
    to = Recipient(row["recipient_name"], row["recipient_email"], row["addressee"])
    address = row["mailing_address"] if row["channel"] == "handwritten" else None
    return Draft(row["kind"], row["attempt"], row["channel"], to, row["subject"], row["body"], row["edited"],
                 row["id"], address)


def _outgoing_row(item: Outgoing) -> dict[str, Any]:
    return {"interview_id": item.interview_id, "kind": item.kind, "attempt": item.attempt,
            "recipient_name": item.to.name, "recipient_email": item.to.email, "addressee": item.to.addressee,
            "subject": item.subject, "body": item.body, "message_id": item.message_id,
            "in_reply_to": item.in_reply_to, "references": " ".join(item.references) or None,
            "state": item.state, "send_at": _to_utc(item.send_at), "tries": item.tries, "error": item.error,
            "sent_at": _to_utc(item.sent_at) if item.sent_at else None}


def _outgoing_values(item: Outgoing, now: datetime) -> dict[str, Any]:
    """The columns an update writes; a message that failed or was cancelled lets its step go (it may be queued
    again)."""
    values = {**_outgoing_row(item), "updated_at": _to_utc(now)}
    if item.state in ("failed", "cancelled"):
        values["step_key"] = None
    return values


def _outgoing(row: Any) -> Outgoing:
    utc = timezone.utc
    return Outgoing(row["interview_id"], row["kind"], row["attempt"],
                    Recipient(row["recipient_name"], row["recipient_email"], row["addressee"]), row["subject"],
                    row["body"], row["message_id"], row["send_at"].replace(tzinfo=utc), row["state"],
                    row["in_reply_to"], tuple((row["references"] or "").split()), row["tries"], row["error"],
                    row["sent_at"].replace(tzinfo=utc) if row["sent_at"] else None, row["id"])


def _interview_row(interview: Interview) -> dict[str, Any]:
    return {
        "company": interview.company, "role": interview.role, "starts_at": _to_utc(interview.when),
        "timezone": interview.timezone, "duration_minutes": interview.duration_minutes, "format": interview.format,
        "department": interview.department, "decision_timeline": interview.decision_timeline,
        "decision_by": interview.decision_by, "culture": interview.culture,
        "phone_encouraged": interview.phone_encouraged, "mailing_address": interview.mailing_address,
        "topics": list(interview.topics), "goals": list(interview.goals),
        "concerns": [{"concern": c.concern, "answer": c.answer, **({"raised_by": c.raised_by} if c.raised_by else {})}
                     for c in interview.concerns],
        "notes": interview.notes,
    }
