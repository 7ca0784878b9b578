from datetime import timedelta

from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from accounts.models import ApiToken, UserSession
from tests.factories import PASSWORD, UserFactory

AGENT = "TestBrowser/1.0 (sandbox tests)"


def sign_in(client, username, password=PASSWORD, language="en"):
    return client.post(reverse("login"), {"username": username, "password": password},
                       HTTP_USER_AGENT=AGENT, HTTP_ACCEPT_LANGUAGE=language)


def test_five_failures_lock_the_account_and_the_page_explains_in_the_users_language(world):
    assert settings.AXES_FAILURE_LIMIT == 5
    user = world.users["school_staff"]
    client = Client()
    for _ in range(4):
        assert sign_in(client, user.username, "wrong-password").status_code == 200
    locked = sign_in(client, user.username, "wrong-password")
    assert locked.status_code == 429
    html = locked.content.decode()
    assert 'lang="en"' in html and "Account locked" in html and "30 minutes" in html
    # Even the right password is refused now, and the page follows the language of the request.
    thai = sign_in(client, user.username, language="th")
    assert thai.status_code == 429 and 'lang="th"' in thai.content.decode()
    assert "_auth_user_id" not in client.session


def test_lockout_leaves_other_users_and_the_api_alone(world):
    user = world.users["school_staff"]
    _token, raw = ApiToken.issue(user, "sync")
    for _ in range(5):
        sign_in(Client(), user.username, "wrong-password")
    assert sign_in(Client(), user.username).status_code == 429
    other = Client()
    assert sign_in(other, world.users["school_director"].username).status_code == 302
    assert other.get(reverse("account")).status_code == 200
    api = APIClient(HTTP_AUTHORIZATION=f"Token {raw}")
    assert api.get("/api/v1/schools/").status_code == 200


def test_sign_in_log_shows_successes_and_failures_to_their_owner_only(world):
    user, stranger = world.users["school_director"], world.users["school_staff"]
    sign_in(Client(), user.username, "wrong-password")
    sign_in(Client(), stranger.username, "wrong-password")
    client = Client()
    assert sign_in(client, user.username).status_code == 302
    response = client.get(reverse("account"), HTTP_ACCEPT_LANGUAGE="en")
    log = response.context["sign_ins"]
    assert [entry["succeeded"] for entry in log] == [True, False]
    assert all(entry["ip_address"] == "127.0.0.1" and entry["user_agent"] == AGENT for entry in log)
    html = response.content.decode()
    assert "TestBrowser/1.0" in html and "failed" in html and "signed in" in html


def test_account_page_needs_sign_in_and_lists_roles(client, world):
    response = client.get(reverse("account"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(world.users["province_officer"])
    html = client.get(reverse("account"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Provincial office officer" in html and reverse("account-roles") in html


def test_sessions_expire(world):
    assert settings.SESSION_COOKIE_AGE == 8 * 3600 and settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    client = Client()
    sign_in(client, world.users["sbn_viewer"].username)
    session = Session.objects.get(session_key=client.session.session_key)
    assert abs(session.expire_date - (timezone.now() + timedelta(hours=8))) < timedelta(minutes=1)
    assert client.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == ""  # ends with the browser
    assert client.get(reverse("account")).status_code == 200
    Session.objects.filter(pk=session.pk).update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get(reverse("account"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_sign_out_everywhere_ends_only_the_users_other_sessions(world):
    user, other_user = world.users["agency_supervisor"], world.users["school_staff"]
    here, laptop, phone, someone_else = Client(), Client(), Client(), Client()
    for client in (here, laptop, phone):
        assert sign_in(client, user.username).status_code == 302
    sign_in(someone_else, other_user.username)
    assert UserSession.objects.filter(user=user).count() == 3
    response = here.post(reverse("account-sign-out-everywhere"), HTTP_ACCEPT_LANGUAGE="en", follow=True)
    assert "Signed out of 2 other session(s)." in response.content.decode()
    assert here.get(reverse("account")).status_code == 200
    for client in (laptop, phone):
        assert client.get(reverse("account")).status_code == 302
    assert someone_else.get(reverse("account")).status_code == 200
    assert list(UserSession.objects.filter(user=user).values_list("session_key", flat=True)) == [
        here.session.session_key]


def test_sign_out_everywhere_is_post_only_and_needs_sign_in(client, world):
    assert client.post(reverse("account-sign-out-everywhere")).status_code == 302
    client.force_login(world.users["no_role"])
    assert client.get(reverse("account-sign-out-everywhere")).status_code == 405


def test_signing_out_forgets_the_session(world):
    client = Client()
    sign_in(client, world.users["no_role"].username)
    assert UserSession.objects.filter(user=world.users["no_role"]).count() == 1
    client.post(reverse("logout"))
    assert not UserSession.objects.filter(user=world.users["no_role"]).exists()


def change_password(client, old, new, language="en"):
    return client.post(reverse("account-password"),
                       {"old_password": old, "new_password1": new, "new_password2": new},
                       HTTP_ACCEPT_LANGUAGE=language)


def test_password_change_runs_the_validators(world):
    user = UserFactory(first_name="Malee")
    client = Client()
    sign_in(client, user.username)
    response = change_password(client, PASSWORD, "12345678")
    assert response.status_code == 200
    html = response.content.decode()
    assert "too short" in html and "too common" in html and "entirely numeric" in html
    assert change_password(client, "not-my-password", "another-long-passphrase-77").status_code == 200
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_password_change_keeps_this_session_and_ends_the_others(world):
    user = UserFactory()
    here, elsewhere = Client(), Client()
    sign_in(here, user.username)
    sign_in(elsewhere, user.username)
    response = change_password(here, PASSWORD, "another-long-passphrase-77")
    assert response.status_code == 302 and response["Location"] == reverse("account")
    user.refresh_from_db()
    assert user.check_password("another-long-passphrase-77")
    assert here.get(reverse("account")).status_code == 200
    assert elsewhere.get(reverse("account")).status_code == 302
