from django.utils.functional import SimpleLazyObject


def bell(request):
    """`unread_notifications`: the signed-in person's unread count, counted only if a page shows it."""
    user = getattr(request, "user", None)
    if not getattr(user, "is_authenticated", False):
        return {}

    def count():
        from notifications.services import unread_count

        return unread_count(user)

    return {"unread_notifications": SimpleLazyObject(count)}
