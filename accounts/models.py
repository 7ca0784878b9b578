"""Personal API tokens and sign-in sessions. Their tables keep the names they had in sandbox."""

import hashlib
import secrets

import pghistory
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sandbox.formatting import format_date
from sandbox.models import BaseModel


def hash_token(raw):
    return hashlib.sha256(raw.encode()).hexdigest()


# The hash identifies the token and last_used changes on use: neither belongs in the audit trail.
@pghistory.track(exclude=["key_hash", "last_used"], meta={"db_table": "sandbox_apitokenevent"})
class ApiToken(BaseModel):
    """A personal API token; only its SHA-256 hash is stored, the key is shown once."""

    PREFIX_LENGTH = 8

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens", verbose_name=_("user")
    )
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(_("prefix"), max_length=PREFIX_LENGTH, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    read_only = models.BooleanField(_("read only"), default=False)
    expires = models.DateTimeField(_("expires"), null=True, blank=True)
    last_used = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    revoked = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)

    class Meta:
        db_table = "sandbox_apitoken"  # the table the model had before it moved here
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        ordering = ["-created"]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @classmethod
    def issue(cls, user, name, read_only=False, expires=None):
        """Create a token and return (token, raw key). The raw key is never stored."""
        raw = secrets.token_urlsafe(32)
        token = cls.objects.create(
            user=user, name=name, read_only=read_only, expires=expires,
            prefix=raw[: cls.PREFIX_LENGTH], key_hash=hash_token(raw),
        )
        return token, raw

    def clean(self):
        if self._state.adding and self.expires is not None and self.expires <= timezone.now():
            raise ValidationError({"expires": _("The expiry must be in the future.")})

    @property
    def is_active(self):
        return self.revoked is None and (self.expires is None or self.expires > timezone.now())


class UserSession(models.Model):
    """A session opened by signing in, so that a user can end all of their other sessions."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="portal_sessions", verbose_name=_("user")
    )
    session_key = models.CharField(_("session key"), max_length=40, unique=True)
    created = models.DateTimeField(_("signed in"), auto_now_add=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    user_agent = models.CharField(_("browser"), max_length=255, blank=True)

    class Meta:
        db_table = "sandbox_usersession"
        verbose_name = _("sign-in session")
        verbose_name_plural = _("sign-in sessions")
        ordering = ["-created"]

    def __str__(self):
        return f"{self.user} {format_date(self.created)}"
