"""A list page whose filter cannot be read lists nothing and says which filter and why, in the reader's
language (the API answers 400 the same way); it never drops the filter and lists rows the reader
believes filtered."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from tests.grants.conftest import grants, spend  # noqa: F401  (the grants fixture and its row helper)

pytestmark = pytest.mark.django_db


def page(user, params, **headers):
    client = Client(HTTP_ACCEPT_LANGUAGE="th")
    client.force_login(user)
    return client.get(reverse("grants:expenditure-list"), params, **headers)


def test_a_filter_that_cannot_be_read_lists_nothing_and_says_why(world, grants):  # noqa: F811
    row = spend(grants.own, "1000.00", day=datetime.date(2024, 1, 5))
    sbn = world.users["sbn_admin"]

    listed = page(sbn, {"fiscal_year": "2567"})
    assert listed.status_code == 200 and row.get_absolute_url() in listed.content.decode()

    refused = page(sbn, {"fiscal_year": "๒๕๖๗x"})
    html = refused.content.decode()
    assert refused.status_code == 400
    assert "ไม่แสดงรายการ เพราะใช้ตัวกรองต่อไปนี้ไม่ได้" in html
    assert "ปีงบประมาณ:" in html  # the filter's own label, then Django's Thai message
    assert row.get_absolute_url() not in html

    # The filter bar asks by htmx, which swaps in only a 2xx answer: the table says why.
    partial = page(sbn, {"fiscal_year": "x"}, HTTP_HX_REQUEST="true")
    assert partial.status_code == 200
    assert "ไม่แสดงรายการ เพราะใช้ตัวกรองต่อไปนี้ไม่ได้" in partial.content.decode()
    assert row.get_absolute_url() not in partial.content.decode()


def test_an_empty_filter_is_no_filter(world, grants):  # noqa: F811
    row = spend(grants.own, "1000.00", day=datetime.date(2024, 1, 5))
    response = page(world.users["sbn_admin"], {"fiscal_year": "", "school": ""})
    assert response.status_code == 200 and row.get_absolute_url() in response.content.decode()
    assert "ใช้ตัวกรองต่อไปนี้ไม่ได้" not in response.content.decode()


def test_anonymous_visitors_are_sent_to_sign_in_whatever_the_filter():
    response = Client().get(reverse("grants:expenditure-list"), {"fiscal_year": "x"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
