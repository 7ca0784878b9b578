"""Committee business rules shared by pages, API, demo data and tasks."""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from committees.models import Committee, Membership, Nomination, NominationStatus, Person
from committees.models.choices import POSITION_RANK
from sandbox import services
from sandbox.access import allows, require


def save_membership(user, membership):
    """Add or change a seat; a province office may seat people only on its own province's committees."""
    if membership.committee_id and not allows(user, "add" if membership._state.adding else "change", membership):
        raise PermissionDenied(_("You can add or change members only of committees in your own province."))
    return services.save_object(user, membership)


def save_nomination(user, nomination):
    """Create or edit a nomination. Editing a returned nomination sends it back for a decision."""
    with transaction.atomic():
        if nomination._state.adding:
            nomination.nominated_by = user
        else:
            current = Nomination.objects.select_for_update().get(pk=nomination.pk)
            if current.status == NominationStatus.APPROVED:
                raise ValidationError(_("An approved nomination cannot be changed."))
            nomination.status = NominationStatus.PENDING
        return services.save_object(user, nomination)


def delete_nomination(user, nomination):
    with transaction.atomic():
        current = Nomination.objects.select_for_update().get(pk=nomination.pk)
        if current.status == NominationStatus.APPROVED:
            raise ValidationError(_("An approved nomination cannot be deleted; end the membership instead."))
        services.delete_object(user, current)


def _pending_for_decision(user, nomination):
    current = Nomination.objects.select_for_update(of=("self",)).select_related("committee", "person").get(
        pk=nomination.pk)
    require(user, "decide", current)
    if current.status != NominationStatus.PENDING:
        raise ValidationError(_("This nomination has already been decided."))
    return current


def approve_nomination(user, nomination):
    """Seat the nominee: the person (found or created), the membership and the decision, all or nothing."""
    with transaction.atomic():
        current = _pending_for_decision(user, nomination)
        committee = current.committee
        person = current.person
        if person is None:
            person = Person(
                province_id=committee.province_id,
                **{name: getattr(current, name) for name in PERSON_FIELDS},
            )
            person.full_clean()
            person.save()
        membership = Membership(committee=committee, person=person, position=current.position,
                                term_start=current.term_start, term_end=current.term_end)
        services.save_object(user, membership)
        current.person = person
        current.membership = membership
        current.status = NominationStatus.APPROVED
        current.return_reason = ""
        current.decided_by = user
        current.decided_at = timezone.now()
        current.save()
        return current


def return_nomination(user, nomination, reason):
    """Send a nomination back to the ESA office with the reason, for correction."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the nomination is returned.")})
    with transaction.atomic():
        current = _pending_for_decision(user, nomination)
        current.status = NominationStatus.RETURNED
        current.return_reason = reason
        current.decided_by = user
        current.decided_at = timezone.now()
        current.save()
        return current


PERSON_FIELDS = ["title", "first_name_th", "last_name_th", "first_name_en", "last_name_en", "office_title",
                 "organization", "sector"]


@dataclass
class RosterRow:
    number: int
    membership: Membership
    name_th: str
    name_en: str
    office_title: str
    organization: str
    sector: str
    position: str
    standard_code: str
    term_start: object
    term_end: object
    expires_soon: bool


@dataclass
class Roster:
    committee: Committee
    on: object
    rows: list = field(default_factory=list)


def roster(committee, on=None):
    """The committee's seats held on a day (today by default), in the order of the appointing order.

    Used by the roster page, its XLSX and PDF, the API and the reports.
    """
    on = on or timezone.localdate()
    memberships = sorted(
        committee.memberships.current(on).select_related("person", "committee"),
        key=lambda m: (POSITION_RANK[m.position], m.sequence if m.sequence is not None else 10_000, m.pk),
    )
    rows = [
        RosterRow(
            number=index, membership=m, name_th=m.person.full_name_th, name_en=m.person.full_name_en,
            office_title=m.person.office_title, organization=m.person.organization,
            sector=m.person.get_sector_display(), position=m.get_position_display(),
            standard_code=m.standard_code, term_start=m.term_start, term_end=m.term_end,
            expires_soon=m.expires_soon(on),
        )
        for index, m in enumerate(memberships, start=1)
    ]
    return Roster(committee=committee, on=on, rows=rows)
