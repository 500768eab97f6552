"""Render a screenshot of each page of the web app into docs/screenshots/ (desktop and phone width).

    .venv/bin/python docs/screenshots.py

It starts `followup serve` on a throwaway database holding the examples, at a fixed moment, and drives
Debian's chromium with Playwright (set CHROMIUM to use another binary).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
NOW = "2026-11-20T10:00"  # the day after the example interview: thank-yous due
SIZES = {"desktop": (1200, 900), "phone": (390, 844)}


def followup(env: dict[str, str], *args: str) -> None:
    subprocess.run([str(Path(sys.executable).with_name("followup")), *args], env=env, check=True,
                   stdout=subprocess.DEVNULL)


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "FOLLOWUP_DB": str(Path(folder) / "demo.db"),
               "FOLLOWUP_CONFIG": str(ROOT / "examples" / "config" / "config.toml"), "FOLLOWUP_NOW": NOW}
        followup(env, "add", "--file", str(ROOT / "examples" / "interview.toml"))
        followup(env, "add", "--file", str(ROOT / "examples" / "casual.toml"))
        followup(env, "draft", "1")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([str(Path(sys.executable).with_name("followup")), "serve", "--port", str(port)],
                                  env=env, stderr=subprocess.DEVNULL)
        try:
            for _ in range(100):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.1)
            base = f"http://127.0.0.1:{port}"
            chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=chromium, headless=True)
                for size, (width, height) in SIZES.items():
                    page = browser.new_page(viewport={"width": width, "height": height})
                    pages = {"today": "/", "interviews": "/interviews", "add": "/interviews/new",
                             "interview": "/interviews/1", "draft": "/drafts/1", "settings": "/settings"}
                    for name, url in pages.items():
                        page.goto(base + url)
                        page.screenshot(path=OUT / f"{name}-{size}.png", full_page=(size == "desktop"))
                    page.goto(base + "/drafts/1")  # the check as you type, with a flagged word
                    body = page.locator("#body")
                    body.fill(body.input_value().replace(" the ", " teh ", 1) + "\nI really need this job!!!\n")
                    page.locator("mark.error").wait_for()
                    page.screenshot(path=OUT / f"draft-check-{size}.png", full_page=(size == "desktop"))
                    page.goto(base + "/interviews/new")
                    page.get_by_label("Company").fill("Quixotiq")
                    page.get_by_role("button", name="Save").click()
                    page.screenshot(path=OUT / f"add-error-{size}.png", full_page=(size == "desktop"))
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"wrote {len(list(OUT.glob('*.png')))} screenshots to {OUT}")


if __name__ == "__main__":
    main()
