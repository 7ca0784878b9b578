"""Each sign-off step tells the people who act next, in the inbox and by email, after commit."""

import datetime

import pytest
from django.core import mail

from grants import services as sign_off
from notifications.models import Email, Kind, Notification, Preference
from tests.factories import grant, user_with_role
from tests.grants.conftest import spend
from tests.notifications.conftest import make_period

pytestmark = pytest.mark.django_db


def told(kind):
    return {n.user.username for n in Notification.objects.filter(kind=kind).select_related("user")}


def mailed(user):
    return [m for m in mail.outbox if user.email in m.to]


def step(user, period, action, after_commit, comment=""):
    with after_commit():
        return sign_off.transition(user, period, action, comment)


def test_each_step_tells_the_next_people_and_not_others(world, grants, eager, after_commit):
    users = world.users
    neighbour = user_with_role("agency_supervisor", world.other.agency, username="other_supervisor")
    spend(grants.own, "1000.00", datetime.date(2024, 1, 10))
    spend(grants.own, "234.50", datetime.date(2024, 1, 20))
    spend(grants.own, "999.00", datetime.date(2024, 2, 1))  # another month: not in January's total
    period = make_period(world, grants)

    step(users["school_staff"], period, "submit", after_commit)
    assert told(Kind.PERIOD_SUBMITTED) == {"agency_supervisor"}
    assert not mailed(neighbour)

    step(users["agency_supervisor"], period, "verify", after_commit)
    assert told(Kind.PERIOD_VERIFIED) == {"province_officer"}

    step(users["province_officer"], period, "acknowledge", after_commit)
    assert told(Kind.PERIOD_ACKNOWLEDGED) == {"sbn_admin"}

    step(users["sbn_admin"], period, "accept", after_commit)
    assert told(Kind.PERIOD_ACCEPTED) == {"school_director", "school_staff"}

    step(users["province_officer"], period, "reopen", after_commit, comment="ใบเสร็จซ้ำ")
    assert told(Kind.PERIOD_REOPENED) == {"school_director", "school_staff"}

    (submitted,) = mailed(users["agency_supervisor"])
    school = world.own.school
    assert school.name_th in submitted.subject and "มกราคม 2567" in submitted.subject
    assert "1,234.50" in submitted.body
    assert f"https://portal.example.go.th/grants/periods/{period.pk}/" in submitted.body
    (reopened,) = [m for m in mailed(users["school_director"]) if "เปิด" in m.subject]
    assert "ใบเสร็จซ้ำ" in reopened.body
    assert not any(m for m in mail.outbox if users["sbn_viewer"].email in m.to)


def test_a_return_tells_the_school_with_the_comment(world, grants, eager, after_commit):
    period = make_period(world, grants)
    step(world.users["school_director"], period, "submit", after_commit)
    mail.outbox.clear()
    step(world.users["agency_supervisor"], period, "return", after_commit, comment="แนบใบเสร็จเดือนมกราคมด้วย")
    assert told(Kind.PERIOD_RETURNED) == {"school_director", "school_staff"}
    assert {tuple(m.to) for m in mail.outbox} == {(world.users["school_director"].email,),
                                                  (world.users["school_staff"].email,)}
    assert all("แนบใบเสร็จเดือนมกราคมด้วย" in m.body for m in mail.outbox)
    inbox = Notification.objects.get(user=world.users["school_staff"], kind=Kind.PERIOD_RETURNED)
    assert inbox.data["comment"] == "แนบใบเสร็จเดือนมกราคมด้วย"
    assert inbox.url == period.get_absolute_url()


def test_the_person_who_took_the_step_is_not_told_of_it(world, grants, eager, after_commit):
    both = grant(user_with_role("agency_supervisor", world.own.agency, username="both_roles"),
                 "school_director", world.own.school)
    period = make_period(world, grants)
    step(both, period, "submit", after_commit)
    assert told(Kind.PERIOD_SUBMITTED) == {"agency_supervisor"}


def test_nothing_is_told_of_a_step_that_was_rolled_back(world, grants, eager, after_commit):
    from django.db import transaction

    period = make_period(world, grants)
    with after_commit(), pytest.raises(RuntimeError), transaction.atomic():
        sign_off.transition(world.users["school_staff"], period, "submit")
        raise RuntimeError("the request failed after the step")
    assert not Notification.objects.exists() and not mail.outbox


def test_each_person_chooses_immediate_digest_or_none(world, grants, eager, after_commit):
    from notifications.tasks import send_daily_digests

    director, staff = world.users["school_director"], world.users["school_staff"]
    Preference.objects.create(user=director, kind=Kind.PERIOD_RETURNED, email=Email.DIGEST)
    Preference.objects.create(user=director, kind=Kind.PERIOD_ACCEPTED, email=Email.DIGEST)
    Preference.objects.create(user=staff, kind=Kind.PERIOD_RETURNED, email=Email.NONE)
    january, february = make_period(world, grants), make_period(world, grants, month=datetime.date(2024, 2, 1))
    for period in (january, february):
        step(world.users["sbn_admin"], period, "submit", after_commit)
    mail.outbox.clear()
    step(world.users["agency_supervisor"], january, "return", after_commit, comment="แก้ไข")
    step(world.users["agency_supervisor"], february, "return", after_commit, comment="แก้ไขด้วย")
    assert mail.outbox == []  # the director waits for the digest, the staff wants no mail
    assert Notification.objects.filter(user=staff, kind=Kind.PERIOD_RETURNED).count() == 2  # the inbox has all

    assert send_daily_digests.delay().get() == 1
    (digest,) = mail.outbox
    assert digest.to == [director.email] and "2" in digest.subject
    assert "มกราคม 2567" in digest.body and "กุมภาพันธ์ 2567" in digest.body and "แก้ไขด้วย" in digest.body
    assert send_daily_digests.delay().get() == 0  # nothing twice


def test_a_mail_the_broker_never_took_goes_with_the_sweep(world, grants, settings, after_commit, monkeypatch):
    from notifications import events, services
    from sandbox import outbox

    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    monkeypatch.setattr(outbox, "send_later", lambda send, *args: send(*args))  # the thread's work, here
    monkeypatch.setattr(events, "enqueue", lambda task, *args: False)  # the broker is away
    monkeypatch.setattr(services, "enqueue", lambda task, *args: False)
    period = make_period(world, grants)
    step(world.users["school_staff"], period, "submit", after_commit)
    notification = Notification.objects.get(kind=Kind.PERIOD_SUBMITTED)  # made in the request instead
    assert notification.emailed_at is None and mail.outbox == []
    assert services.send_pending_emails(older_than_seconds=0) == 1
    assert len(mail.outbox) == 1 and services.send_pending_emails(older_than_seconds=0) == 0


def test_make_run_writes_the_mail_to_files(world, grants, eager, after_commit, settings, tmp_path):
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.filebased.EmailBackend",
                                    "OPTIONS": {"file_path": str(tmp_path / "mail")}}}
    step(world.users["school_staff"], make_period(world, grants), "submit", after_commit)
    (written,) = list((tmp_path / "mail").iterdir())
    text = written.read_text()
    assert world.users["agency_supervisor"].email in text
    assert "Subject:" in text


def test_the_link_in_the_mail_survives_signing_in(client, world, grants, eager, after_commit):
    from tests.factories import PASSWORD

    period = make_period(world, grants)
    step(world.users["school_staff"], period, "submit", after_commit)
    link = f"/grants/periods/{period.pk}/"
    assert link in mail.outbox[0].body
    response = client.get(link)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/?next=")
    signed_in = client.post(response["Location"], {"username": "agency_supervisor", "password": PASSWORD},
                            REMOTE_ADDR="127.0.0.1")
    assert signed_in.status_code == 302 and signed_in["Location"] == link
    assert client.get(link).status_code == 200


def test_words_in_english_for_an_english_reader(world, grants, eager, after_commit):
    from django.utils import translation

    from notifications.messages import describe

    spend(grants.own, "1500.00", datetime.date(2024, 1, 10))
    period = make_period(world, grants)
    step(world.users["school_staff"], period, "submit", after_commit)
    notification = Notification.objects.get(kind=Kind.PERIOD_SUBMITTED)
    with translation.override("en"):
        text = describe(notification)
    assert text.title == f"{world.own.school.name_en} submitted January 2024 for verification"
    assert "Spending in January 2024: 1,500.00 baht" in text.lines
    thai = describe(notification, language="th")
    assert "มกราคม 2567" in thai.title and world.own.school.name_th in thai.title


def test_a_broker_outage_costs_one_try_per_pause_not_one_per_task(monkeypatch):
    from notifications import events, tasks

    tries = []

    def refused(*args, **kwargs):
        tries.append(args)
        raise ConnectionRefusedError("broker away")

    monkeypatch.setattr(tasks.send_email, "apply_async", refused)
    monkeypatch.setattr(events, "_broker_down_until", 0.0)
    assert events.enqueue(tasks.send_email, 1) is False
    assert events.enqueue(tasks.send_email, 2) is False
    assert len(tries) == 1
    monkeypatch.setattr(events, "_broker_down_until", 0.0)  # the pause is over
    assert events.enqueue(tasks.send_email, 3) is False and len(tries) == 2
