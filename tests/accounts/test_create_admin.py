import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from sandbox.models import RoleAssignment


def test_creates_the_first_sbn_administrator(db, monkeypatch):
    monkeypatch.setenv("FIRST_ADMIN_PASSWORD", "a-long-and-unusual-passphrase-2567")
    call_command("create_admin", "first.admin", "--email", "admin@example.test",
                 "--password-env", "FIRST_ADMIN_PASSWORD", stdout=open("/dev/null", "w"))
    user = get_user_model().objects.get(username="first.admin")
    assert user.is_staff and not user.is_superuser
    assert user.check_password("a-long-and-unusual-passphrase-2567")
    assert list(RoleAssignment.objects.filter(user=user).values_list("role", flat=True)) == ["sbn_admin"]


def test_refuses_a_weak_password_and_writes_nothing(db, monkeypatch):
    monkeypatch.setenv("FIRST_ADMIN_PASSWORD", "password")
    with pytest.raises(CommandError, match="too short|too common"):
        call_command("create_admin", "first.admin", "--password-env", "FIRST_ADMIN_PASSWORD")
    assert not get_user_model().objects.filter(username="first.admin").exists()


def test_refuses_an_existing_username(db, monkeypatch):
    monkeypatch.setenv("FIRST_ADMIN_PASSWORD", "a-long-and-unusual-passphrase-2567")
    get_user_model().objects.create_user("first.admin")
    with pytest.raises(CommandError, match="already exists"):
        call_command("create_admin", "first.admin", "--password-env", "FIRST_ADMIN_PASSWORD")
    assert not RoleAssignment.objects.exists()
