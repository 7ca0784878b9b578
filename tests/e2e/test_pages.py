"""A person signs in and reads the main pages, in Thai and in English, and axe-core finds no
serious or critical accessibility violation on any of them."""

import pytest
from django.urls import reverse

from tests.e2e.browser import screenshot, serious_violations, sign_in
from tests.factories import PASSWORD

LANGUAGES = ["th", "en"]


def visit(page, live_server, path, name, language):
    response = page.goto(f"{live_server.url}{path}")
    assert response.status == 200, f"{path}: {response.status}"
    assert page.locator("html").get_attribute("lang") == language
    screenshot(page, f"{name}-{language}")
    problems = serious_violations(page, name)
    assert not problems, f"{path} ({language}):\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_wrong_password_is_refused_in_the_users_language(live_server, new_page, world, language):
    page = new_page(language)
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", "school_director")
    page.fill("#id_password", "not-the-password")
    page.locator("form.bg-white button").click()
    assert "/accounts/login/" in page.url
    assert page.locator(".alert-danger").is_visible()
    screenshot(page, f"login-refused-{language}")
    assert not serious_violations(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_director_reads_main_pages(live_server, new_page, world, language):
    page = new_page(language)
    sign_in(page, live_server.url, "school_director", PASSWORD)
    province = world.own.province
    visit(page, live_server, reverse("home"), "home", language)
    shown_name = province.name_th if language == "th" else province.name_en
    assert page.get_by_role("link", name=shown_name).first.is_visible()

    visit(page, live_server, reverse("schools:list"), "school-list", language)
    # Transparency: a director reads every school, not only their own.
    assert page.get_by_text(world.own.school.code).first.is_visible()
    assert page.get_by_text(world.other.school.code).first.is_visible()

    visit(page, live_server, reverse("schools:detail", args=[world.own.school.pk]), "school", language)
    assert page.get_by_role("heading", level=1).first.is_visible()


def test_anonymous_visitor_is_sent_to_sign_in(live_server, new_page, world):
    page = new_page("en")
    page.goto(f"{live_server.url}{reverse('schools:list')}")
    assert "/accounts/login/" in page.url
    assert page.locator("#id_username").is_visible()
