"""Real threads against PostgreSQL: the allocation ceiling holds when many people post at once."""

import threading
from decimal import Decimal

import pytest
from django.db import connection

from grants.models import Expenditure, SpendingRollup
from tests.conftest import api_as

pytestmark = pytest.mark.django_db(transaction=True)


def _post_all(users, payloads, headers=None):
    results = [None] * len(payloads)
    barrier = threading.Barrier(len(payloads))

    def worker(index):
        try:
            client = api_as(users[index % len(users)])
            barrier.wait()
            response = client.post("/api/v1/expenditures/", payloads[index], format="json", **(headers or {}))
            results[index] = (response.status_code, response.json())
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(payloads))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_twenty_concurrent_posts_never_pass_the_allocation(world, grants):
    users = [world.users["school_director"], world.users["school_staff"]]
    payload = {"allocation": grants.own.pk, "date": "2024-03-05", "amount": "7000.00", "category": "materials",
               "description": "Robot kit", "payee": "Shop"}
    results = _post_all(users, [dict(payload) for _ in range(20)])

    created = [body for status, body in results if status == 201]
    refused = [(status, body) for status, body in results if status != 201]
    total = sum(e.amount for e in Expenditure.objects.filter(allocation=grants.own))
    assert total <= Decimal("100000.00")
    assert len(created) == 14 and total == Decimal("98000.00")  # 14 × 7,000 fit into 100,000
    assert len(refused) == 6
    for status, body in refused:
        assert status == 409
        assert body["code"] == "over_allocation"
        assert "100,000.00" in body["message"]
    rollup = SpendingRollup.objects.get(school=world.own.school, fiscal_year=grants.year, category=grants.materials)
    assert (rollup.total, rollup.count) == (total, 14)


def test_concurrent_retries_with_one_idempotency_key_create_one_row(world, grants):
    payload = {"allocation": grants.own.pk, "date": "2024-03-05", "amount": "500.00", "category": "materials",
               "description": "Paper", "payee": "Shop"}
    results = _post_all([world.users["school_director"]], [dict(payload) for _ in range(8)],
                        headers={"HTTP_IDEMPOTENCY_KEY": "retry-abc"})
    assert Expenditure.objects.filter(allocation=grants.own).count() == 1
    ids = {body["id"] for status, body in results if status == 201}
    assert len(ids) == 1 and all(status == 201 for status, _ in results)
