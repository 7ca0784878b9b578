import datetime
import io
from unittest import mock

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from grants import previews
from tests.factories import user_with_role
from tests.grants.conftest import spend


def _pdf(size=(595, 842)):
    """A one-page A4 PDF (Pillow writes it): a white page with a dark block at the top left."""
    page = Image.new("RGB", size, "white")
    page.paste((20, 20, 20), (40, 40, 300, 120))
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=72)
    return buffer.getvalue()


def _photo(size=(2400, 1800)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(buffer, "JPEG")
    return buffer.getvalue()


def _with_receipt(allocation, content, content_type, name="receipt.bin"):
    return spend(allocation, "1000.00", datetime.date(2024, 1, 15), receipt=SimpleUploadedFile(name, content),
                 receipt_token="a" * 32, receipt_type=content_type)


def _image(response):
    return Image.open(io.BytesIO(b"".join(response.streaming_content)))


def test_a_pdf_receipt_is_previewed_as_its_first_page_and_kept_beside_it(client, world, grants):
    row = _with_receipt(grants.own, _pdf(), "application/pdf")
    client.force_login(world.users["agency_supervisor"])
    response = client.get(reverse("grants:receipt-preview", args=[row.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert response["X-Frame-Options"] == "DENY"
    image = _image(response)
    assert image.width == previews.MAX_WIDTH and image.height > image.width  # a portrait page
    assert image.getpixel((image.width // 10, image.height // 15))[0] < 80  # the dark block was drawn
    name = previews.preview_name(row)
    assert name.startswith(row.receipt.name.rsplit("/", 1)[0]) and row.receipt.storage.exists(name)
    # The second reader gets the kept file: nothing is drawn again.
    with mock.patch.object(previews, "_draw", side_effect=AssertionError("drawn twice")):
        assert client.get(reverse("grants:receipt-preview", args=[row.pk])).status_code == 200


def test_a_photo_is_scaled_down_and_turned_upright(client, world, grants):
    row = _with_receipt(grants.own, _photo(), "image/jpeg")
    client.force_login(world.users["school_director"])
    image = _image(client.get(reverse("grants:receipt-preview", args=[row.pk])))
    assert (image.width, image.height) == (800, 600)


def test_a_damaged_pdf_has_no_preview_and_the_page_still_links_the_file(client, world, grants):
    row = _with_receipt(grants.own, b"%PDF-1.4\nthis is not really a pdf\n", "application/pdf")
    client.force_login(world.users["agency_supervisor"])
    assert client.get(reverse("grants:receipt-preview", args=[row.pk])).status_code == 404
    assert not row.receipt.storage.exists(previews.preview_name(row))


def test_a_row_without_receipt_has_no_preview(client, world, grants):
    row = spend(grants.own)
    client.force_login(world.users["agency_supervisor"])
    assert client.get(reverse("grants:receipt-preview", args=[row.pk])).status_code == 404


def test_a_preview_reaches_only_those_who_may_read_the_receipt(client, world, grants):
    row = _with_receipt(grants.own, _pdf(), "application/pdf")
    url = reverse("grants:receipt-preview", args=[row.pk])
    for name in ("school_director", "school_staff", "agency_supervisor", "province_officer", "sbn_admin",
                 "sbn_viewer"):
        client.force_login(world.users[name])
        assert client.get(url).status_code == 200, name
    other_school = user_with_role("school_director", world.other.school)
    other_province = user_with_role("province_officer", world.other.province)
    for user in (other_school, other_province, world.users["no_role"]):
        client.force_login(user)
        assert client.get(url).status_code == 404, user.username
    client.logout()
    response = client.get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
