"""A list tells how many rows it holds with thousands separated, as every other figure on the page is."""

import pytest
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.utils import translation


def counted(rows, language):
    with translation.override(language):
        return render_to_string("sandbox/partials/object_table.html",
                                {"paginator": Paginator(range(rows), 50), "object_list": [], "columns": []})


@pytest.mark.parametrize(("rows", "language", "shown"), [
    (149_986, "th", "149,986 แถว"), (149_986, "en", "149,986 rows"), (1, "en", "1 row"), (999, "en", "999 rows"),
])
def test_the_row_count_separates_thousands(rows, language, shown):
    assert shown in counted(rows, language)
