"""A real SMTP server on 127.0.0.1 for the tests (aiosmtpd): implicit TLS and STARTTLS on a throwaway
certificate, AUTH PLAIN/LOGIN and XOAUTH2, and faults on demand (refuse, fail for now, drop the connection mid-DATA)."""

from __future__ import annotations

import asyncio
import email
import email.policy
import socket
import ssl
import subprocess
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER, PASSWORD = "candidate@example.test", "s3cret-Pa55"
TOKEN = "ya29.a0-followup-test-access-token"  # the one OAuth 2 access token the server takes (XOAUTH2)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                    "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key),
                    "-out", str(cert)], check=True, capture_output=True)
    return cert, key


@dataclass
class Handler:
    received: list[EmailMessage] = field(default_factory=list)
    fault: str | None = None  # "refuse", "tempfail", "disconnect", "slow" (answers after 3 s)
    logins: list[tuple[str, str]] = field(default_factory=list)  # (mechanism, user) of each XOAUTH2 login

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.fault == "refuse":
            return "550 5.7.1 Message rejected"
        if self.fault == "tempfail":
            return "451 4.3.0 Try again later"
        if self.fault == "slow":
            await asyncio.sleep(3)  # longer than the client waits: it gives up, and the message arrives anyway
        if self.fault == "disconnect":
            server.transport.close()  # the message never arrives, and the client cannot tell
            return "421 closing"
        self.received.append(email.message_from_bytes(envelope.original_content, policy=email.policy.default))
        return "250 OK"

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        """AUTH XOAUTH2 as Gmail and Microsoft 365 speak it: the initial response (or the answer to an empty
        challenge) is base64 of "user=U^Aauth=Bearer T^A^A"; a refused token gets a 334 with a JSON error,
        which the client answers with an empty line, then 535."""
        import base64
        import binascii
        import json

        if len(args) > 1:
            try:
                blob = base64.b64decode(args[1], validate=True)
            except binascii.Error:
                return AuthResult(success=False, handled=False, message="501 5.5.2 Cannot decode base64")
        else:
            answered = await server.challenge_auth("")
            if not isinstance(answered, bytes):
                return AuthResult(success=False, handled=True)
            blob = answered
        fields = dict(part.split("=", 1) for part in blob.decode(errors="replace").split("\x01") if "=" in part)
        if (fields.get("user"), fields.get("auth")) == (USER, f"Bearer {TOKEN}"):
            self.logins.append(("XOAUTH2", USER))
            return AuthResult(success=True, auth_data=fields["user"])
        await server.challenge_auth(json.dumps({"status": "401", "schemes": "bearer",
                                                "scope": "https://mail.google.com/"}))
        return AuthResult(success=False, handled=False, message="535 5.7.8 Username and Password not accepted")


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login.decode(), auth_data.password.decode()) == (
        USER, PASSWORD)
    return AuthResult(success=ok, handled=False)  # handled=False: a refused login gets an answer


@dataclass
class MailServer:
    handler: Handler
    ssl_port: int
    starttls_port: int
    cert: Path
    controllers: list[Controller]

    def config(self, security: str = "ssl", password_env: str = "FOLLOWUP_TEST_PASSWORD") -> str:
        port = self.ssl_port if security == "ssl" else self.starttls_port
        return (f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "{security}"\nusername = "{USER}"\n'
                f'password_env = "{password_env}"\nca_file = "{self.cert}"\ntimeout = 5\n')

    def oauth2_config(self, token_command: str, security: str = "ssl") -> str:
        port = self.ssl_port if security == "ssl" else self.starttls_port
        return (f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "{security}"\nusername = "{USER}"\n'
                f'oauth2_token_command = "{token_command}"\nca_file = "{self.cert}"\ntimeout = 5\n')

    def stop(self) -> None:
        for controller in self.controllers:
            controller.stop()


def start(folder: Path) -> MailServer:
    cert, key = certificate(folder)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    handler = Handler()
    ssl_port, starttls_port = free_port(), free_port()
    common: dict[str, Any] = {"hostname": "127.0.0.1", "server_hostname": "localhost",
                              "authenticator": _authenticator}
    implicit = Controller(handler, port=ssl_port, ssl_context=context, auth_require_tls=False, **common)
    starttls = Controller(handler, port=starttls_port, tls_context=context, require_starttls=True,
                          auth_require_tls=True, **common)
    implicit.start()
    starttls.start()
    return MailServer(handler, ssl_port, starttls_port, cert, [implicit, starttls])


@dataclass
class ImapServer:
    """Dovecot on 127.0.0.1 (IMAPS), started with .ci/dovecot-up.sh, its state in a temporary folder."""

    port: int
    folder: Path
    user: str = "candidate@example.test"
    password: str = "s3cret"

    @property
    def cert(self) -> Path:
        return self.folder / "cert.pem"

    def config(self) -> str:
        return (f'[imap]\nhost = "127.0.0.1"\nport = {self.port}\nsecurity = "ssl"\nusername = "{self.user}"\n'
                f'password_env = "FOLLOWUP_TEST_IMAP_PASSWORD"\nca_file = "{self.cert}"\ntimeout = 5\n')

    def token(self, user: str | None = None, key: bytes | None = None, lifetime: int = 3600) -> str:
        """An OAuth 2 access token Dovecot checks by itself: a JWT (HS256) signed with the key
        .ci/dovecot-up.sh made, for `user` (default: the test user)."""
        import base64
        import hashlib
        import hmac
        import json
        import time

        def part(data: bytes) -> str:
            return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

        secret = key or base64.b64decode((self.folder / "oauth2-key").read_text())
        now = int(time.time())
        head = part(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        body = part(json.dumps({"sub": user or self.user, "iat": now, "nbf": now, "exp": now + lifetime}).encode())
        signature = part(hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest())
        return f"{head}.{body}.{signature}"

    def oauth2_config(self, token_command: str) -> str:
        return (f'[imap]\nhost = "127.0.0.1"\nport = {self.port}\nsecurity = "ssl"\nusername = "{self.user}"\n'
                f'oauth2_token_command = "{token_command}"\nca_file = "{self.cert}"\ntimeout = 5\n')

    def box(self) -> Any:
        from imap_tools import MailBox

        return MailBox("127.0.0.1", self.port, ssl_context=ssl.create_default_context(cafile=self.cert)).login(
            self.user, self.password)

    def deliver(self, raw: str, folder: str = "INBOX", seen: bool = False) -> None:
        with self.box() as box:
            box.append(raw.replace("\n", "\r\n").encode(), folder, flag_set=("\\Seen",) if seen else ())

    def empty(self) -> None:
        with self.box() as box:
            for folder in box.folder.list():
                box.folder.set(folder.name)
                uids = box.uids()
                if uids:
                    box.delete(uids)


def start_imap() -> ImapServer:
    """In a folder of its own under /tmp: the mail user (nobody, as root) must be able to reach it."""
    port = free_port()
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "IMAPS_PORT": str(port)}
    script = Path(__file__).resolve().parent.parent / ".ci" / "dovecot-up.sh"
    done = subprocess.run(["bash", str(script)], env=env, check=True, capture_output=True, text=True, timeout=60)
    folder = done.stdout.strip().rsplit("export MAILTEST=", 1)[1].strip()
    return ImapServer(port, Path(folder))


def stop_imap(server: ImapServer) -> None:
    script = Path(__file__).resolve().parent.parent / ".ci" / "dovecot-down.sh"
    subprocess.run(["bash", str(script)], env={"PATH": "/usr/bin:/bin", "MAILTEST": str(server.folder)},
                   check=False, capture_output=True, timeout=60)
