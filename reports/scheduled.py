"""Scheduled mail: the monthly province summary to province officers, and reminders to schools
that have not submitted the month that is due. Both read grants.summaries (the rollups).

A reminder is sent once per school and due month: the cache remembers it, so a beat that fires
twice (or a task that is retried) does not remind twice.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

from grants import summaries
from grants.summaries import current_fiscal_year
from notifications import services as notifications
from provinces.models import Province
from sandbox.access import Role
from schools.models import PilotSchool

REMINDER_MEMORY = 40 * 24 * 3600


def _emails(**assignment):
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    users = users.filter(**{f"role_assignments__{k}": v for k, v in assignment.items()})
    return sorted(set(users.values_list("email", flat=True)))


def send_province_summaries(today=None):
    """Email each sandbox province's officers its spending summary; returns the number of emails."""
    year = current_fiscal_year()
    if year is None:
        return 0
    sent = 0
    with translation.override(settings.LANGUAGE_CODE):
        for province in Province.objects.filter(is_sandbox=True):
            recipients = _emails(role=Role.PROVINCE_OFFICER, province=province)
            if not recipients:
                continue
            summary = summaries.spending_summary(year, "agency", province=province, today=today)
            if not summary.rows:
                continue
            context = {"province": province, "year": year, "summary": summary,
                       "today": today or timezone.localdate()}
            subject = render_to_string("reports/email/province_summary_subject.txt", context).strip()
            send_mail(subject, render_to_string("reports/email/province_summary_body.txt", context), None,
                      recipients)
            sent += 1
    return sent


def remind_unreported_schools(today=None):
    """Remind the director and staff of each school that has not submitted the due month, through the
    notifications (inbox, email as each person chose, the offices' LINE groups that asked for it)."""
    year = current_fiscal_year()
    if year is None:
        return 0
    summary = summaries.spending_summary(year, "school", today=today)
    if summary.due_month is None:
        return 0
    sent = 0
    schools = PilotSchool.objects.in_bulk([row["key"] for row in summary.rows if row.get("reported") is False])
    with translation.override(settings.LANGUAGE_CODE):
        for row in summary.rows:
            if row.get("reported") is not False:
                continue
            key = f"reports:reminded:{row['key']}:{summary.due_month:%Y-%m}"
            school = schools.get(row["key"])
            if school is None or not cache.add(key, 1, REMINDER_MEMORY):
                continue
            if notifications.remind_overdue(school, year, summary.due_month):
                sent += 1
            else:
                cache.delete(key)  # nobody to tell yet: a director added later is reminded next time
    return sent
