from django.contrib import admin

from schools.models import Agency, PilotSchool


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ["code", "name_th", "kind", "province"]
    list_filter = ["kind", "province"]
    search_fields = ["code", "name_th", "name_en"]


@admin.register(PilotSchool)
class PilotSchoolAdmin(admin.ModelAdmin):
    list_display = ["code", "name_th", "province", "agency", "status"]
    list_filter = ["status", "province"]
    search_fields = ["code", "name_th", "name_en"]
    raw_id_fields = ["district", "agency"]
