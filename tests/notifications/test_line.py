"""The LINE channel, against a real HTTP server on loopback standing in for the Messaging API."""

import datetime
import uuid

import pytest

from grants import services as sign_off
from notifications.channels import LineChannel, Message, Undelivered
from notifications.models import LineGroup
from tests.conftest import api_as
from tests.grants.conftest import spend
from tests.notifications.conftest import make_period

pytestmark = pytest.mark.django_db

AGENCY_GROUP = "C" + "a" * 32
PROVINCE_GROUP = "C" + "b" * 32
OTHER_GROUP = "C" + "c" * 32


@pytest.fixture
def groups(world):
    return {
        "agency": LineGroup.objects.create(agency=world.own.agency, group_id=AGENCY_GROUP, name="ศน. เขต 1"),
        "province": LineGroup.objects.create(province=world.own.province, group_id=PROVINCE_GROUP,
                                             kinds=["period.verified", "period.returned"]),
        "other": LineGroup.objects.create(agency=world.other.agency, group_id=OTHER_GROUP),
    }


def submit(world, grants, after_commit, side="own"):
    period = make_period(world, grants, side)
    with after_commit():
        sign_off.transition(world.users["sbn_admin"], period, "submit")
    return period


def test_a_submitted_month_is_pushed_to_the_schools_agency_group(world, grants, groups, eager, line, after_commit):
    spend(grants.own, "2500.00", datetime.date(2024, 1, 5))
    period = submit(world, grants, after_commit)
    (push,) = line.requests
    assert push.path == "/v2/bot/message/push"
    assert push.headers["authorization"] == "Bearer test-channel-token"
    assert push.headers["content-type"] == "application/json"
    uuid.UUID(push.headers["x-line-retry-key"])  # LINE wants a UUID
    body = push.json()
    assert body["to"] == AGENCY_GROUP
    (message,) = body["messages"]
    assert message["type"] == "text"
    assert world.own.school.name_th in message["text"] and "มกราคม 2567" in message["text"]
    assert "2,500.00" in message["text"]
    assert f"https://portal.example.go.th/grants/periods/{period.pk}/" in message["text"]


def test_each_office_hears_only_the_kinds_it_chose_about_its_own_schools(world, grants, groups, eager, line,
                                                                         after_commit):
    period = submit(world, grants, after_commit)
    with after_commit():
        sign_off.transition(world.users["agency_supervisor"], period, "return", "ขาดใบเสร็จ")
    assert [r.json()["to"] for r in line.requests] == [AGENCY_GROUP, PROVINCE_GROUP]
    assert "ขาดใบเสร็จ" in line.requests[1].json()["messages"][0]["text"]
    line.requests.clear()
    submit(world, grants, after_commit, side="other")
    assert [r.json()["to"] for r in line.requests] == [OTHER_GROUP]


def test_line_is_off_while_the_token_is_unset(world, grants, groups, eager, loopback, settings, after_commit):
    settings.LINE_API_URL = loopback.url("/v2/bot/message/push")
    settings.LINE_CHANNEL_TOKEN = ""
    submit(world, grants, after_commit)
    assert loopback.requests == []


def test_a_switched_off_group_hears_nothing(world, grants, groups, eager, line, after_commit):
    LineGroup.objects.filter(pk=groups["agency"].pk).update(is_active=False)
    submit(world, grants, after_commit)
    assert line.requests == []


def test_a_failed_push_is_retried_with_the_same_retry_key(world, grants, groups, eager, line, after_commit):
    line.answers = [500, 503]
    submit(world, grants, after_commit)
    assert len(line.requests) == 3
    assert len({r.headers["x-line-retry-key"] for r in line.requests}) == 1


def test_a_refused_push_is_not_retried(world, grants, groups, eager, line, after_commit):
    line.answers = [400]
    submit(world, grants, after_commit)
    assert len(line.requests) == 1


def test_the_channel_on_its_own(line):
    channel = LineChannel()
    channel.send(AGENCY_GROUP, Message("หัวเรื่อง", "เนื้อความ" * 2000, "https://portal.example.go.th/x/"),
                 key=str(uuid.uuid4()))
    text = line.requests[0].json()["messages"][0]["text"]
    assert text.startswith("หัวเรื่อง\n") and len(text) == 5000 and text.endswith("…")
    line.answers = [409]  # LINE has this retry key already: it was delivered
    channel.send(AGENCY_GROUP, Message("a", "b"), key=str(uuid.uuid4()))
    line.answers = [401]
    with pytest.raises(Undelivered) as refused:
        channel.send(AGENCY_GROUP, Message("a", "b"))
    assert refused.value.retry is False
    line.answers = [429]
    with pytest.raises(Undelivered) as busy:
        channel.send(AGENCY_GROUP, Message("a", "b"))
    assert busy.value.retry is True


def test_an_unreachable_line_api_is_worth_retrying(settings):
    settings.LINE_CHANNEL_TOKEN = "t"
    settings.LINE_API_URL = "http://127.0.0.1:9/v2/bot/message/push"  # nothing listens on the discard port
    with pytest.raises(Undelivered) as failed:
        LineChannel().send(AGENCY_GROUP, Message("a", "b"))
    assert failed.value.retry is True


def test_a_group_that_names_no_kinds_hears_what_its_office_usually_acts_on(world):
    client = api_as(world.users["sbn_admin"], "en")
    agency = client.post("/api/v1/line-groups/", {"agency": world.own.agency.pk, "group_id": AGENCY_GROUP},
                         format="json")
    province = client.post("/api/v1/line-groups/", {"province": world.own.province.code,
                                                     "group_id": PROVINCE_GROUP, "kinds": []}, format="json")
    assert agency.json()["kinds"] == ["period.submitted", "period.overdue"]
    assert province.json()["kinds"] == ["period.verified", "period.overdue"]
