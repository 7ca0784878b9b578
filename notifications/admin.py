from django.contrib import admin

from notifications.models import LineGroup, Notification, Preference


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["created", "user", "kind", "school", "read_at", "email", "emailed_at"]
    list_filter = ["kind", "email"]
    search_fields = ["user__username"]
    raw_id_fields = ["user", "school"]


@admin.register(Preference)
class PreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "kind", "email"]
    raw_id_fields = ["user"]


@admin.register(LineGroup)
class LineGroupAdmin(admin.ModelAdmin):
    list_display = ["office", "name", "group_id", "is_active"]
    raw_id_fields = ["province", "agency"]
