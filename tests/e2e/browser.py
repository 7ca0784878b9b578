"""Helpers for the browser journeys: Debian's chromium, screenshots, sign-in, axe-core."""

import re
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "e2e"
LOCALES = {"th": "th-TH", "en": "en-GB"}
# axe-core's own impact scale; the issue asks for none of the two worst.
BLOCKING_IMPACTS = {"serious", "critical"}

_axe = Axe()

# Violations found on pages other teams own, reported to them; each names the page and the
# axe rule, and every other rule is still checked on that page.
KNOWN_A11Y: dict[tuple[str, str], str] = {}


def screenshot(page, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^\w.-]+", "-", name)
    page.screenshot(path=str(ARTIFACTS / f"{safe}.png"), full_page=True)


def sign_in(page, base_url, username, password):
    page.goto(f"{base_url}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.locator("form.bg-white button").click()
    assert "/accounts/login/" not in page.url, f"{username} could not sign in"


def serious_violations(page, name=""):
    """axe-core violations of serious or critical impact, as readable lines; `name` is the
    page's name in KNOWN_A11Y."""
    results = _axe.run(page)
    found = []
    for violation in results.response["violations"]:
        if (name, violation["id"]) in KNOWN_A11Y:
            continue
        if violation.get("impact") in BLOCKING_IMPACTS:
            targets = [node["target"] for node in violation["nodes"]][:5]
            found.append(f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
    return found
