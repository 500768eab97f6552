"""Benchmark the web app under load: the Today page and the check endpoint, at 50 concurrent clients, on
loopback, with 10,000 interviews stored.

Run it from the project root:  .venv/bin/python bench/web.py [--count N] [--clients C] [--seconds S] [--seed S]

It builds the database with bench/today.py's builder, starts `followup serve` (the real console script, one
uvicorn worker process, FOLLOWUP_NOW fixed) on a free loopback port, stores one draft through the app, then
runs an asyncio load generator (httpx.AsyncClient, one connection per client, each client sending its next
request as soon as the last one is answered) against three scenarios in turn: GET /static/htmx.min.js (the
baseline: the server's floor), GET / (the Today page) and POST /drafts/{id}/check (the editor's check, with a
~150-word body that changes at each request). It prints a Markdown table of latency percentiles, with the
p50 as a ratio to the baseline's, and writes every request's latency to bench/results/web.json. See
bench/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import html
import json
import math
import os
import platform
import re
import resource
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
from today import NOW_TEXT, followup_script, populate  # bench/today.py: the same database, seed for seed

RESULTS = Path(__file__).resolve().parent / "results" / "web.json"
TIMEOUT_S = 120.0  # a request not answered by then counts as an error
CANDIDATE = "Alex Rivera"
# Added to the stored draft (before its closing line) until the body has about 150 words: what a candidate
# might write into a thank-you; generic enough for any kind of message.
EXTRA = (
    "It was also good to hear how the team reviews its dashboards together every Monday. At my current job I "
    "set up a similar routine, and it helped us catch slow queries before our customers noticed them.",
    "Over the last year I have also streamed order events from our checkout service into a small warehouse, "
    "and I learned a great deal about partitioning, consumer lag and replaying data after a bad deploy.",
    "I would be glad to walk you through that work in more detail if it would help.",
)
STRAY = "etaoinshrdlucmfwypvbgkjqxz"  # the letter typed after a word cut short, in turn


@dataclass
class Outcome:
    started: float  # perf_counter seconds, from the scenario's start
    ms: float
    status: int | None  # None: no response (an exception)
    error: str | None = None


@dataclass
class Scenario:
    name: str
    label: str  # for the table
    send: Callable[[httpx.AsyncClient, int], Awaitable[httpx.Response]]  # (client, request number)
    outcomes: list[Outcome] = field(default_factory=list)  # the recorded requests
    sent: int = 0  # every request, the warm-up's and the drain's too
    wall_s: float = 0.0
    server_cpu_s: float | None = None
    bench_cpu_s: float = 0.0
    server_rss_mb: tuple[float | None, float | None] = (None, None)  # before, after


# -- the server -----------------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(script: str, port: int, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as stream:
        return subprocess.Popen([script, "serve", "--port", str(port)], env=env, stdout=stream,
                                stderr=subprocess.STDOUT)


def wait_until_up(server: subprocess.Popen[bytes], base: str, log: Path, limit_s: float = 90.0) -> float:
    """Seconds until the server answers GET /static/htmx.min.js with 200."""
    started = time.perf_counter()
    while time.perf_counter() - started < limit_s:
        if server.poll() is not None:
            sys.exit(f"bench: followup serve exited with {server.returncode}:\n{log.read_text()[-2000:]}")
        try:
            if httpx.get(base + "/static/htmx.min.js", timeout=2.0).status_code == 200:
                return time.perf_counter() - started
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    sys.exit(f"bench: followup serve did not answer within {limit_s:.0f} s:\n{log.read_text()[-2000:]}")


def stop_server(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def server_cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of the process so far (Linux /proc), or None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def server_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def own_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# -- the draft and the texts the check is sent ---------------------------------------------------------------

def csrf_token(page: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page) or re.search(r'"X-CSRF-Token": "([^"]+)"', page)
    if found is None:
        sys.exit("bench: no CSRF token in the page (name=\"csrf_token\" value=\"...\")")
    return html.unescape(found.group(1))


def due_step(page: str) -> tuple[int, str, str]:
    """(interview id, kind, to) of a step on the Today page that can be drafted: a due thank-you if there is
    one, else any due step, else an overdue one."""
    found = []
    for card in re.finditer(r'<li class="card state-([\w-]+)">(.*?)</li>', page, re.S):
        form = re.search(r'action="/interviews/(\d+)/drafts".*?name="kind" value="([^"]*)".*?'
                         r'name="to" value="([^"]*)"', card.group(2), re.S)
        if form is not None:
            found.append((card.group(1), int(form.group(1)), html.unescape(form.group(2)),
                          html.unescape(form.group(3))))
    for wanted in (lambda s, k: s == "due" and k == "thank-you", lambda s, k: s == "due",
                   lambda s, k: s == "overdue"):
        for state, interview_id, kind, to in found:
            if wanted(state, kind):
                return interview_id, kind, to
    sys.exit("bench: the Today page has no due or overdue step to draft; try a larger --count")


def make_draft(client: httpx.Client, token: str, page: str) -> dict[str, Any]:
    """POST /interviews/{id}/drafts as the Today page's "Draft it" button does; then read the editor."""
    interview_id, kind, to = due_step(page)
    answer = client.post(f"/interviews/{interview_id}/drafts", data={"csrf_token": token, "kind": kind, "to": to},
                         headers={"X-CSRF-Token": token})
    location = answer.headers.get("location", "")
    found = re.fullmatch(r"/drafts/(\d+)", location)
    if answer.status_code != 303 or found is None:
        sys.exit(f"bench: POST /interviews/{interview_id}/drafts: expected 303 to /drafts/ID, got "
                 f"{answer.status_code} {location!r}:\n{answer.text[:500]}")
    draft_id = int(found.group(1))
    editor = client.get(f"/drafts/{draft_id}")
    body = re.search(r'<textarea[^>]*name="body"[^>]*>(.*?)</textarea>', editor.text, re.S)
    subject = re.search(r'<input[^>]*name="subject"[^>]*value="([^"]*)"', editor.text)
    if editor.status_code != 200 or body is None:
        sys.exit(f"bench: GET /drafts/{draft_id}: no editor ({editor.status_code}):\n{editor.text[:500]}")
    return {"id": draft_id, "interview": interview_id, "kind": kind, "to": to,
            "subject": html.unescape(subject.group(1)) if subject else "",
            "body": html.unescape(body.group(1)).replace("\r\n", "\n")}


def lengthen(body: str, words: int = 150) -> str:
    """The draft with paragraphs of EXTRA added before its closing (the last paragraph), up to ~`words`."""
    paragraphs = body.strip().split("\n\n")
    at = max(len(paragraphs) - 2, 1)  # before the last paragraph of text (the one before the sign-off)
    for extra in EXTRA:
        if len("\n\n".join(paragraphs).split()) >= words:
            break
        paragraphs.insert(at, extra)
        at += 1
    return "\n\n".join(paragraphs) + "\n"


class Typing:
    """The n-th text the check is sent: `body` with one word cut short and a stray letter typed after it, as
    while typing. Which word, where it is cut and which letter all change with n, so every request carries a
    text (and a sentence) that Harper has not linted before, up to `distinct` requests."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.cuts = [(word.start(), word.end(), keep) for word in re.finditer(r"[a-z]{4,}", body)
                     for keep in range(2, len(word.group()))]
        self.distinct = len(self.cuts) * len(STRAY)

    def __call__(self, n: int) -> str:
        start, end, keep = self.cuts[n % len(self.cuts)]
        letter = STRAY[(n // len(self.cuts)) % len(STRAY)]
        return self.body[:start + keep] + letter + self.body[end:]


# -- the load -------------------------------------------------------------------------------------------------

async def run_scenario(scenario: Scenario, base: str, clients: int, warmup_s: float, seconds: float,
                       pid: int) -> None:
    """`clients` connections, each sending its next request as soon as its last one is answered. Requests that
    start in the `seconds` after the warm-up are recorded, with their whole latency, however long they take.
    A client whose measured part is over keeps sending (unrecorded) until every client's is, so the load
    stays at `clients` until the last recorded request is answered."""
    connections = [httpx.AsyncClient(base_url=base, timeout=TIMEOUT_S, limits=httpx.Limits(max_connections=1))
                   for _ in range(clients)]
    counter = iter(range(10**9))
    through = 0
    clock = time.perf_counter
    t0 = clock()
    measure_from, end = t0 + warmup_s, t0 + warmup_s + seconds

    async def one(client: httpx.AsyncClient, record: bool) -> None:
        scenario.sent += 1
        started = clock()
        try:
            response = await scenario.send(client, next(counter))
            outcome = Outcome(started - t0, (clock() - started) * 1000, response.status_code)
        except httpx.HTTPError as error:
            outcome = Outcome(started - t0, (clock() - started) * 1000, None, type(error).__name__)
        if record and started >= measure_from:
            scenario.outcomes.append(outcome)

    async def loop(client: httpx.AsyncClient) -> None:
        nonlocal through
        while clock() < end:
            await one(client, True)
        through += 1
        while through < clients:
            await one(client, False)

    cpu_before, bench_before = server_cpu_s(pid), own_cpu_s()
    rss_before = server_rss_mb(pid)
    try:
        await asyncio.gather(*(loop(client) for client in connections))
    finally:
        for client in connections:
            await client.aclose()
    scenario.wall_s = clock() - t0
    cpu_after = server_cpu_s(pid)
    scenario.server_cpu_s = None if cpu_before is None or cpu_after is None else cpu_after - cpu_before
    scenario.bench_cpu_s = own_cpu_s() - bench_before
    scenario.server_rss_mb = (rss_before, server_rss_mb(pid))


def alone_ms(client: httpx.Client, send: Callable[[httpx.Client, int], httpx.Response], times: int = 5) -> float:
    """Median latency of `times` requests one after the other, nothing else running."""
    runs = []
    for n in range(times):
        started = time.perf_counter()
        response = send(client, -1 - n)
        runs.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            sys.exit(f"bench: {response.request.method} {response.request.url.path}: {response.status_code}:\n"
                     f"{response.text[:500]}")
    return sorted(runs)[len(runs) // 2]


# -- the report -----------------------------------------------------------------------------------------------

def percentile(ordered: Sequence[float], q: float) -> float:
    """Nearest rank: the smallest value with at least q% of the values at or below it."""
    if not ordered:
        return math.nan
    return ordered[max(math.ceil(q / 100 * len(ordered)) - 1, 0)]


def summary(scenario: Scenario, seconds: float) -> dict[str, Any]:
    ok = sorted(o.ms for o in scenario.outcomes if o.status == 200)
    errors = Counter(str(o.status) if o.status is not None else o.error for o in scenario.outcomes
                     if o.status != 200)
    return {"requests": len(scenario.outcomes), "errors": sum(errors.values()), "error_kinds": dict(errors),
            "req_per_s": len(scenario.outcomes) / seconds, "p50_ms": percentile(ok, 50),
            "p90_ms": percentile(ok, 90), "p99_ms": percentile(ok, 99), "max_ms": ok[-1] if ok else math.nan,
            "sent": scenario.sent, "wall_s": scenario.wall_s, "server_cpu_s": scenario.server_cpu_s,
            "bench_cpu_s": scenario.bench_cpu_s,
            "server_rss_mb_before": scenario.server_rss_mb[0], "server_rss_mb_after": scenario.server_rss_mb[1]}


def markdown(scenarios: Sequence[Scenario], sums: dict[str, dict[str, Any]], alone: dict[str, float]) -> str:
    baseline = sums[scenarios[0].name]["p50_ms"]
    lines = ["| scenario | alone (ms) | requests | errors | req/s | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | "
             "p50 / baseline |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for s in scenarios:
        m = sums[s.name]
        lines.append(f"| {s.label} | {alone[s.name]:.1f} | {m['requests']:,} | {m['errors']:,} | "
                     f"{m['req_per_s']:,.1f} | {m['p50_ms']:,.1f} | {m['p90_ms']:,.1f} | {m['p99_ms']:,.1f} | "
                     f"{m['max_ms']:,.1f} | {m['p50_ms'] / baseline:,.1f}x |")
    lines += ["", "| scenario | server CPU (s) | server CPU per request sent (ms) | bench CPU (s) | server RSS before "
              "→ after (MB) | wall incl. warm-up and drain (s) |", "|---|---:|---:|---:|---:|---:|"]
    for s in scenarios:  # CPU: over the whole scenario (warm-up and drain too), per request sent
        m = sums[s.name]
        cpu = m["server_cpu_s"]
        per = f"{cpu / m['sent'] * 1000:.1f}" if cpu is not None and m["sent"] else "-"
        rss = " → ".join("-" if v is None else f"{v:.0f}" for v in s.server_rss_mb)
        lines.append(f"| {s.label} | {'-' if cpu is None else f'{cpu:.1f}'} | {per} | {m['bench_cpu_s']:.1f} | "
                     f"{rss} | {m['wall_s']:.1f} |")
    return "\n".join(lines)


# -- main -----------------------------------------------------------------------------------------------------

def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Load the web app (Today page, check endpoint) on loopback.")
    parser.add_argument("--count", type=int, default=10_000, help="interviews in the database (default 10000)")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    parser.add_argument("--seconds", type=float, default=20.0, help="measured seconds per scenario (default 20)")
    parser.add_argument("--warmup", type=float, default=3.0, help="unrecorded seconds first (default 3)")
    parser.add_argument("--seed", type=int, default=20261126, help="seed of the data (default 20261126)")
    args = parser.parse_args(argv)
    if args.count < 1 or args.clients < 1 or args.seconds <= 0 or args.warmup < 0:
        parser.error("--count and --clients must be at least 1, --seconds above 0, --warmup not negative")
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    script = followup_script()
    with tempfile.TemporaryDirectory(prefix="followup-bench-web-") as folder:
        db = Path(folder) / "followup.db"
        started = time.perf_counter()
        totals = populate(db, args.count, args.seed)
        setup: dict[str, Any] = {"populate_s": time.perf_counter() - started, "db_bytes": db.stat().st_size}
        print(f"database: {totals['interviews']} interviews, {totals['events']} events, "
              f"{setup['db_bytes'] / 1e6:.1f} MB in {setup['populate_s']:.1f} s", flush=True)
        config = Path(folder) / "config.toml"
        config.write_text(f'[profile]\nname = "{CANDIDATE}"\nemail = "alex.rivera@example.com"\n'
                          'timezone = "UTC"\ncountry = "US"\n')
        env = {**os.environ, "FOLLOWUP_DB": str(db), "FOLLOWUP_CONFIG": str(config), "FOLLOWUP_NOW": NOW_TEXT,
               "TZ": "UTC"}
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log = Path(folder) / "serve.log"
        server = start_server(script, port, env, log)
        try:
            results = bench(args, server, base, log, setup)
        finally:
            stop_server(server)
    results["data"] = {**totals, **results["data"]}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nResults: {RESULTS}")


def bench(args: argparse.Namespace, server: subprocess.Popen[bytes], base: str, log: Path,
          setup: dict[str, Any]) -> dict[str, Any]:
    setup["server_up_s"] = wait_until_up(server, base, log)
    with httpx.Client(base_url=base, timeout=TIMEOUT_S) as client:
        started = time.perf_counter()
        first = client.get("/")
        setup["first_today_ms"] = (time.perf_counter() - started) * 1000
        if first.status_code != 200 or "<h1>Today</h1>" not in first.text:
            sys.exit(f"bench: GET / answered {first.status_code}:\n{first.text[:500]}")
        setup["today_bytes"] = len(first.content)
        setup["today_cards"] = first.text.count('<li class="card ')
        token = csrf_token(first.text)
        draft = make_draft(client, token, first.text)
        body = lengthen(draft["body"])
        typing = Typing(body)
        setup["draft"] = {**draft, "check_body": body, "check_body_words": len(body.split()),
                          "distinct_check_texts": typing.distinct}
        print(f"server up in {setup['server_up_s']:.1f} s; first GET / {setup['first_today_ms']:.0f} ms "
              f"({setup['today_cards']:,} cards, {setup['today_bytes'] / 1e6:.1f} MB); draft {draft['id']} "
              f"({draft['kind']}, interview {draft['interview']}), checked with a {len(body.split())}-word body",
              flush=True)
        check_headers = {"X-CSRF-Token": token, "HX-Request": "true", "Origin": base}
        check_path = f"/drafts/{draft['id']}/check"

        def check_form(n: int) -> dict[str, str]:
            return {"csrf_token": token, "subject": draft["subject"], "body": typing(n)}

        scenarios = [
            Scenario("static", "`GET /static/htmx.min.js` (baseline)",
                     lambda c, n: c.get("/static/htmx.min.js")),
            Scenario("today", f"`GET /` (Today, {setup['today_cards']:,} cards)", lambda c, n: c.get("/")),
            Scenario("check", f"`POST /drafts/{{id}}/check` ({len(body.split())} words)",
                     lambda c, n: c.post(check_path, data=check_form(n), headers=check_headers)),
        ]
        sync_send: dict[str, Callable[[httpx.Client, int], httpx.Response]] = {
            "static": lambda c, n: c.get("/static/htmx.min.js"),
            "today": lambda c, n: c.get("/"),
            "check": lambda c, n: c.post(check_path, data=check_form(typing.distinct - 1 + n), headers=check_headers),
        }
        alone = {name: alone_ms(client, send) for name, send in sync_send.items()}
        checked = client.post(check_path, data=check_form(0), headers=check_headers)
        if checked.status_code != 200 or "The check found" not in checked.text:
            sys.exit(f"bench: POST {check_path}: {checked.status_code}:\n{checked.text[:500]}")
    print("alone: " + ", ".join(f"{name} {ms:.1f} ms" for name, ms in alone.items()) +
          f"; {args.clients} clients, {args.warmup:g} s warm-up + {args.seconds:g} s per scenario ...", flush=True)
    for scenario in scenarios:
        asyncio.run(run_scenario(scenario, base, args.clients, args.warmup, args.seconds, server.pid))
        print(f"  {scenario.name}: {len(scenario.outcomes):,} requests in {scenario.wall_s:.1f} s", flush=True)
    if server.poll() is not None:
        sys.exit(f"bench: the server stopped during the run ({server.returncode}):\n{log.read_text()[-2000:]}")
    sums = {s.name: summary(s, args.seconds) for s in scenarios}
    print()
    print(markdown(scenarios, sums, alone))
    print(f"\nOne uvicorn worker process (as `followup serve` runs); the load generator runs in this process, on "
          f"the same {os.cpu_count()} cores. Python {platform.python_version()}.")
    baseline = sums["static"]["p50_ms"]
    return {
        "measured_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": {"nproc": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(), "httpx": httpx.__version__},
        "settings": {"count": args.count, "clients": args.clients, "seconds": args.seconds,
                     "warmup": args.warmup, "seed": args.seed, "now": NOW_TEXT, "timeout_s": TIMEOUT_S},
        "data": setup,
        "alone_ms": alone,
        "scenarios": {s.name: {**sums[s.name], "label": s.label,
                               "p50_over_baseline": sums[s.name]["p50_ms"] / baseline,
                               "latencies": [[round(o.started, 4), round(o.ms, 3), o.status, o.error]
                                             for o in s.outcomes]} for s in scenarios},
    }


if __name__ == "__main__":
    main()
