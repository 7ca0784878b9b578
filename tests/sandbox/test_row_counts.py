"""A list tells how many rows it holds with thousands separated, as every other figure on the page is."""

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from schools.models import PilotSchool


def counted(rows, language):
    with translation.override(language):
        return render_to_string("sandbox/partials/object_table.html", {"row_count": rows, "object_list": [],
                                                                        "columns": []})


@pytest.mark.parametrize(("rows", "language", "shown"), [
    (149_986, "th", "149,986 แถว"), (149_986, "en", "149,986 rows"), (1, "en", "1 row"), (999, "en", "999 rows"),
])
def test_the_row_count_separates_thousands(rows, language, shown):
    assert shown in counted(rows, language)


def test_a_list_counts_every_row_it_holds_not_the_page(client, world):
    client.force_login(world.users["sbn_admin"])
    page = client.get(reverse("schools:list"), {"page_size": 1}).content.decode()
    assert PilotSchool.objects.count() > 1 and f"{PilotSchool.objects.count():,} แถว" in page
