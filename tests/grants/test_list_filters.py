"""List filters stay cheap whatever the number of allocations in the country."""

import pytest
from django.urls import reverse

from grants.models import Allocation, FiscalYear
from tests.battery import count_queries
from tests.factories import SchoolFactory
from tests.grants.conftest import spend

pytestmark = pytest.mark.django_db


def test_expenditure_list_filters_by_allocation_id_without_listing_every_allocation(client, world, grants):
    spend(grants.own, description="สมุด")
    spend(grants.other, description="ปากกา")
    client.force_login(world.users["agency_supervisor"])
    url = reverse("grants:expenditure-list")
    html = client.get(url, {"allocation": grants.own.pk}).content.decode()
    assert '<select name="allocation"' not in html
    assert "สมุด" in html and "ปากกา" not in html
    before = count_queries(client, url)
    year = FiscalYear.objects.create(year=2568)
    for _ in range(5):
        Allocation.objects.create(school=SchoolFactory(agency=world.own.agency), fiscal_year=year,
                                  programme=grants.programme, amount="1000.00")
    assert count_queries(client, url) == before
