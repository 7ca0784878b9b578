from django.contrib import admin

from accounts.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "prefix", "read_only", "expires", "last_used", "revoked"]
    readonly_fields = ["prefix", "key_hash", "last_used", "revoked"]
    search_fields = ["name", "user__username"]
