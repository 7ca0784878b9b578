"""Thai dictionary order, the same in PostgreSQL and in Python.

The embedded PostgreSQL that `make run` and CI use is built without ICU, so a "th-TH" ICU collation
cannot be created everywhere. Dictionary order instead comes from one sort key, defined in SQL by
the provinces migration `thai_sort_key` and here for lists sorted in Python: a leading vowel
(เ แ โ ใ ไ) sorts after the consonant it is written before, and tone marks and other signs only
break ties. Compared byte-wise (COLLATE "C"), Unicode's consonant and vowel order is the
dictionary's: ก < ข < … < ฮ, and a consonant alone before the same consonant with a vowel.
"""

import re

from django.db.models import Func, TextField

LEADING_VOWEL = re.compile("([เแโใไ])([ก-ฮ])")
TIE_BREAKING_SIGNS = re.compile("[็่้๊๋์ํ๎]")

# Kept in step with thai_key() below; provinces/migrations/0006_thai_sort_key.py installs it.
SQL_FUNCTION = r"""
CREATE OR REPLACE FUNCTION thai_sort_key(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT regexp_replace(regexp_replace(lower(value), '([เแโใไ])([กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮ])',
                                       '\2\1', 'g'),
                        '[็่้๊๋์ํ๎]', '', 'g') || chr(1) || lower(value)
$$;
"""


def thai_key(text):
    """The sort key of a name: sorted(names, key=thai_key) is Thai dictionary order."""
    text = str(text or "").lower()
    return TIE_BREAKING_SIGNS.sub("", LEADING_VOWEL.sub(r"\2\1", text)) + "\x01" + text


class ThaiOrder(Func):
    """ORDER BY a text column in Thai dictionary order: `order_by(ThaiOrder("name_th"))` or in Meta.ordering."""

    function = "thai_sort_key"
    template = '%(function)s(%(expressions)s) COLLATE "C"'
    output_field = TextField()
