"""Rules paths given as tuples of alternatives: restrict() and allows() must agree."""

import pytest

from sandbox.access import Role, Rules, allows, restrict_queryset
from sandbox.models import RoleAssignment
from tests.factories import UserFactory


def test_a_tuple_path_is_normalised_and_a_string_path_stays_one():
    rules = Rules(province=("province", "agency__province"), agency="agency")
    assert rules.paths("province") == ("province", "agency__province")
    assert rules.paths("agency") == ("agency",)
    assert rules.paths("school") == ()


@pytest.mark.parametrize("role", ["province_officer", "sbn_admin", "school_director", "no_role"])
def test_restrict_and_allows_agree_for_every_row(world, role):
    user = world.users[role]
    for side in ("own", "other"):
        s = world.side(side)
        RoleAssignment.objects.create(user=UserFactory(), role=Role.PROVINCE_OFFICER, province=s.province)
        RoleAssignment.objects.create(user=UserFactory(), role=Role.AGENCY_SUPERVISOR, agency=s.agency)
        RoleAssignment.objects.create(user=UserFactory(), role=Role.SCHOOL_STAFF, school=s.school)
    everything = list(RoleAssignment.objects.all())
    for action in ("view", "add", "change", "delete"):
        restricted = set(restrict_queryset(RoleAssignment.objects.all(), user, action))
        assert restricted == {row for row in everything if allows(user, action, row)}, action
    visible = restrict_queryset(RoleAssignment.objects.all(), user, "view")
    expected = {"sbn_admin": len(everything), "province_officer": 7, "school_director": 0, "no_role": 0}
    # The officer sees their own province's rows: the four scoped users of the world plus the three above.
    assert visible.count() == expected[role]
