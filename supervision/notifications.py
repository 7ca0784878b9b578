"""Who is told of issue-18 events, and in which words; notifications.services and .messages hand
these kinds here.

    kpi_value.submitted          SBN administrators (the one who reviews is never the submitter)
    kpi_value.acknowledged,
    kpi_value.returned           the officers of the value's provincial office
    follow_up_action.overdue     the action's owner and the supervisors of the school's affiliation office
    outcome_summary.reminder     the officers of the province whose summary is missing

Dates in the words are Buddhist Era in Thai (sandbox.formatting), as every notice is.
"""

import datetime
import uuid

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from sandbox.access import Role
from sandbox.formatting import format_date

KINDS = frozenset({"kpi_value.submitted", "kpi_value.acknowledged", "kpi_value.returned",
                   "follow_up_action.overdue", "outcome_summary.reminder"})

TITLES = {
    "kpi_value.submitted": lambda w: _("%(province)s submitted a KPI value for FY %(year)s: %(indicator)s") % w,
    "kpi_value.acknowledged": lambda w: _("SBN acknowledged the KPI value for FY %(year)s: %(indicator)s") % w,
    "kpi_value.returned": lambda w: _("The KPI value for FY %(year)s was returned for correction: "
                                      "%(indicator)s") % w,
    "follow_up_action.overdue": lambda w: _("%(school)s: a follow-up action was due on %(due)s") % w,
    "outcome_summary.reminder": lambda w: _("Please send the outcome summary for %(year)s by %(due)s") % w,
}


def title(kind, data, language):
    return TITLES[kind](words(data, language))


def lines(kind, data, language):
    found = []
    if data.get("action"):
        found.append(_("Agreed action: %(action)s") % {"action": data["action"]})
    if kind == "kpi_value.submitted":
        found.append(_("Check its evidence, then acknowledge it or return it with a reason."))
    if kind == "kpi_value.returned" and data.get("reason"):
        found.append(_("Reason: %(reason)s") % {"reason": data["reason"]})
        found.append(_("Please correct the value or its evidence and submit it again."))
    if kind == "follow_up_action.overdue":
        found.append(_("Record its progress, or mark it done or dropped."))
    if data.get("actor"):
        found.append(_("By: %(person)s") % {"person": data["actor"]})
    return found


def words(data, language):
    thai = (language or "th").startswith("th")
    pick = (lambda th, en: th or en) if thai else (lambda th, en: en or th)
    due = data.get("due_date")
    return {
        "province": pick(data.get("province_th"), data.get("province_en")) or data.get("province_code", ""),
        "school": pick(data.get("school_th"), data.get("school_en")) or data.get("school_code", ""),
        "indicator": data.get("indicator", ""),
        "year": data.get("year", ""),
        "due": format_date(datetime.date.fromisoformat(due), language) if due else "",
    }


def recipients(kind, message):
    users = get_user_model().objects.filter(is_active=True)
    province = message.get("province_id")
    if kind == "kpi_value.submitted":
        users = users.filter(role_assignments__role=Role.SBN_ADMIN)
    elif kind in ("kpi_value.acknowledged", "kpi_value.returned", "outcome_summary.reminder"):
        users = users.filter(role_assignments__role=Role.PROVINCE_OFFICER, role_assignments__province=province)
    elif kind == "follow_up_action.overdue":
        owner = (message.get("data") or {}).get("owner_user_id")
        users = users.filter(Q(role_assignments__role=Role.AGENCY_SUPERVISOR,
                               role_assignments__agency=message.get("agency_id")) | Q(pk=owner or 0))
    else:
        users = users.none()
    return users.distinct().order_by("pk")


def handle(message):
    """Turn one of KINDS (notifications.events.as_message) into notifications; returns the new rows."""
    from notifications.services import _person, notify

    kind = message["name"]
    found = _subject(kind, message)
    if found is None:
        return []
    data, url, school, event_id = found
    data["actor"] = _person(message.get("actor_id"))
    return notify(kind, event_id=event_id, users=recipients(kind, message), school=school, url=url, data=data,
                  actor_id=message.get("actor_id"))


def _subject(kind, message):
    """(data, url, school, event id) for the event's row, or None when the row is gone."""
    from provinces.models import IndicatorValue, Province, SummaryCall
    from supervision.models import FollowUpAction

    details = message.get("data") or {}
    if kind.startswith("kpi_value."):
        value = (IndicatorValue.objects.select_related("indicator__kra__outcome__province")
                 .filter(pk=message["object_id"]).first())
        if value is None:
            return None
        province = value.indicator.kra.outcome.province
        data = {**_province_words(province), "indicator": str(value.indicator), "year": value.fiscal_year,
                "reason": details.get("reason", "")}
        return data, value.get_absolute_url(), None, message["id"]
    if kind == "follow_up_action.overdue":
        action = FollowUpAction.objects.select_related("visit__school").filter(pk=message["object_id"]).first()
        if action is None:
            return None
        school = action.visit.school
        data = {"school_code": school.code, "school_th": school.name_th, "school_en": school.name_en,
                "action": action.description[:300], "due_date": action.due_date.isoformat()}
        return data, action.get_absolute_url(), school, message["id"]
    if kind == "outcome_summary.reminder":
        call = SummaryCall.objects.filter(pk=message["object_id"]).first()
        province = Province.objects.filter(pk=message.get("province_id")).first()
        if call is None or province is None:
            return None
        data = {**_province_words(province), "year": call.year, "due_date": call.due_date.isoformat()}
        # One reminder call names several provinces at the same moment: each is its own notice.
        event_id = uuid.uuid5(uuid.UUID(message["id"]), f"province:{province.pk}")
        return data, reverse("provinces:summary-add"), None, event_id
    return None


def _province_words(province):
    return {"province_code": province.code, "province_th": province.name_th, "province_en": province.name_en}
