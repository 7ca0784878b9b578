"""Browser journeys against pytest-django's live server, driven by Debian's chromium.

Skipped, with the reason shown, only where /usr/bin/chromium is not installed; CI installs it.
"""

import os

import pytest

from tests.e2e.browser import CHROMIUM, LAUNCH_ARGS, LOCALES


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath) and not CHROMIUM.exists():
            item.add_marker(pytest.mark.skip(reason=f"{CHROMIUM} is not installed (apt-get install chromium)"))


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; the ORM calls the tests make
    # between browser steps are plain synchronous code all the same.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def new_page(browser):
    """new_page(language) -> a page in a fresh context whose browser asks for that language."""
    contexts = []

    def make(language="th"):
        context = browser.new_context(locale=LOCALES[language], viewport={"width": 1280, "height": 900})
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def report_worker(settings, tmp_path):
    """A Celery worker subprocess; report requests made by the live server go to its queue."""
    from tests.worker import Worker, new_queue

    worker = Worker(new_queue("e2e-reports"), tmp_path / "worker.log")
    settings.REPORTS_QUEUE = worker.queue
    yield worker
    worker.stop()


@pytest.fixture
def fresh_cache(settings):
    """Dashboards are cached in Redis; a key prefix of this test's own keeps earlier runs out."""
    import uuid

    caches = {name: dict(config) for name, config in settings.CACHES.items()}
    caches["default"]["KEY_PREFIX"] = f"e2e-{uuid.uuid4().hex[:8]}"
    settings.CACHES = caches
