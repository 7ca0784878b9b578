from provinces.models import Province
from tests.battery import PermissionBattery


class TestProvincePermissions(PermissionBattery):
    model = Province
    api_url = "/api/v1/provinces/"
    api_key = "code"
    page_list, page_detail = "provinces:list", "provinces:detail"
    may_add = frozenset()
    may_change = {"sbn_admin"}
    may_delete = frozenset()

    def make(self, world, side):
        return world.side(side).province

    def api_payload(self, world, side):
        return None  # the 77 provinces are reference data

    def api_change(self, obj):
        return {"cohort": 1}, ("cohort", 1)

    def detail_url(self, obj):
        return f"{self.api_url}{obj.code}/"

    def test_api_delete(self, world, role="sbn_admin", side="own"):
        """Provinces are never deleted: the API offers no DELETE at all."""
        from tests.conftest import api_as

        obj = self.make(world, side)
        assert api_as(world.users["sbn_admin"]).delete(self.detail_url(obj)).status_code == 405
        assert Province.objects.filter(pk=obj.pk).exists()
