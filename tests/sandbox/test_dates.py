"""Dates typed as Thai people write them: dd/mm/BE on Thai pages, Gregorian on English ones, ISO stored."""

import datetime
import re

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.utils import translation

from grants.forms import TransferForm
from sandbox import dates
from sandbox.forms import BLANK_LABEL

MAY_14 = datetime.date(2024, 5, 14)


@pytest.mark.parametrize("typed", ["14/05/2567", "14/5/2567", "14.05.2567", "14-05-2567", "14052567",
                                   " 14/05/2567 ", "2024-05-14"])
def test_thai_pages_read_the_buddhist_era(typed):
    with translation.override("th"):
        assert dates.parse(typed) == MAY_14


@pytest.mark.parametrize("typed", ["14/05/2024", "14052024", "2024-05-14"])
def test_english_pages_read_the_gregorian_calendar(typed):
    with translation.override("en"):
        assert dates.parse(typed) == MAY_14


def test_a_gregorian_year_on_a_thai_page_asks_for_the_buddhist_era():
    with translation.override("th"), pytest.raises(ValidationError) as caught:
        dates.parse("14/05/2024")
    assert caught.value.code == "be_year"


def test_a_buddhist_era_year_on_an_english_page_asks_for_the_gregorian_year():
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        dates.parse("14/05/2567")
    assert caught.value.code == "gregorian_year"


@pytest.mark.parametrize("typed, code", [("05/14/2567", "no_such_day"), ("31/02/2567", "no_such_day"),
                                         ("14/05/67", "invalid"), ("๑๔/๐๕/๒๕๖๗", "invalid"),
                                         ("yesterday", "invalid"), ("1452567", "invalid")])
def test_other_text_is_refused_with_an_example(typed, code):
    with translation.override("th"), pytest.raises(ValidationError) as caught:
        dates.parse(typed)
    assert caught.value.code == code


def test_a_date_is_shown_in_the_pages_calendar():
    with translation.override("th"):
        assert dates.to_text(MAY_14) == "14/05/2567"
    with translation.override("en"):
        assert dates.to_text(MAY_14) == "14/05/2024"


def test_every_date_field_of_a_portal_form_is_a_text_box_with_the_pattern():
    with translation.override("th"):
        form = TransferForm(initial={"date": MAY_14})  # its Meta asks for the browser's date box
        html = str(form["date"])
    assert isinstance(form.fields["date"], dates.DateField)
    assert 'type="text"' in html and 'value="14/05/2567"' in html and 'type="date"' not in html
    assert "pattern=" in html and 'inputmode="numeric"' in html and "placeholder=" in html


def test_a_widget_assigned_after_the_form_is_built_stays_a_text_box():
    field = dates.DateField()
    field.widget = forms.DateInput(attrs={"type": "date", "class": "form-control"})
    assert isinstance(field.widget, dates.DateInput)
    assert field.widget.attrs == {"class": "form-control"}
    field.widget = forms.HiddenInput()
    assert isinstance(field.widget, forms.HiddenInput)


@pytest.mark.django_db
def test_a_bound_thai_form_stores_the_iso_date_and_words_the_error_in_thai():
    with translation.override("th"):
        form = TransferForm(data={"date": "14/05/2024"})
        form.is_valid()
        assert "date" in form.errors
        assert form.errors.as_data()["date"][0].code == "be_year"
        assert re.search(r"/25[0-9][0-9]\b", form.errors["date"][0])  # its example is a BE date
        form = TransferForm(data={"date": "14/05/2567"})
        form.is_valid()
        assert "date" not in form.errors
        assert form.cleaned_data["date"] == MAY_14


@pytest.mark.django_db
def test_selects_offer_the_portals_blank_label():
    with translation.override("th"):
        choices = list(TransferForm().fields["allocation"].choices)
    assert choices[0] == ("", BLANK_LABEL)
