from django.contrib import admin

from webhooks.models import Delivery, Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["url", "owner", "scope", "is_active", "consecutive_failures", "created"]
    list_filter = ["is_active", "scope"]
    raw_id_fields = ["owner", "province", "agency", "school"]
    exclude = ["secret"]


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["created", "subscription", "event", "status", "attempts", "response_status"]
    list_filter = ["status", "event"]
    raw_id_fields = ["subscription"]
