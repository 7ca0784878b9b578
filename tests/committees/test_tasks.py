"""The daily reminder of terms ending within 60 days, called for real."""

import datetime

from django.core import mail

from committees.tasks import notify_expiring_terms
from tests.committees.factories import CommitteeFactory, MembershipFactory
from tests.factories import user_with_role

TODAY = datetime.date(2028, 5, 1)


def test_province_officers_hear_once_about_their_provinces_expiring_terms(world, settings):
    world.users["province_officer"].email = "officer@buriram.test"
    world.users["province_officer"].save()
    satun_officer = user_with_role("province_officer", world.other.province)
    satun_officer.email = "officer@satun.test"
    satun_officer.save()
    buriram = CommitteeFactory(province=world.own.province, short_name="กขน.บุรีรัมย์")
    ending = MembershipFactory(committee=buriram, term_end=datetime.date(2028, 6, 4))  # 34 days
    MembershipFactory(committee=buriram, term_end=datetime.date(2028, 9, 30))  # 152 days: not yet
    MembershipFactory(committee=buriram, term_end=datetime.date(2028, 4, 30))  # already ended

    assert notify_expiring_terms(TODAY) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["officer@buriram.test"]
    assert ending.person.display_name in message.body
    assert "กขน.บุรีรัมย์" in message.body
    assert "4 มิ.ย. 2571" in message.body  # Buddhist Era
    assert "?expiring=true" in message.body

    # Run again the next day: nothing new to say.
    assert notify_expiring_terms(TODAY + datetime.timedelta(days=1)) == 0
    assert len(mail.outbox) == 1
    # A changed term end is reminded again.
    ending.term_end = datetime.date(2028, 6, 20)
    ending.save()
    assert notify_expiring_terms(TODAY) == 1
    assert len(mail.outbox) == 2


def test_without_a_province_officer_nothing_is_marked_sent(world):
    satun = CommitteeFactory(province=world.other.province)
    seat = MembershipFactory(committee=satun, term_end=datetime.date(2028, 6, 4))
    assert notify_expiring_terms(TODAY) == 0
    seat.refresh_from_db()
    assert seat.expiry_notified_for is None
    officer = user_with_role("province_officer", world.other.province)
    officer.email = "officer@satun.test"
    officer.save()
    assert notify_expiring_terms(TODAY) == 1
    assert mail.outbox[-1].to == ["officer@satun.test"]


def test_the_task_is_scheduled_daily(settings):
    entries = [e for e in settings.CELERY_BEAT_SCHEDULE.values()
               if e["task"] == "committees.tasks.notify_expiring_terms"]
    assert len(entries) == 1


def test_flagged_members_are_listed_on_the_page(client, world):
    soon = MembershipFactory(term_end=datetime.date.today() + datetime.timedelta(days=30))
    later = MembershipFactory(term_end=datetime.date.today() + datetime.timedelta(days=90))
    client.force_login(world.users["school_staff"])
    html = client.get("/committees/members/", {"expiring": "true"}).content.decode()
    assert soon.get_absolute_url() in html and later.get_absolute_url() not in html
    committee_page = client.get(soon.committee.get_absolute_url()).content.decode()
    assert "table-warning" in committee_page
