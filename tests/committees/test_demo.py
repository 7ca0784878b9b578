import datetime

from django.core.management import call_command

from committees import demo
from committees.models import Committee, Meeting, Membership, Position


def test_buriram_driving_committee_with_its_dates_and_no_duplicates_on_a_second_run(db):
    call_command("seed_demo", verbosity=0)
    counts = (Committee.objects.count(), Membership.objects.count(), Meeting.objects.count())
    demo.seed()
    assert (Committee.objects.count(), Membership.objects.count(), Meeting.objects.count()) == counts
    committee = Committee.objects.get(short_name="กขน.บุรีรัมย์")
    assert committee.province_id == "31" and committee.level == "provincial"
    assert committee.selected_on == datetime.date(2024, 5, 21)
    assert committee.approved_on == datetime.date(2024, 5, 24)
    assert committee.order_date == datetime.date(2024, 6, 5)
    days = sorted(m.starts_at.astimezone(datetime.timezone(datetime.timedelta(hours=7))).date()
                  for m in committee.meetings.all())
    assert days == [datetime.date(2024, 7, 3), datetime.date(2024, 7, 9)]
    chair = committee.memberships.get(position=Position.CHAIR)
    assert chair.person.office_title == "ผู้ว่าราชการจังหวัดบุรีรัมย์" and chair.person.first_name_th == ""
