"""A choice among many rows is found by typing: the form draws a search box instead of a select of
every row, the matches come back as radio buttons carrying the field's name, the form saves the
chosen row as before, and nobody finds a row their form would not offer."""

import pytest
from django.test import Client
from django.urls import reverse

from grants.models import Transfer
from tests.factories import SchoolFactory
from tests.grants.conftest import _allocation_for

pytestmark = pytest.mark.django_db

TRANSFER_FORM = {"form": "grants.forms.TransferForm", "field": "allocation"}
REPORT_FORM = {"form": "reports.forms.ReportRequestForm", "field": "school"}


def page_as(user):
    client = Client(HTTP_ACCEPT_LANGUAGE="th")
    client.force_login(user)
    return client


def matches(client, form, text):
    response = client.get(reverse("choices"), {**form, f"{form['field']}__search": text})
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def long_lists(settings):
    settings.CHOICES_SEARCH_FROM = 2


def test_few_choices_stay_a_select(world):
    _allocation_for(world, "own")
    html = page_as(world.users["sbn_admin"]).get(reverse("grants:transfer-add")).content.decode()
    assert '<select name="allocation"' in html
    assert "allocation__search" not in html


def test_a_long_choice_is_found_by_typing_and_saved_by_its_radio(world, long_lists):
    own, other = _allocation_for(world, "own"), _allocation_for(world, "other")
    client = page_as(world.users["sbn_admin"])
    html = client.get(reverse("grants:transfer-add")).content.decode()
    assert '<select name="allocation"' not in html
    assert 'name="allocation__search"' in html and "พิมพ์รหัสหรือชื่อเพื่อค้นหา" in html
    assert 'hx-get="/choices/?form=grants.forms.TransferForm&amp;field=allocation"' in html

    found = matches(client, TRANSFER_FORM, f"{own.school.code} 2567")  # every word must match: code and year
    assert f'name="allocation" value="{own.pk}"' in found
    assert f'value="{other.pk}"' not in found
    assert str(own) in found

    response = client.post(reverse("grants:transfer-add"), {
        "allocation": own.pk, "installment": 1, "date": "15/11/2566", "amount": "60,000", "reference": "KTB-9"})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Transfer.objects.get().allocation == own


def test_a_form_sent_back_keeps_the_chosen_row_and_a_row_not_offered_is_refused(world, long_lists):
    own, _other = _allocation_for(world, "own"), _allocation_for(world, "other")
    client = page_as(world.users["sbn_admin"])
    response = client.post(reverse("grants:transfer-add"), {"allocation": own.pk, "installment": 1, "date": "",
                                                            "amount": "60,000"})
    html = response.content.decode()
    assert response.status_code == 200
    assert f'name="allocation" value="{own.pk}" checked' in html  # the choice survives the error

    response = client.post(reverse("grants:transfer-add"), {"allocation": 999999, "installment": 1,
                                                            "date": "15/11/2566", "amount": "60,000"})
    assert response.status_code == 200
    assert "เลือกตัวเลือกที่ถูกต้อง" in response.content.decode()
    assert not Transfer.objects.exists()


def test_no_match_and_too_many_matches_say_so_in_thai(world, long_lists):
    for _ in range(22):
        SchoolFactory(agency=world.own.agency)
    client = page_as(world.users["sbn_admin"])
    assert "ไม่พบรายการที่ตรงกับ “ไม่มีชื่อนี้”" in matches(client, REPORT_FORM, "ไม่มีชื่อนี้")
    many = matches(client, REPORT_FORM, "ทดสอบ")
    assert many.count('type="radio"') == 20
    assert "แสดง 20 รายการแรกที่ตรงกัน" in many
    assert 'type="radio"' not in matches(client, REPORT_FORM, "")


def test_a_search_finds_only_what_the_users_own_form_offers(world, long_lists):
    SchoolFactory(agency=world.own.agency)
    officer = page_as(world.users["province_officer"])
    html = officer.get(reverse("reports:list")).content.decode()
    assert 'name="school__search"' in html
    found = matches(officer, REPORT_FORM, "ทดสอบ")
    assert f'value="{world.own.school.pk}"' in found
    assert f'value="{world.other.school.pk}"' not in found  # another province's school
    assert f'value="{world.other.school.pk}"' in matches(page_as(world.users["sbn_admin"]), REPORT_FORM, "ทดสอบ")


def test_the_search_is_closed_to_anonymous_and_role_less_visitors_and_to_unknown_forms(world, long_lists):
    query = {**REPORT_FORM, "school__search": "ทดสอบ"}
    anonymous = Client().get(reverse("choices"), query)
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    assert page_as(world.users["no_role"]).get(reverse("choices"), query).status_code == 404
    sbn = page_as(world.users["sbn_admin"])
    assert sbn.get(reverse("choices"), {**query, "form": "os.path"}).status_code == 404
    assert sbn.get(reverse("choices"), {**query, "form": "sandbox.forms.ModelForm"}).status_code == 404
    assert sbn.get(reverse("choices"), {**query, "field": "kind"}).status_code == 404  # not a row choice


def test_a_form_that_offers_fewer_schools_than_it_accepts_searches_only_those_offered(world, settings):
    settings.CHOICES_SEARCH_FROM = 1
    form = {"form": "supervision.forms.FollowUpVisitForm", "field": "school"}
    supervisor = page_as(world.users["agency_supervisor"])
    html = supervisor.get("/supervision/visits/add/").content.decode()
    assert 'name="school__search"' in html and '<select name="school"' not in html
    found = matches(supervisor, form, "ทดสอบ")
    assert f'value="{world.own.school.pk}"' in found
    assert f'value="{world.other.school.pk}"' not in found
    assert f'value="{world.other.school.pk}"' in matches(page_as(world.users["sbn_admin"]), form, "ทดสอบ")
    settings.CHOICES_SEARCH_FROM = 200
    html = supervisor.get("/supervision/visits/add/").content.decode()
    assert '<select name="school"' in html
    assert f'value="{world.own.school.pk}"' in html and f'value="{world.other.school.pk}"' not in html


@pytest.mark.parametrize("url", ["account-user-add", "account-role-add"])
def test_a_province_officer_granting_a_role_is_offered_the_scopes_of_their_province_only(world, settings, url):
    officer, sbn = page_as(world.users["province_officer"]), page_as(world.users["sbn_admin"])
    html = officer.get(reverse(url)).content.decode()
    for field in ("province", "agency", "school"):
        own, other = getattr(world.own, field).pk, getattr(world.other, field).pk
        assert f'<option value="{own}"' in html, field
        assert f'<option value="{other}"' not in html, field  # Satun's, in a Songkhla officer's form
        assert f'<option value="{other}"' in sbn.get(reverse(url)).content.decode(), field

    settings.CHOICES_SEARCH_FROM = 1
    form = {"form": {"account-user-add": "accounts.forms.UserCreateForm",
                     "account-role-add": "accounts.forms.RoleAssignmentForm"}[url], "field": "school"}
    assert 'name="school__search"' in officer.get(reverse(url)).content.decode()
    found = matches(officer, form, "ทดสอบ")
    assert f'value="{world.own.school.pk}"' in found and f'value="{world.other.school.pk}"' not in found
    assert f'value="{world.other.school.pk}"' in matches(sbn, form, "ทดสอบ")


def test_an_edited_record_shows_its_chosen_row_even_when_the_form_no_longer_offers_it(world, settings):
    from django import forms

    from sandbox.search_select import SearchSelect, offer_only
    from schools.models import PilotSchool

    settings.CHOICES_SEARCH_FROM = 1
    field = forms.ModelChoiceField(queryset=PilotSchool.objects.all(), widget=SearchSelect(source=("f", "school")))
    field.widget.choices = field.choices
    offer_only(field, PilotSchool.objects.filter(pk=world.own.school.pk))
    html = field.widget.render("school", world.other.school.pk)
    assert f'name="school" value="{world.other.school.pk}" checked' in html
    assert str(world.other.school) in html
