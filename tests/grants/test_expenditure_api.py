import datetime
from decimal import Decimal

import pytest

from grants import services
from grants.models import Expenditure, Period, SpendingRollup
from tests.conftest import api_as
from tests.grants.conftest import spend

URL = "/api/v1/expenditures/"


def payload(allocation, **changes):
    data = {"allocation": allocation.pk, "date": "2024-02-01", "amount": "1250.50", "category": "materials",
            "description": "Science kits", "payee": "Shop", "receipt_number": "R-1"}
    data.update(changes)
    return data


def test_create_returns_money_as_string_and_updates_the_rollup(world, grants):
    response = api_as(world.users["school_staff"]).post(URL, payload(grants.own), format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["amount"] == "1250.50" and body["fiscal_year"] == 2567 and body["school"] == world.own.school.pk
    rollup = SpendingRollup.objects.get(school=world.own.school, category=grants.materials)
    assert rollup.total == Decimal("1250.50") and rollup.count == 1


@pytest.mark.parametrize("changes, field, words", [
    ({"amount": "0"}, "amount", "more than zero"),
    ({"amount": "-5.00"}, "amount", "more than zero"),
    ({"amount": "10.005"}, "amount", "2 decimal"),
    ({"date": "2024-10-01"}, "date", "fiscal year 2567"),
    ({"date": "2023-09-30"}, "date", "fiscal year 2567"),
])
def test_bad_input_is_refused_with_a_clear_message_and_nothing_written(world, grants, changes, field, words):
    response = api_as(world.users["school_director"], "en").post(URL, payload(grants.own, **changes), format="json")
    assert response.status_code == 400, response.content
    body = response.json()
    assert field in body["errors"]
    assert words in " ".join(body["errors"][field])
    assert not Expenditure.objects.exists()
    assert not SpendingRollup.objects.exists()


def test_spending_past_the_allocation_is_409_and_the_message_says_what_is_left(world, grants):
    spend(grants.own, "99000.00")
    response = api_as(world.users["school_director"], "en").post(URL, payload(grants.own, amount="1000.01"),
                                                                   format="json")
    assert response.status_code == 409
    assert response.json()["code"] == "over_allocation"
    assert "1,000.00 baht left" in response.json()["message"]
    exactly = api_as(world.users["school_director"]).post(URL, payload(grants.own, amount="1000.00"), format="json")
    assert exactly.status_code == 201


def test_raising_an_amount_in_an_update_is_held_to_the_allocation(world, grants):
    row = spend(grants.own, "60000.00")
    spend(grants.own, "30000.00")
    response = api_as(world.users["school_director"]).patch(f"{URL}{row.pk}/", {"amount": "70000.01"},
                                                            format="json")
    assert response.status_code == 409
    row.refresh_from_db()
    assert row.amount == Decimal("60000.00")
    assert api_as(world.users["school_director"]).patch(f"{URL}{row.pk}/", {"amount": "70000.00"},
                                                        format="json").status_code == 200


def test_retried_post_with_the_same_idempotency_key_creates_one_row(world, grants):
    client = api_as(world.users["school_director"])
    first = client.post(URL, payload(grants.own), format="json", HTTP_IDEMPOTENCY_KEY="k-1")
    second = client.post(URL, payload(grants.own), format="json", HTTP_IDEMPOTENCY_KEY="k-1")
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] == second.json()["id"]
    assert second["Idempotent-Replayed"] == "true"
    assert Expenditure.objects.count() == 1
    # The same key for a different request is refused; a new key creates a new row.
    reused = client.post(URL, payload(grants.own, amount="9.99"), format="json", HTTP_IDEMPOTENCY_KEY="k-1")
    assert reused.status_code == 422 and reused.json()["code"] == "idempotency_key_reused"
    assert client.post(URL, payload(grants.own, receipt_number="R-2"), format="json",
                       HTTP_IDEMPOTENCY_KEY="k-2").status_code == 201
    assert Expenditure.objects.count() == 2


def test_a_failed_request_does_not_use_up_its_idempotency_key(world, grants):
    client = api_as(world.users["school_director"])
    bad = client.post(URL, payload(grants.own, amount="0"), format="json", HTTP_IDEMPOTENCY_KEY="k-3")
    assert bad.status_code == 400
    assert not Expenditure.objects.exists()
    # The corrected request with the same key is judged afresh and creates the row.
    good = client.post(URL, payload(grants.own, amount="10.00"), format="json", HTTP_IDEMPOTENCY_KEY="k-3")
    assert good.status_code == 201, good.content
    assert Expenditure.objects.get().amount == Decimal("10.00")
    replay = client.post(URL, payload(grants.own, amount="10.00"), format="json", HTTP_IDEMPOTENCY_KEY="k-3")
    assert replay.status_code == 201 and replay["Idempotent-Replayed"] == "true"
    assert Expenditure.objects.count() == 1


def test_stale_if_match_gets_412_and_changes_nothing(world, grants):
    row = spend(grants.own, "100.00")
    client = api_as(world.users["school_director"])
    etag = client.get(f"{URL}{row.pk}/")["ETag"]
    assert etag
    first = client.patch(f"{URL}{row.pk}/", {"description": "First edit"}, format="json", HTTP_IF_MATCH=etag)
    assert first.status_code == 200
    assert first["ETag"] != etag
    stale = client.patch(f"{URL}{row.pk}/", {"description": "Second edit"}, format="json", HTTP_IF_MATCH=etag)
    assert stale.status_code == 412
    assert stale.json()["code"] == "precondition_failed"
    row.refresh_from_db()
    assert row.description == "First edit"
    assert client.delete(f"{URL}{row.pk}/", HTTP_IF_MATCH=etag).status_code == 412
    assert client.delete(f"{URL}{row.pk}/", HTTP_IF_MATCH=first["ETag"]).status_code == 204


def test_an_amount_changed_from_a_shell_makes_the_etag_stale(world, grants):
    row = spend(grants.own, "100.00")
    client = api_as(world.users["school_director"])
    etag = client.get(f"{URL}{row.pk}/")["ETag"]
    updated = row.updated
    Expenditure.objects.filter(pk=row.pk).update(amount=Decimal("150.00"))
    assert Expenditure.objects.get(pk=row.pk).updated == updated  # QuerySet.update() leaves `updated` alone
    assert client.get(f"{URL}{row.pk}/")["ETag"] != etag
    stale = client.patch(f"{URL}{row.pk}/", {"description": "Based on 100.00"}, format="json", HTTP_IF_MATCH=etag)
    assert stale.status_code == 412
    assert Expenditure.objects.get(pk=row.pk).description != "Based on 100.00"


def test_a_period_step_with_a_stale_if_match_is_412_and_the_period_stays(world, grants):
    period = Period.objects.create(school=world.own.school, fiscal_year=grants.year, month=datetime.date(2024, 1, 1))
    client = api_as(world.users["school_director"])
    etag = client.get(f"/api/v1/periods/{period.pk}/")["ETag"]
    Period.objects.filter(pk=period.pk).update(comment="changed elsewhere")
    stale = client.post(f"/api/v1/periods/{period.pk}/submit/", {}, format="json", HTTP_IF_MATCH=etag)
    assert stale.status_code == 412 and stale.json()["code"] == "precondition_failed"
    period.refresh_from_db()
    assert period.status == "open"
    current = client.get(f"/api/v1/periods/{period.pk}/")["ETag"]
    submitted = client.post(f"/api/v1/periods/{period.pk}/submit/", {}, format="json", HTTP_IF_MATCH=current)
    assert submitted.status_code == 200, submitted.content
    assert submitted.json()["status"] == "submitted"
    assert submitted["ETag"] == client.get(f"/api/v1/periods/{period.pk}/")["ETag"] != current


def test_business_refusals_carry_their_code_and_the_errors(world, grants):
    spend(grants.own, "99000.00")
    response = api_as(world.users["school_director"], "en").post(URL, payload(grants.own, amount="1000.01"),
                                                                   format="json")
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "over_allocation"
    assert body["errors"] == {"non_field_errors": [body["message"]]}


def test_an_idempotency_key_of_200_printable_characters_is_accepted(world, grants):
    key = "k-" * 100
    response = api_as(world.users["school_director"]).post(URL, payload(grants.own), format="json",
                                                           HTTP_IDEMPOTENCY_KEY=key)
    assert response.status_code == 201, response.content


def test_update_without_if_match_is_accepted(world, grants):
    row = spend(grants.own, "100.00")
    response = api_as(world.users["school_director"]).patch(f"{URL}{row.pk}/", {"payee": "Other shop"},
                                                            format="json")
    assert response.status_code == 200


def _lock(world, grants, side="own", month=datetime.date(2024, 1, 1)):
    period = Period.objects.create(school=world.side(side).school, fiscal_year=grants.year, month=month)
    return services.transition(world.users["sbn_admin"], period, "submit")


@pytest.mark.parametrize("role", ["school_director", "school_staff"])
def test_no_add_edit_or_delete_in_a_locked_period(world, grants, role):
    row = spend(grants.own, "100.00", day=datetime.date(2024, 1, 10))
    _lock(world, grants)
    client = api_as(world.users[role], "en")
    added = client.post(URL, payload(grants.own, date="2024-01-20"), format="json")
    assert added.status_code == 409 and added.json()["code"] == "period_locked"
    edited = client.patch(f"{URL}{row.pk}/", {"amount": "50.00"}, format="json")
    assert edited.status_code == 409
    moved_in = spend(grants.own, "10.00", day=datetime.date(2024, 2, 10))
    assert client.patch(f"{URL}{moved_in.pk}/", {"date": "2024-01-05"}, format="json").status_code == 409
    assert client.delete(f"{URL}{row.pk}/").status_code == 409
    assert Expenditure.objects.filter(pk=row.pk, amount=Decimal("100.00")).exists()
    # Another month stays open.
    assert client.post(URL, payload(grants.own, date="2024-02-20"), format="json").status_code == 201


@pytest.mark.parametrize("role", ["school_director", "school_staff"])
def test_no_add_edit_or_delete_for_another_school(world, grants, role):
    row = spend(grants.other, "100.00")
    client = api_as(world.users[role])
    assert client.post(URL, payload(grants.other), format="json").status_code == 403
    assert client.patch(f"{URL}{row.pk}/", {"amount": "50.00"}, format="json").status_code == 403
    assert client.delete(f"{URL}{row.pk}/").status_code == 403
    # Moving an own row onto the other school's allocation is refused too.
    own_row = spend(grants.own, "100.00")
    assert client.patch(f"{URL}{own_row.pk}/", {"allocation": grants.other.pk}, format="json").status_code == 403
    row.refresh_from_db()
    own_row.refresh_from_db()
    assert row.amount == Decimal("100.00") and own_row.allocation_id == grants.own.pk


def test_any_signed_in_user_reads_every_schools_spending(world, grants):
    own, other = spend(grants.own), spend(grants.other)
    body = api_as(world.users["school_staff"]).get(URL).json()
    assert {own.pk, other.pk} <= {row["id"] for row in body["results"]}


def test_closed_year_takes_no_spending(world, grants):
    grants.year.is_open = False
    grants.year.save()
    response = api_as(world.users["school_director"], "en").post(URL, payload(grants.own), format="json")
    assert response.status_code == 400
    assert "closed" in response.json()["message"]


def test_list_endpoint_issues_a_constant_number_of_queries(world, grants):
    from tests.battery import assert_constant_queries

    spend(grants.own)
    client = api_as(world.users["school_director"])
    client.get(URL)

    def add_rows():
        for _ in range(10):
            spend(grants.other)

    from rest_framework.test import APIClient  # noqa: F401 (the battery helper takes any client)

    assert_constant_queries(client, URL, add_rows)


def test_expenditures_export_as_csv_and_xlsx_with_the_list_filters(world, grants):
    spend(grants.own, "1234.56", description="Own school row")
    spend(grants.other, "99.00", description="Other school row")
    client = api_as(world.users["sbn_viewer"])
    response = client.get(URL, {"export": "csv", "school": world.own.school.pk})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "Own school row" in text and "1234.56" in text and world.own.school.code in text
    assert "Other school row" not in text
    xlsx = client.get(URL, {"export": "xlsx"})
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"


def test_receipt_through_the_api_is_checked(world, grants):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = api_as(world.users["school_director"], "en")
    bad = SimpleUploadedFile("r.pdf", b"<html>not a pdf</html>")
    response = client.post(URL, {**payload(grants.own), "receipt": bad}, format="multipart")
    assert response.status_code == 400 and "PDF or an image" in response.json()["message"]
    good = SimpleUploadedFile("r.pdf", b"%PDF-1.4\n%%EOF\n")
    response = client.post(URL, {**payload(grants.own), "receipt": good}, format="multipart")
    assert response.status_code == 201
    assert response.json()["receipt_type"] == "application/pdf"
    assert response.json()["receipt_url"].endswith("/receipt/")
