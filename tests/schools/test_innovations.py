import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse

from schools.filtersets import search_innovations
from schools.models import Innovation, InnovationFile
from tests.conftest import api_as
from tests.schools.factories import InnovationFactory

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n% test\n"


@pytest.fixture
def catalogue(world):
    return {
        "tale": InnovationFactory(school=world.own.school, title="นิทานพื้นบ้านตำนานมะนารอ",
                                  abstract="สื่อการเรียนรู้ภาษาไทยจากนิทานท้องถิ่นเพื่อพัฒนาการอ่าน",
                                  keywords=["นิทาน"]),
        "plc": InnovationFactory(school=world.other.school, title="ชุมชนแห่งการเรียนรู้ทางวิชาชีพ",
                                 abstract="การพัฒนาครูสู่โค้ชผู้จัดกระบวนการเรียนรู้", keywords=["PLC"],
                                 creators="นางสาวสมศรี ใจดี\nนายสมชาย รักเรียน"),
        "farm": InnovationFactory(school=world.other.school, title="Smart farm learning",
                                  abstract="การจัดการศึกษาบนฐานอาชีพที่สอดคล้องกับบริบทชุมชน", keywords=[]),
    }


@pytest.mark.parametrize("query, expected", [
    ("ตำนาน", {"tale"}),  # a word inside unspaced Thai text
    ("การอ่าน", {"tale"}),  # a word at the end of a run of Thai
    ("โค้ช", {"plc"}),
    ("ฐานอาชีพ", {"farm"}),
    ("เรียนรู้", {"tale", "plc"}),  # both write it inside a longer word
    ("สมศรี", {"plc"}),  # the people who made it
    ("plc", {"plc"}),  # keywords, case-insensitive
    ("นิทาน ภาษาไทย", {"tale"}),  # every word must occur
    ("นิทาน อาชีพ", set()),
])
def test_thai_search_finds_words_inside_unspaced_text(catalogue, query, expected):
    found = set(search_innovations(Innovation.objects.all(), query))
    assert found == {catalogue[name] for name in expected}


def test_search_runs_across_all_schools_for_every_signed_in_user(client, world, catalogue):
    client.force_login(world.users["school_staff"])  # a school user sees other provinces' innovations too
    html = client.get(reverse("schools:innovation-list"), {"q": "โค้ช"}).content.decode()
    assert catalogue["plc"].get_absolute_url() in html and catalogue["tale"].get_absolute_url() not in html
    body = api_as(world.users["school_staff"]).get("/api/v1/innovations/", {"q": "ตำนาน"}).json()
    assert [row["id"] for row in body["results"]] == [catalogue["tale"].pk]


def test_search_can_use_the_trigram_index(catalogue):
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        sql, params = search_innovations(Innovation.objects.all(), "ตำนาน").query.sql_with_params()
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "innovation_search_trgm" in plan


def test_search_text_follows_edits(world, catalogue):
    innovation = catalogue["farm"]
    api = api_as(world.users["sbn_admin"])
    assert api.patch(f"/api/v1/innovations/{innovation.pk}/", {"keywords": ["เกษตรอัจฉริยะ"]},
                     format="json").status_code == 200
    assert set(search_innovations(Innovation.objects.all(), "อัจฉริยะ")) == {innovation}


def test_upload_checks_type_content_and_size(client, world, settings, catalogue):
    innovation = catalogue["tale"]
    client.force_login(world.users["school_director"])
    url = reverse("schools:innovation-file-add", args=[innovation.pk])
    response = client.post(url, {"file": SimpleUploadedFile("virus.exe", b"MZ...."), "title": ""},
                           HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400 and "cannot be uploaded" in response.content.decode()
    response = client.post(url, {"file": SimpleUploadedFile("fake.pdf", b"<html>not a pdf"), "title": ""},
                           HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400 and "does not match" in response.content.decode()
    settings.UPLOAD_MAX_BYTES = 10
    response = client.post(url, {"file": SimpleUploadedFile("big.pdf", PDF + b"x" * 100), "title": ""},
                           HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400 and "the limit is" in response.content.decode()
    assert not InnovationFile.objects.exists()
    settings.UPLOAD_MAX_BYTES = 1024
    response = client.post(url, {"file": SimpleUploadedFile("manual.pdf", PDF), "title": "คู่มือ"})
    assert response.status_code == 302
    saved = InnovationFile.objects.get()
    assert saved.size == len(PDF) and saved.innovation == innovation
    page = client.get(innovation.get_absolute_url()).content.decode()
    assert "manual.pdf" in page


def test_upload_through_the_api_and_scope(world, catalogue):
    own, other = catalogue["tale"], catalogue["plc"]
    api = api_as(world.users["school_staff"])
    response = api.post("/api/v1/innovation-files/", {"innovation": own.pk, "title": "สไลด์",
                                                      "file": SimpleUploadedFile("slides.pdf", PDF)},
                        format="multipart")
    assert response.status_code == 201, response.content
    assert response.json()["size"] == len(PDF)
    response = api.post("/api/v1/innovation-files/", {"innovation": other.pk,
                                                      "file": SimpleUploadedFile("slides.pdf", PDF)},
                        format="multipart")
    assert response.status_code == 403
    response = api.post("/api/v1/innovation-files/", {"innovation": own.pk,
                                                      "file": SimpleUploadedFile("x.docx", b"not a zip")},
                        format="multipart")
    assert response.status_code == 400 and "file" in response.json()["errors"]
    assert InnovationFile.objects.count() == 1


def test_innovation_form_keeps_levels_and_keywords(client, world):
    client.force_login(world.users["school_staff"])
    response = client.post(reverse("schools:innovation-add"), {
        "title": "บอร์ดเกมคณิต", "kind": "media", "school": world.own.school.pk, "year": "2567",
        "levels": ["primary", "pre_primary"], "abstract": "เกมกระดานฝึกคิดเลข", "benefit": "",
        "creators": "ครูก\nครูข", "keywords": "เกม, คณิตศาสตร์"})
    assert response.status_code == 302
    innovation = Innovation.objects.get(title="บอร์ดเกมคณิต")
    assert innovation.levels == ["pre_primary", "primary"]
    assert innovation.keywords == ["เกม", "คณิตศาสตร์"] and innovation.creator_list == ["ครูก", "ครูข"]
    # another school is not offered to a school user, and posting it anyway is refused
    form = client.get(reverse("schools:innovation-add")).content.decode()
    assert f'value="{world.own.school.pk}"' in form and f'value="{world.other.school.pk}"' not in form
    response = client.post(reverse("schools:innovation-add"), {
        "title": "x", "kind": "media", "school": world.other.school.pk, "abstract": "y"})
    assert response.status_code == 403 and not Innovation.objects.filter(title="x").exists()
