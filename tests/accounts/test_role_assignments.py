import pytest
from django.urls import reverse

from accounts.scope import manageable_users
from sandbox.access import Role
from sandbox.models import RoleAssignment
from tests.battery import PermissionBattery, assert_constant_queries
from tests.conftest import api_as
from tests.factories import SchoolFactory, UserFactory, grant

OFFICES = {"sbn_admin", "province_officer"}


class TestRoleAssignmentPermissions(PermissionBattery):
    """A school-level assignment: a province officer reaches it through school → province."""

    model = RoleAssignment
    api_url = "/api/v1/role-assignments/"
    page_list, page_detail = "account-roles", "account-role"
    page_add, page_delete = "account-role-add", "account-role-delete"
    may_view = OFFICES
    may_add = OFFICES
    may_change = {"sbn_admin"}
    may_delete = OFFICES

    def make(self, world, side):
        return RoleAssignment.objects.create(user=UserFactory(), role=Role.SCHOOL_STAFF,
                                             school=world.side(side).school)

    def api_payload(self, world, side):
        return {"user": UserFactory().pk, "role": "agency_supervisor", "agency": world.side(side).agency.pk}

    def api_change(self, obj):
        return {"role": "school_director"}, ("role", "school_director")

    def form_data(self, world, side):
        return {"user": UserFactory().pk, "role": "agency_supervisor", "province": "", "school": "",
                "agency": world.side(side).agency.pk}


@pytest.mark.parametrize("level", ["province", "agency", "school"])
def test_officer_reaches_every_level_inside_the_province_only(world, level):
    officer = world.users["province_officer"]
    role = {"province": Role.PROVINCE_OFFICER, "agency": Role.AGENCY_SUPERVISOR, "school": Role.SCHOOL_DIRECTOR}
    own = RoleAssignment.objects.create(user=UserFactory(), role=role[level],
                                        **{level: getattr(world.own, level)})
    other = RoleAssignment.objects.create(user=UserFactory(), role=role[level],
                                          **{level: getattr(world.other, level)})
    visible = set(RoleAssignment.objects.restrict(officer, "delete"))
    assert own in visible and other not in visible
    client = api_as(officer)
    assert client.delete(f"/api/v1/role-assignments/{other.pk}/").status_code == 404
    assert client.delete(f"/api/v1/role-assignments/{own.pk}/").status_code == 204
    assert not RoleAssignment.objects.filter(pk=own.pk).exists()


def test_officer_cannot_grant_a_national_role(world):
    before = RoleAssignment.objects.count()
    response = api_as(world.users["province_officer"]).post(
        "/api/v1/role-assignments/", {"user": UserFactory().pk, "role": "sbn_admin"}, format="json")
    assert response.status_code == 403
    assert RoleAssignment.objects.count() == before


def test_scope_that_does_not_fit_the_role_is_refused_in_the_users_language(world):
    response = api_as(world.users["sbn_admin"], language="en").post(
        "/api/v1/role-assignments/",
        {"user": UserFactory().pk, "role": "school_director", "province": world.own.province.code},
        format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert "school" in body["errors"] and "province" in body["errors"]
    assert "needs a school" in str(body["errors"]["school"])


def test_duplicate_assignment_is_a_clear_error(world):
    director = world.users["school_director"]
    response = api_as(world.users["sbn_admin"], language="en").post(
        "/api/v1/role-assignments/", {"user": director.pk, "role": "school_director", "school": world.own.school.pk},
        format="json")
    assert response.status_code == 400, response.content
    assert RoleAssignment.objects.filter(user=director).count() == 1


def test_officer_offers_only_users_of_their_province_or_newcomers(world):
    newcomer = UserFactory()
    satun_staff = grant(UserFactory(), Role.SCHOOL_STAFF, world.other.school)
    choices = set(manageable_users(world.users["province_officer"]))
    assert newcomer in choices
    assert world.users["school_staff"] in choices
    assert satun_staff not in choices
    assert world.users["sbn_admin"] not in choices
    assert satun_staff in set(manageable_users(world.users["sbn_admin"]))
    assert not manageable_users(world.users["agency_supervisor"]).exists()


def test_role_list_filters_and_keeps_a_constant_query_count(client, world):
    client.force_login(world.users["sbn_admin"])
    url = reverse("account-roles")
    response = client.get(url, {"province": world.other.province.code})
    html = response.content.decode()
    assert reverse("account-role", args=[world.users["school_staff"].role_assignments.get().pk]) not in html

    def add_rows():
        for _ in range(5):
            grant(UserFactory(), Role.SCHOOL_STAFF, SchoolFactory(agency=world.own.agency))

    assert_constant_queries(client, url, add_rows)
    assert_constant_queries(api_as(world.users["sbn_admin"]), "/api/v1/role-assignments/", add_rows)


def test_role_page_history_shows_who_granted(client, world):
    admin = world.users["sbn_admin"]
    response = api_as(admin).post("/api/v1/role-assignments/",
                                  {"user": UserFactory().pk, "role": "agency_supervisor",
                                   "agency": world.own.agency.pk}, format="json")
    assert response.status_code == 201
    client.force_login(admin)
    page = client.get(reverse("account-role-history", args=[response.json()["id"]]))
    assert page.status_code == 200 and admin.username in page.content.decode()
