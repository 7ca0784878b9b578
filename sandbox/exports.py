"""CSV and XLSX downloads of a list exactly as filtered on screen."""

from sandbox import tabular
from sandbox.templatetags.portal import attr

CHUNK = 2000


def _rows(queryset, columns):
    for obj in queryset.iterator(chunk_size=CHUNK):
        yield [_cell(attr(obj, name)) for name, _label in columns]


def _cell(value):
    if hasattr(value, "pk"):
        return str(value)
    return value


def csv_response(queryset, columns, filename):
    return tabular.csv_response([label for _name, label in columns], _rows(queryset, columns), filename)


def xlsx_response(queryset, columns, filename):
    return tabular.xlsx_response([(label, tabular.TEXT, 16) for _name, label in columns],
                                 _rows(queryset, columns), filename)
