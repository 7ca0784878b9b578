"""The pages each kind of user opens every day, timed as they open them (a signed-in browser session,
Thai): SBN's home, expenditure list (every year) and transfer form, a director's school year, a
supervisor's queue, a province officer's grants summary, and SBN's audit trail. Each was once far slower at national
scale than the API below it: a select of 30,000 allocations, a COUNT(*) and a sort of a million rows,
counts over a join of every school with every office. Their target (bench/run.py TARGETS): p95 under
150 ms at 1,000,000 expenditures."""

from django.test import Client

from bench.people import _user
from sandbox.access import Role


def page_calls(people, year):
    """{metric: call} for the pages, each call one GET answered 200."""
    school = people.busiest_school
    supervisor = _user(f"bench.supervisor.{school.agency_id}", Role.AGENCY_SUPERVISOR, agency=school.agency)
    officer = _user(f"bench.province.{school.province_id}", Role.PROVINCE_OFFICER, province=school.province)
    pages = {
        "page_home": (people.sbn, "/"),
        "page_expenditures_all_years": (people.sbn, "/grants/expenditures/"),
        "page_transfer_form": (people.sbn, "/grants/transfers/add/"),
        "page_school_year": (people.director, f"/grants/school/{school.pk}/{year}/"),
        "page_queue": (supervisor, "/grants/queue/"),
        "page_grants_summary": (officer, "/grants/"),
        "page_audit": (people.sbn, "/audit/"),  # the newest of a trail holding an event per expenditure
    }
    calls = {}
    for metric, (user, path) in pages.items():
        client = Client(HTTP_ACCEPT_LANGUAGE="th")
        client.force_login(user)
        calls[metric] = _getter(client, path)
    return calls


def _getter(client, path):
    def call(i=0):
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)

    return call
