"""Reading the inbox over IMAP (imap-tools): only what is new since the last sync, by UID, without ever
setting a flag (BODY.PEEK), deleting or moving anything; and the Sent folder, to look a message up by its
Message-ID or to keep a copy there."""

from __future__ import annotations

import re
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timezone
from html import unescape
from typing import Any

from .account import Account, MailError


SyncError = MailError  # the mailbox could not be read

@dataclass(frozen=True)
class Incoming:
    uid: int
    message_id: str
    in_reply_to: str
    references: tuple[str, ...]
    sender: str
    subject: str
    date: datetime | None  # None: the message has no (usable) Date header
    text: str
    headers: dict[str, str]
    name: str = ""  # the sender's display name


@contextmanager
def mailbox(account: Account, password: str | None) -> Iterator[Any]:
    """A logged-in IMAP connection, or SyncError naming the step that failed."""
    from imap_tools import MailBox, MailBoxStartTls, MailBoxUnencrypted

    try:
        socket.getaddrinfo(account.host, account.port)
    except socket.gaierror as error:
        raise SyncError(f"imap: name lookup: {account.host}: {error.strerror}") from None
    try:
        context = ssl.create_default_context(cafile=account.ca_file)
    except OSError as error:
        raise SyncError(f"imap.ca_file: cannot read {account.ca_file} ({error.strerror})") from None
    try:
        if account.security == "ssl":
            box: Any = MailBox(account.host, account.port, timeout=account.timeout, ssl_context=context)
        elif account.security == "starttls":
            box = MailBoxStartTls(account.host, account.port, timeout=account.timeout, ssl_context=context)
        else:
            box = MailBoxUnencrypted(account.host, account.port, timeout=account.timeout)
    except ssl.SSLError as error:
        raise SyncError(f"imap: TLS: {account.host}:{account.port}: {error.reason or error}") from None
    except OSError as error:
        raise SyncError(f"imap: connect: {account.host}:{account.port}: {error}") from None
    try:
        if account.oauth2_token_command:
            box.xoauth2(account.username or "", password or "", initial_folder=None)
        else:
            box.login(account.username or "", password or "", initial_folder=None)
    except Exception as error:  # noqa: BLE001 - imap-tools raises its own types, and imaplib's
        raise SyncError(f"imap: login: {account.username} was refused ({type(error).__name__})") from None
    box.email_message_class = _readable_message()  # a message nested past the stack: read by its headers
    try:
        yield box
    finally:
        try:
            box.logout()
        except Exception:  # noqa: BLE001 - the connection may already be gone
            pass


def new_messages(box: Any, folder: str, since: tuple[int, int] | None) -> tuple[tuple[int, int], list[Incoming]]:
    """The messages of `folder` that arrived after `since` (UIDVALIDITY, last UID seen), and the new mark."""
    from imap_tools import AND, U

    try:
        status = box.folder.status(folder)
        box.folder.set(folder, readonly=True)
    except Exception as error:  # noqa: BLE001
        raise SyncError(f"imap: the folder {folder!r} cannot be read ({error})") from None
    validity, last = int(status["UIDVALIDITY"]), 0
    if since is not None and since[0] == validity:
        last = since[1]
    try:
        found = [_incoming(m) for m in box.fetch(AND(uid=U(str(last + 1), "*")), mark_seen=False, bulk=50)]
    except Exception as error:  # noqa: BLE001 - a connection lost mid-way: say so, read it all next time
        raise SyncError(f"imap: reading {folder!r} stopped ({type(error).__name__}: {error}); nothing was "
                        "recorded, the next sync reads it again") from None
    found = [m for m in found if m.uid > last]  # "N:*" always includes the newest message
    newest = max([last, *(m.uid for m in found)])
    return (validity, newest), found


def _incoming(message: Any) -> Incoming:
    headers = {key.lower(): " ".join(value) for key, value in message.headers.items()}
    date = message.date if message.date.tzinfo else message.date.replace(tzinfo=timezone.utc)
    try:  # no Date header: imap-tools says 1900; one past the year 9999 in UTC is no date either
        when = None if date.year < 2000 else date.astimezone(timezone.utc).astimezone(date.tzinfo)
    except OverflowError:
        when = None
    text = _text(message)
    address, name = _sender(message)
    return Incoming(int(message.uid or 0), headers.get("message-id", "").strip(),
                    headers.get("in-reply-to", "").strip(), tuple(headers.get("references", "").split()),
                    address, _subject(message), when, text, headers, name)


def _text(message: Any) -> str:
    """The message's text (its HTML's words if it has no text part). A part in a character set Python cannot
    read ("undefined", "idna") is read as UTF-8 if it can be, else as Windows-1252, so that one message cannot
    stop every later sync; so is one that says UTF-16 or UTF-32 but holds no NUL byte (plain text in those has one every
    other byte or more): read as it says, it would be Chinese-looking nonsense."""
    parts = [part for part in message.obj.walk()
             if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment"]
    try:
        if not any(_misdeclared(part) for part in parts):
            return message.text or _plain(message.html or "")
    except (LookupError, ValueError):
        pass
    return "\n".join(_decoded(part.get_payload(decode=True) or b"", ["utf-8"]) for part in parts)


def _misdeclared(part: Any) -> bool:
    charset = part.get_content_charset()
    return bool(charset) and not _reads_ascii(charset) and b"\x00" not in (part.get_payload(decode=True) or b"")


def _subject(message: Any) -> str:
    """The Subject header as one line of text. Encoded words say their character set; raw 8-bit bytes (old mail
    programs write "Résumé" in Latin-1 without saying so) are UTF-8 if they can be, else the character set the
    body declares, else Windows-1252, so that no letter is lost. A character set that does not read plain ASCII
    as itself ("utf-16", "unicode_escape", "punycode") is passed over."""
    from email.errors import HeaderParseError
    from email.header import decode_header

    raw = message.obj["subject"]
    if raw is None:
        return ""
    try:
        pieces = decode_header(raw)
    except HeaderParseError:  # a broken encoded word ("=?utf-8?B?A?="): the header as written
        pieces = [(str(raw).encode("ascii", "replace"), "ascii")]
    try:
        body = message.obj.get_content_charset()
    except ValueError:  # a charset parameter with a NUL in it
        body = None
    parts = []
    for value, charset in pieces:
        said = [charset] if charset and charset != "unknown-8bit" else ["utf-8", body]
        parts.append(value if isinstance(value, str) else _decoded(value, said))
    return " ".join("".join(parts).split())  # a folded header, or a CR or LF in it, is one line


_PLAIN_ASCII = "Re: a+b-c \\n 1=2?"  # what every character set mail uses reads as itself


def _decoded(value: bytes, charsets: list[str | None]) -> str:
    """`value` in the first of `charsets`, then Windows-1252, that reads plain ASCII as itself and reads every
    byte of it; else in Latin-1, which reads any byte."""
    for charset in [*filter(None, charsets), "cp1252"]:
        if _reads_ascii(charset):
            try:
                return value.decode(charset)
            except (LookupError, ValueError):  # not valid in it
                continue
    return value.decode("latin-1")


def _reads_ascii(charset: str) -> bool:
    """Whether a character set reads plain ASCII as itself (not "utf-16", "unicode_escape" or "punycode"; an
    unknown one or one that is not a text encoding does not)."""
    try:
        return _PLAIN_ASCII.encode("ascii").decode(charset) == _PLAIN_ASCII
    except (LookupError, ValueError):
        return False


def _sender(message: Any) -> tuple[str, str]:
    """The From address (lower case) and name; none for a From header nested past Python's stack (a
    thousand "(": the standard library's address parser recurses once per comment), so that one message
    cannot stop every later sync."""
    try:
        return (message.from_ or "").lower(), (message.from_values.name if message.from_values else "")
    except RecursionError:
        return "", ""


def parse_message(raw: bytes) -> Incoming:
    """One message as it is stored (an .eml file, a Maildir file); text without headers is taken as its body."""
    if not _HEADER.match(raw):
        raw = b"\n" + raw  # pasted words only: no headers
    return _incoming(_readable_message().from_bytes(raw))


def _readable_message() -> Any:
    """imap-tools' MailMessage, but a message whose parts nest deeper than Python's stack (anyone can mail one)
    is read by its headers alone, instead of stopping the whole sync with a RecursionError."""
    from imap_tools import MailMessage

    class Readable(MailMessage):
        def __init__(self, fetch_data: list[Any]) -> None:
            try:
                super().__init__(fetch_data)
            except RecursionError:
                super().__init__([(item[0], _headers_only(item[1])) if isinstance(item, tuple) else item
                                  for item in fetch_data])

    return Readable


def _headers_only(raw: bytes) -> bytes:
    """The message's header block without its Content-* fields (nor their folded lines): a text/plain message
    with no body."""
    kept, dropping = [], False
    for line in re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[0].splitlines():
        if line[:1] in (b" ", b"\t"):
            if not dropping:
                kept.append(line)
            continue
        dropping = line.lower().startswith((b"content-type:", b"content-transfer-encoding:"))
        if not dropping:
            kept.append(line)
    return b"\r\n".join(kept) + b"\r\n\r\n"


_HEADER = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]")


def _plain(html: str) -> str:
    """The words of an HTML-only message."""
    text = re.sub(r"(?is)<(script|style).*?</\1>|<br\s*/?>|</p>", "\n", html)
    return unescape(re.sub(r"<[^>]+>", " ", text))


def in_folder(box: Any, folder: str, message_id: str) -> bool:
    """Whether a message with this Message-ID is in `folder` (the Sent folder)."""
    from imap_tools import AND, H

    try:
        box.folder.set(folder, readonly=True)
    except Exception as error:  # noqa: BLE001
        raise SyncError(f"imap: the folder {folder!r} cannot be read ({error})") from None
    try:
        return bool(box.uids(AND(header=H("Message-ID", message_id))))
    except Exception as error:  # noqa: BLE001
        raise SyncError(f"imap: searching {folder!r} stopped ({type(error).__name__})") from None


def keep_copy(box: Any, folder: str, message: bytes, at: datetime) -> None:
    try:
        box.append(message, folder, dt=at, flag_set=("\\Seen",))
    except Exception as error:  # noqa: BLE001
        raise SyncError(f"imap: no copy in {folder!r} ({type(error).__name__})") from None


def maildir_folder(folder: str) -> str:
    """The whole path of a local Maildir folder, however it is typed ("md", "./md/", "~/md"), so that each way of
    typing it keeps one position; an InputError when it is not one (or cannot be looked at: a loop of links, an
    unknown ~user, a name too long, the current folder gone)."""
    from pathlib import Path

    from ..core.errors import InputError

    try:
        root = Path(folder).expanduser().resolve()
        found = (root / "cur").is_dir() and (root / "new").is_dir()
    except (OSError, RuntimeError):
        found = False
    if not found:
        raise InputError("maildir", "a Maildir folder (with cur/ and new/ in it)", folder)
    return str(root)


def maildir_messages(folder: str, mark: str | None) -> tuple[set[str], list[Incoming]]:
    """The messages of a local Maildir (kept by mbsync, offlineimap or notmuch; `folder` as `maildir_folder`
    gives it) not seen at the last `mark`, and the messages seen now (read now or before; `maildir_mark` keeps
    them). A mark names the messages seen (a short hash of each file's unique name, which a flag change or a move
    from new/ to cur/ keeps), not a file time: a mail program may give a new message an old time (offlineimap's
    utime_from_header). A file renamed or removed between listing and reading is left for the next sync. The
    folder is only read."""
    from pathlib import Path

    root = Path(folder)
    seen, before = _seen(mark)
    files: dict[str, tuple[int, Path]] = {}
    found: list[tuple[int, Incoming]] = []
    gone: set[str] = set()
    try:  # a folder or a file that cannot be read: nothing is recorded, and the next sync tries again
        for path in [*(root / "new").iterdir(), *(root / "cur").iterdir()]:
            with suppress(FileNotFoundError):
                if path.is_file() and not path.name.startswith("."):
                    files[_maildir_key(path.name)] = (path.stat().st_mtime_ns, path)
        for key, (stamp, path) in files.items():
            if key not in seen and (before is None or stamp > before):
                try:
                    found.append((stamp, parse_message(path.read_bytes())))
                except FileNotFoundError:
                    gone.add(key)
    except OSError as error:
        raise SyncError(f"maildir: reading {root} stopped ({error.strerror}); nothing was recorded") from None
    return files.keys() - gone, [message for _, message in sorted(found, key=lambda item: item[0])]


_SEEN = "seen:"  # a Maildir mark: this, then the messages seen, each a `_maildir_key`, joined by commas


def maildir_mark(stored: str | None, seen: set[str]) -> str:
    """The mark to keep: the messages seen at the mark `stored` as it is when the sync is recorded (another sync
    of the same folder may have moved it meanwhile), and those `seen` now. Never shortened: a message a listing
    missed (renamed at that moment) is still seen."""
    return _SEEN + ",".join(sorted(_seen(stored)[0] | seen))


def _seen(mark: str | None) -> tuple[set[str], int | None]:
    """The messages a mark says were seen, or (a mark of digits, as marks were once kept) the file time up to
    which they were. A mark that is neither (damaged) says nothing: every message is read again."""
    if mark and mark.startswith(_SEEN):
        return set(filter(None, mark.removeprefix(_SEEN).split(","))), None
    if mark and re.fullmatch(r"[0-9]{1,20}", mark):
        return set(), int(mark)
    return set(), None


def _maildir_key(name: str) -> str:
    """A short hash of a Maildir file's unique name: the part before its flags (":2,S"; mbsync on Windows
    writes ";2,", some programs "!2,"). 64 bits: for a folder of a million messages, the chance that two
    share one is about 3 in 100 million."""
    from hashlib import blake2b

    unique = re.sub(r"[:;!]2,[^:;!]*$", "", name)
    return blake2b(unique.encode("utf-8", "surrogateescape"), digest_size=8).hexdigest()
