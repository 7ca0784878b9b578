from django.contrib import admin

from sandbox.models import ApiToken, RoleAssignment


@admin.register(RoleAssignment)
class RoleAssignmentAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "province", "agency", "school", "created"]
    list_filter = ["role", "province"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    raw_id_fields = ["user", "school", "agency"]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "prefix", "read_only", "expires", "last_used", "revoked"]
    readonly_fields = ["prefix", "key_hash", "last_used", "revoked"]
    search_fields = ["name", "user__username"]
