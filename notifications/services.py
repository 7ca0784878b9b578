"""Telling people: one notify() for every kind, whatever asked for it (an event, a reminder, a webhook
that gave up).

notify() writes the inbox rows in the caller's transaction; once it commits, each immediate email
and each office LINE push goes to the workers (through the outbox thread) as its own task, retried
on its own. Who is told:

    period.submitted     the supervisors of the school's affiliation office
    period.verified      the officers of the school's provincial office
    period.acknowledged  SBN administrators
    period.accepted, period.returned, period.reopened, period.overdue
                         the school's director and staff
    report.ready         the person who asked for the report
    webhook.disabled     the webhook's owner

The person who took the step is not told of their own step. Offices whose LINE group asked for
the kind hear of their own schools: the affiliation office and the provincial office of the school.
"""

import datetime
import logging
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation

from notifications.channels import Message, channel
from notifications.events import EVENT_NAMESPACE, enqueue, hand_over
from notifications.messages import absolute, describe
from notifications.models import Email, Kind, LineGroup, Notification, Preference, default_email
from sandbox.access import Role

logger = logging.getLogger(__name__)

SCHOOL_PEOPLE = (Role.SCHOOL_DIRECTOR, Role.SCHOOL_STAFF)


def recipients(kind, school=None, person_id=None):
    """The active people `kind` is addressed to, for `school` (or the one person it concerns)."""
    users = get_user_model().objects.filter(is_active=True)
    if kind == Kind.PERIOD_SUBMITTED:
        users = users.filter(role_assignments__role=Role.AGENCY_SUPERVISOR, role_assignments__agency=school.agency_id)
    elif kind == Kind.PERIOD_VERIFIED:
        users = users.filter(role_assignments__role=Role.PROVINCE_OFFICER,
                             role_assignments__province=school.province_id)
    elif kind == Kind.PERIOD_ACKNOWLEDGED:
        users = users.filter(role_assignments__role=Role.SBN_ADMIN)
    elif kind in (Kind.PERIOD_ACCEPTED, Kind.PERIOD_RETURNED, Kind.PERIOD_REOPENED, Kind.PERIOD_OVERDUE):
        users = users.filter(role_assignments__role__in=SCHOOL_PEOPLE, role_assignments__school=school.pk)
    else:
        users = users.filter(pk=person_id) if person_id else users.none()
    return users.distinct().order_by("pk")


def line_groups(kind, school):
    """The active office LINE groups that asked to hear `kind` about this school."""
    if school is None or not channel("line").enabled:
        return LineGroup.objects.none()
    return (LineGroup.objects.filter(is_active=True, kinds__contains=[str(kind)])
            .filter(Q(agency_id=school.agency_id) | Q(province_id=school.province_id)).order_by("pk"))


def school_words(school):
    return {"school_code": school.code, "school_th": school.name_th, "school_en": school.name_en}


def email_choices(users, kind):
    """{user id: Email choice} for these people and this kind: their preference, or the default."""
    chosen = dict(Preference.objects.filter(user__in=[u.pk for u in users], kind=kind)
                  .values_list("user_id", "email"))
    return {u.pk: (chosen.get(u.pk, default_email(kind)) if u.email else Email.NONE) for u in users}


def notify(kind, *, event_id, users, school=None, url="", data=None, actor_id=None):
    """Tell `users` (and the school's office LINE groups) of `kind`. Returns the new inbox rows.

    Idempotent per event: a person is told of one event_id once, so a task that runs twice, or a
    beat that fires twice, tells nobody twice (LINE dedupes its pushes by the same id).
    """
    data = data or {}
    users = [u for u in users if u.pk != actor_id]
    already = set(Notification.objects.filter(event_id=event_id, user__in=[u.pk for u in users])
                  .values_list("user_id", flat=True))
    users = [u for u in users if u.pk not in already]
    choices = email_choices(users, kind)
    rows = [Notification(user=u, kind=kind, event_id=event_id, school=school, url=url, data=data,
                         email=choices[u.pk]) for u in users]
    created = []
    with transaction.atomic():
        try:
            with transaction.atomic():
                created = Notification.objects.bulk_create(rows)
        except IntegrityError:  # another worker told some of them meanwhile
            for row in rows:
                try:
                    with transaction.atomic():
                        row.save()
                    created.append(row)
                except IntegrityError:
                    continue
        mails = [n.pk for n in created if n.email == Email.IMMEDIATE]
        groups = list(line_groups(kind, school).values_list("pk", flat=True))
        transaction.on_commit(lambda: hand_over(_send, mails, groups, str(kind), data, url, event_id))
    return created


def _send(mails, groups, kind, data, url, event_id):
    from notifications import tasks

    for pk in mails:
        enqueue(tasks.send_email, pk)  # a mail the broker did not take goes with the next sweep
    for pk in groups:
        enqueue(tasks.push_line, pk, kind, data, url, str(uuid.uuid5(uuid.UUID(str(event_id)), f"line:{pk}")))


# --- what events and reminders become -------------------------------------------------------

def handle_event(message):
    """Turn one domain event (notifications.events.as_message) into notifications."""
    name = message["name"]
    if name.startswith("period."):
        return _period_event(message)
    if name == "report.ready":
        return _report_ready(message)
    from supervision import notifications as supervision_notices

    if name in supervision_notices.KINDS:
        return supervision_notices.handle(message)
    return []


def _period_event(message):
    from grants.models import Period

    period = Period.objects.select_related("school").filter(pk=message["object_id"]).first()
    if period is None:
        return []
    details = message.get("data") or {}
    data = {**school_words(period.school), "month": details.get("month") or period.month.isoformat(),
            "amount": details.get("total"), "comment": details.get("comment", ""),
            "actor": _person(message.get("actor_id"))}
    return notify(message["name"], event_id=message["id"], users=recipients(message["name"], period.school),
                  school=period.school, url=period.get_absolute_url(), data=data, actor_id=message.get("actor_id"))


def _report_ready(message):
    details = message.get("data") or {}
    person = details.get("requested_by")
    if not person:
        return []
    return notify(Kind.REPORT_READY, event_id=message["id"], users=recipients(Kind.REPORT_READY, person_id=person),
                  url=_reverse("reports:detail", message["object_id"]), data={"title": details.get("title", "")})


def remind_overdue(school, fiscal_year, month):
    """Tell a school's director and staff (and its offices' LINE groups) that `month` is overdue;
    returns how many people and groups were told. A person is told once per school and month however
    often it is called; reports.scheduled calls it once per school and month for the LINE groups' sake."""
    event_id = uuid.uuid5(EVENT_NAMESPACE, f"period.overdue:{school.pk}:{month:%Y-%m}")
    data = {**school_words(school), "month": month.isoformat(), "fiscal_year": fiscal_year.year}
    groups = line_groups(Kind.PERIOD_OVERDUE, school).count()
    created = notify(Kind.PERIOD_OVERDUE, event_id=event_id, users=recipients(Kind.PERIOD_OVERDUE, school),
                     school=school, url=_reverse("grants:school-year", school.pk, fiscal_year.year), data=data)
    return len(created) + groups


def webhook_disabled(owner, url, target, failures, error):
    """Tell a webhook's owner that it was switched off."""
    return notify(Kind.WEBHOOK_DISABLED, event_id=uuid.uuid4(), users=[owner], url=url,
                  data={"target": target, "failures": failures, "error": error[:300]})


def _person(user_id):
    if not user_id:
        return ""
    user = get_user_model().objects.filter(pk=user_id).first()
    return (user.get_full_name() or user.get_username()) if user else ""


def _reverse(name, *args):
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return ""


# --- email --------------------------------------------------------------------------------

def email_message(notification):
    """The email for one notification, in the portal's language (Thai)."""
    with translation.override(settings.LANGUAGE_CODE):
        text = describe(notification)
        body = render_to_string("notifications/email/notification.txt", {
            "user": notification.user, "text": text, "link": absolute(text.url),
            "preferences": absolute(_reverse("notifications:preferences"))})
    return Message(subject=text.title, text=body.strip())


def send_email(notification_id):
    """Email one notification chosen for immediate email, once. Returns True if it was handled now."""
    with transaction.atomic():
        notification = (Notification.objects.select_for_update(skip_locked=True, of=("self",))
                        .select_related("user")
                        .filter(pk=notification_id, email=Email.IMMEDIATE, emailed_at__isnull=True).first())
        if notification is None:
            return False
        user = notification.user
        if user.email and user.is_active:
            channel("email").send(user.email, email_message(notification), key=notification.event_id)
        Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())
    return True


def send_pending_emails(older_than_seconds=300, within_days=2):
    """Immediate emails still unsent after a while (the broker was away); returns how many went."""
    now = timezone.now()
    pending = list(Notification.objects.filter(
        email=Email.IMMEDIATE, emailed_at__isnull=True, created__lt=now - datetime.timedelta(seconds=older_than_seconds),
        created__gte=now - datetime.timedelta(days=within_days)).order_by("created").values_list("pk", flat=True)[:500])
    return sum(1 for pk in pending if send_email(pk))


def send_digests():
    """One email per person with everything they chose to have in a daily digest; returns the count."""
    people = (Notification.objects.filter(email=Email.DIGEST, emailed_at__isnull=True)
              .values_list("user_id", flat=True).distinct())
    sent = 0
    for user_id in list(people):
        try:
            with transaction.atomic():
                rows = list(Notification.objects.select_for_update(skip_locked=True, of=("self",))
                            .select_related("user")
                            .filter(user_id=user_id, email=Email.DIGEST, emailed_at__isnull=True)
                            .order_by("created", "pk"))
                if not rows:
                    continue
                user = rows[0].user
                if user.email and user.is_active:
                    channel("email").send(user.email, digest_message(user, rows))
                    sent += 1
                Notification.objects.filter(pk__in=[r.pk for r in rows]).update(emailed_at=timezone.now())
        except Exception:  # one person's mail must not hold back everyone else's; it goes tomorrow
            logger.exception("daily digest for user %s not sent", user_id)
    return sent


def digest_message(user, notifications):
    with translation.override(settings.LANGUAGE_CODE):
        items = [(describe(n), absolute(n.url)) for n in notifications]
        context = {"user": user, "items": items, "count": len(items),
                   "preferences": absolute(_reverse("notifications:preferences")),
                   "inbox": absolute(_reverse("notifications:inbox"))}
        subject = render_to_string("notifications/email/digest_subject.txt", context).strip()
        body = render_to_string("notifications/email/digest.txt", context)
    return Message(subject=subject, text=body.strip())


# --- LINE ---------------------------------------------------------------------------------

def push_line(group_pk, kind, data, url, key):
    """Push one notice to an office's LINE group (nothing while LINE is off or the group is)."""
    line = channel("line")
    group = LineGroup.objects.filter(pk=group_pk, is_active=True).first()
    if group is None or not line.enabled:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        text = describe(kind=kind, data=data, url=url)
    line.send(group.group_id, Message(subject=text.title, text=text.body, url=absolute(url)), key=key)
    return True


# --- the inbox ----------------------------------------------------------------------------

def mark_read(user, notification, read=True):
    if notification.user_id != user.pk:
        raise Notification.DoesNotExist
    if read and notification.read_at is None:
        notification.read_at = timezone.now()
        Notification.objects.filter(pk=notification.pk).update(read_at=notification.read_at)
    elif not read and notification.read_at is not None:
        notification.read_at = None
        Notification.objects.filter(pk=notification.pk).update(read_at=None)
    return notification


def mark_all_read(user):
    return Notification.objects.of(user).filter(read_at__isnull=True).update(read_at=timezone.now())


def unread_count(user):
    return Notification.objects.of(user).filter(read_at__isnull=True).count()


def preferences(user):
    """[(kind, label, email choice)] for every kind, the person's choice or the default."""
    chosen = dict(Preference.objects.filter(user=user).values_list("kind", "email"))
    return [(kind.value, kind.label, chosen.get(kind.value, default_email(kind))) for kind in Kind]


def set_preferences(user, choices):
    """Save {kind: email choice}; unknown kinds or choices raise ValueError and save nothing."""
    for kind, email in choices.items():
        if kind not in Kind.values or email not in Email.values:
            raise ValueError(kind)
    with transaction.atomic():
        for kind, email in choices.items():
            Preference.objects.update_or_create(user=user, kind=kind, defaults={"email": email})
