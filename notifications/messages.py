"""The words of a notification, made in the reader's language from what the event recorded.

Every period notice names the school, the month in the reader's calendar (Buddhist Era in Thai)
and the month's spending in baht; returns and reopenings carry the comment that was given.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from sandbox.formatting import format_baht, format_month

TITLES = {
    "period.submitted": lambda d: _("%(school)s submitted %(month)s for verification") % d,
    "period.verified": lambda d: _("%(school)s: %(month)s was verified and awaits the province") % d,
    "period.acknowledged": lambda d: _("%(school)s: %(month)s was acknowledged and awaits SBN") % d,
    "period.accepted": lambda d: _("%(school)s: SBN accepted %(month)s") % d,
    "period.returned": lambda d: _("%(school)s: %(month)s was returned for correction") % d,
    "period.reopened": lambda d: _("%(school)s: %(month)s was reopened") % d,
    "period.overdue": lambda d: _("%(school)s has not submitted %(month)s yet") % d,
    "report.ready": lambda d: _("Your report is ready: %(title)s") % d,
    "webhook.disabled": lambda d: _("Your webhook to %(target)s was switched off") % d,
}


@dataclass
class Text:
    title: str
    lines: list = field(default_factory=list)
    url: str = ""  # a path in the portal

    @property
    def body(self):
        return "\n".join(self.lines)


def describe(notification=None, *, kind=None, data=None, url=None, language=None):
    """Title and body lines of a notification (or of a kind and its data), in `language`."""
    if notification is not None:
        kind, data, url = notification.kind, notification.data, notification.url
    data = data or {}
    with translation.override(language or translation.get_language() or settings.LANGUAGE_CODE):
        from supervision import notifications as supervision_notices

        language = translation.get_language()
        if kind in supervision_notices.KINDS:
            return Text(title=supervision_notices.title(kind, data, language),
                        lines=supervision_notices.lines(kind, data, language), url=url or "")
        words = _words(data, language)
        title = TITLES.get(kind, lambda d: kind)(words)
        return Text(title=title, lines=_lines(kind, data, words), url=url or "")


def _words(data, language):
    thai = (language or "th").startswith("th")
    school = data.get("school_th") if thai else (data.get("school_en") or data.get("school_th"))
    month = _date(data.get("month"))
    return {
        "school": school or data.get("school_code", ""),
        "month": format_month(month, language, long=True) if month else "",
        "amount": _baht(data.get("amount"), language),
        "title": data.get("title", ""),
        "target": data.get("target", ""),
    }


def _lines(kind, data, words):
    lines = []
    if kind.startswith("period."):
        if data.get("amount") is not None and kind != "period.overdue":
            lines.append(_("Spending in %(month)s: %(amount)s baht") % words)
        if data.get("comment"):
            lines.append(_("Comment: %(comment)s") % {"comment": data["comment"]})
        if data.get("actor"):
            lines.append(_("By: %(person)s") % {"person": data["actor"]})
        if kind == "period.overdue":
            lines.append(_("The month's report was due. Please enter its spending and submit it."))
        elif kind in ("period.returned", "period.reopened"):
            lines.append(_("Please correct the month's spending and submit it again."))
    elif kind == "webhook.disabled":
        lines.append(_("%(count)s deliveries in a row failed; the last error was: %(error)s") % {
            "count": data.get("failures", ""), "error": data.get("error", "")})
        lines.append(_("Fix the receiving system, then switch the webhook on again."))
    return lines


def _date(value):
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _baht(value, language):
    if value in (None, ""):
        return ""
    try:
        return format_baht(Decimal(str(value)), language)
    except (InvalidOperation, ValueError):
        return str(value)


def absolute(path):
    """The full address of a portal path, for mail and LINE (PORTAL_URL in the settings)."""
    if not path or path.startswith(("http://", "https://")):
        return path or ""
    return settings.PORTAL_URL.rstrip("/") + path
