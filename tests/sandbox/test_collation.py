"""Thai dictionary order: the SQL sort key, the Python one and, where the server has it, ICU's Thai order."""

import pytest
from django.db import connection

from provinces.models import Province
from sandbox.collation import ThaiOrder, thai_key

pytestmark = pytest.mark.django_db


def test_provinces_in_dictionary_order_in_sql_and_python():
    names = list(Province.objects.values_list("name_th", flat=True))
    assert len(names) == 77
    assert names == sorted(names, key=thai_key)  # Meta.ordering
    assert list(Province.objects.order_by(ThaiOrder("name_th")).values_list("name_th", flat=True)) == names
    # a leading vowel sorts after its consonant: เชียงใหม่ (ช) before นครปฐม (น), แพร่ (พ) after พะเยา
    assert names.index("เชียงใหม่") < names.index("นครปฐม") and names.index("พะเยา") < names.index("แพร่")


def test_same_order_as_icu_thai_where_the_server_has_icu():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_collation WHERE collname = 'th-x-icu'")
        if cursor.fetchone() is None:
            pytest.skip("this PostgreSQL is built without ICU")
        cursor.execute('SELECT name_th FROM provinces_province ORDER BY name_th COLLATE "th-x-icu"')
        icu = [row[0] for row in cursor.fetchall()]
    assert list(Province.objects.values_list("name_th", flat=True)) == icu
