"""The roster: one function for pages, API, XLSX, PDF and reports."""

import datetime
import io

import openpyxl
from pypdf import PdfReader

from committees.services import roster
from tests.committees.factories import CommitteeFactory, MembershipFactory, PersonFactory
from tests.conftest import api_as
from tests.pdftext import fold_thai, pdf_text, without_spaces

ON = datetime.date(2024, 7, 3)


def make_committee():
    committee = CommitteeFactory(name_th="คณะกรรมการขับเคลื่อนทดสอบ", short_name="กขน.ทดสอบ")
    MembershipFactory(committee=committee, position="secretary", person=PersonFactory(first_name_th="เลขา"))
    MembershipFactory(committee=committee, position="chair",
                      person=PersonFactory(first_name_th="", last_name_th="", title="",
                                           office_title="ผู้ว่าราชการจังหวัดบุรีรัมย์"))
    MembershipFactory(committee=committee, position="member", person=PersonFactory(first_name_th="กรรมการ"))
    MembershipFactory(committee=committee, position="member", person=PersonFactory(first_name_th="อดีต"),
                      term_end=datetime.date(2024, 6, 30))
    return committee


def test_roster_lists_seats_held_on_the_day_in_order(db):
    committee = make_committee()
    rows = roster(committee, ON).rows
    assert [r.membership.position for r in rows] == ["chair", "member", "secretary"]
    assert rows[0].name_th == "" and rows[0].office_title == "ผู้ว่าราชการจังหวัดบุรีรัมย์"
    assert rows[0].standard_code == "11"  # driving committee chair in the data standard
    assert [r.number for r in rows] == [1, 2, 3]


def test_roster_xlsx(client, world):
    committee = make_committee()
    client.force_login(world.users["school_staff"])
    response = client.get(f"/committees/{committee.pk}/roster.xlsx")
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "กขน.ทดสอบ"
    names = [row[2] for row in values[5:]]
    assert "ผู้ว่าราชการจังหวัดบุรีรัมย์" in names and not any(n and n.startswith("นายอดีต") for n in names)
    assert values[5][7] == "5 มิ.ย. 2567"  # term start in the Buddhist Era


def test_roster_pdf_has_thai_text_and_buddhist_era_dates(client, world):
    committee = make_committee()
    client.force_login(world.users["school_staff"])
    response = client.get(f"/committees/{committee.pk}/roster.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = pdf_text(response.content)
    assert fold_thai("คณะกรรมการขับเคลื่อนทดสอบ") in text
    assert fold_thai("ผู้ว่าราชการจังหวัดบุรีรัมย์") in without_spaces(text)
    assert "2567" in text
    fonts = {str(font.get("/BaseFont")) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    assert any("Sarabun" in font for font in fonts)


def test_roster_through_the_api(world):
    committee = make_committee()
    response = api_as(world.users["school_staff"]).get(f"/api/v1/committees/{committee.pk}/roster/", {"on": "2024-07-03"})
    assert response.status_code == 200
    body = response.json()
    assert body["on"] == "2024-07-03"
    assert [r["office_title"] for r in body["rows"]][0] == "ผู้ว่าราชการจังหวัดบุรีรัมย์"
    assert len(body["rows"]) == 3
    response = api_as(world.users["school_staff"], "en").get(f"/api/v1/committees/{committee.pk}/roster/",
                                                             {"on": "3/7/2024"})
    assert response.status_code == 400


def test_roster_downloads_need_sign_in(client, db):
    committee = make_committee()
    assert client.get(f"/committees/{committee.pk}/roster.pdf").status_code == 302
