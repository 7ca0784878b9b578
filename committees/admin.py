from django.contrib import admin

from committees.models import Committee, Meeting, Membership, Nomination, Person


@admin.register(Committee)
class CommitteeAdmin(admin.ModelAdmin):
    list_display = ["name_th", "level", "province", "agency", "term_start", "term_end"]
    list_filter = ["level", "province"]
    search_fields = ["name_th", "name_en", "short_name", "order_number"]
    raw_id_fields = ["agency", "parent"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["__str__", "organization", "sector", "province"]
    list_filter = ["sector"]
    search_fields = ["first_name_th", "last_name_th", "first_name_en", "last_name_en", "office_title"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["person", "position", "committee", "term_start", "term_end"]
    list_filter = ["position"]
    raw_id_fields = ["person", "committee"]


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["title", "committee", "starts_at", "mode"]
    raw_id_fields = ["committee"]


@admin.register(Nomination)
class NominationAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "created"]
    list_filter = ["status"]
    raw_id_fields = ["committee", "person"]
