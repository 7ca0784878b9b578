from schools.models import Agency, PilotSchool
from tests.battery import PermissionBattery, form_fields
from tests.factories import AgencyFactory, SchoolFactory

OFFICES = {"sbn_admin", "province_officer"}


class TestPilotSchoolPermissions(PermissionBattery):
    model = PilotSchool
    api_url = "/api/v1/schools/"
    page_list, page_detail = "schools:list", "schools:detail"
    page_add, page_edit, page_delete = "schools:add", "schools:edit", "schools:delete"
    may_add = OFFICES
    may_change = {"sbn_admin", "province_officer", "agency_supervisor", "school_director"}
    may_delete = {"sbn_admin"}

    def make(self, world, side):
        return world.side(side).school

    def make_deletable(self, world, side):
        return SchoolFactory(agency=world.side(side).agency)

    def api_payload(self, world, side):
        s = world.side(side)
        return {"code": "1031999001", "name_th": "โรงเรียนใหม่", "province": s.province.code, "agency": s.agency.pk}

    def api_change(self, obj):
        return {"name_en": "Renamed School"}, ("name_en", "Renamed School")

    def form_data(self, world, side):
        s = world.side(side)
        return {"code": "1031999002", "name_th": "โรงเรียนใหม่", "name_en": "", "province": s.province.code,
                "agency": s.agency.pk, "district": "", "status": "active"}

    def page_change(self, obj):
        data = form_fields(obj, "code", "smis_code", "obec_code", "name_th", "province", "agency", "district",
                           "address", "latitude", "longitude", "levels", "students", "teachers", "director_name",
                           "phone", "email", "website", name_en="Renamed on the page")
        return data, ("name_en", "Renamed on the page")


class TestAgencyPermissions(PermissionBattery):
    model = Agency
    api_url = "/api/v1/agencies/"
    page_list, page_detail = "schools:agency-list", "schools:agency-detail"
    page_add, page_edit, page_delete = "schools:agency-add", "schools:agency-edit", "schools:agency-delete"
    may_add = OFFICES
    may_change = OFFICES
    may_delete = {"sbn_admin"}

    def make(self, world, side):
        # A fresh office, so that deleting it is not blocked by the world's schools.
        return AgencyFactory(province=world.side(side).province)

    def api_payload(self, world, side):
        return {"code": "NEW-1", "name_th": "สำนักงานใหม่", "kind": "obec_primary",
                "province": world.side(side).province.code}

    def api_change(self, obj):
        return {"name_en": "Renamed office"}, ("name_en", "Renamed office")

    def form_data(self, world, side):
        return {"code": "NEW-2", "name_th": "สำนักงานใหม่", "name_en": "", "kind": "obec_primary",
                "province": world.side(side).province.code}

    def page_change(self, obj):
        data = form_fields(obj, "code", "name_th", "kind", "province", name_en="Office renamed on the page")
        return data, ("name_en", "Office renamed on the page")

