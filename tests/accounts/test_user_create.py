from django.contrib.auth import get_user_model
from django.urls import reverse

from sandbox.models import RoleAssignment
from tests.conftest import ROLE_NAMES

GOOD_PASSWORD = "a-long-and-unusual-passphrase-2567"


def data(world, side="own", **changes):
    values = {"username": "new.director", "first_name": "Somchai", "last_name": "Jaidee",
              "email": "somchai@example.test", "password": GOOD_PASSWORD, "password_again": GOOD_PASSWORD,
              "role": "school_director", "province": "", "agency": "", "school": world.side(side).school.pk}
    values.update(changes)
    return values


def post(client, user, payload, language="th"):
    client.force_login(user)
    return client.post(reverse("account-user-add"), payload, HTTP_ACCEPT_LANGUAGE=language)


def test_officer_creates_a_user_with_a_role_in_their_province(client, world):
    response = post(client, world.users["province_officer"], data(world))
    assert response.status_code == 302
    user = get_user_model().objects.get(username="new.director")
    assert user.check_password(GOOD_PASSWORD)
    assert user.first_name == "Somchai"
    assignment = RoleAssignment.objects.get(user=user)
    assert (assignment.role, assignment.school) == ("school_director", world.own.school)


def test_officer_cannot_create_a_user_in_another_province(client, world):
    response = post(client, world.users["province_officer"], data(world, "other"))
    assert response.status_code == 403
    assert not get_user_model().objects.filter(username="new.director").exists()


def test_weak_password_is_refused_in_the_users_language_and_nothing_is_written(client, world):
    response = post(client, world.users["sbn_admin"], data(world, password="12345", password_again="12345"),
                    language="en")
    assert response.status_code == 200
    html = response.content.decode()
    assert "too short" in html and "entirely numeric" in html
    assert not get_user_model().objects.filter(username="new.director").exists()


def test_scope_missing_for_the_role_is_refused(client, world):
    response = post(client, world.users["sbn_admin"], data(world, school=""), language="en")
    assert response.status_code == 200
    assert "needs a school" in response.content.decode()
    assert not get_user_model().objects.filter(username="new.director").exists()


def test_taken_username_is_refused(client, world):
    response = post(client, world.users["sbn_admin"], data(world, username="no_role"), language="en")
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert not RoleAssignment.objects.filter(user__username="no_role").exists()


def test_only_managers_reach_the_page(client, world):
    for role in ROLE_NAMES:
        client.force_login(world.users[role])
        expected = 200 if role in ("sbn_admin", "province_officer") else 404 if role == "no_role" else 403
        assert client.get(reverse("account-user-add")).status_code == expected, role
    client.logout()
    assert client.get(reverse("account-user-add")).status_code == 302
