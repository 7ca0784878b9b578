"""The realistic mix: directors entering spending, supervisors reading lists, SBN reading
dashboards and summaries. Each simulated person signs in as a real portal user (a session
prepared by loadtest.run, listed in the file named by LOAD_PEOPLE)."""

import itertools
import json
import os
import random
import re

from locust import HttpUser, between, task

PEOPLE = json.loads(open(os.environ["LOAD_PEOPLE"], encoding="utf-8").read())
_directors = itertools.cycle(PEOPLE["directors"])
_supervisors = itertools.cycle(PEOPLE["supervisors"])
YEAR, FULL_YEAR = PEOPLE["current_year"], PEOPLE["full_year"]
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Person(HttpUser):
    abstract = True
    wait_time = between(1, 3)
    person = None

    def on_start(self):
        self.client.cookies.set("sessionid", self.person["session"])
        self.client.cookies.set("django_language", random.choice(["th", "en"]))


class Director(Person):
    """Opens the school's year, adds spending with the quick form (htmx), reads the list."""

    weight = 5

    def on_start(self):
        self.person = next(_directors)
        super().on_start()
        self.page = f"/grants/school/{self.person['school']}/{YEAR}/"
        self.csrf = None
        self.open_year()

    def open_year(self):
        response = self.client.get(self.page, name="school year page")
        match = CSRF.search(response.text)
        self.csrf = match.group(1) if match else None

    @task(3)
    def add_spending(self):
        if not self.csrf:
            return self.open_year()
        self.client.post(f"{self.page}add/", name="quick form: add spending", headers={
            "HX-Request": "true", "X-CSRFToken": self.csrf, "Referer": self.page}, data={
            "csrfmiddlewaretoken": self.csrf, "allocation": self.person["allocation"],
            "date": PEOPLE["today"], "amount": f"{random.randint(20, 900)}.{random.randint(0, 99):02d}",
            "category": PEOPLE["category"], "description": "Load test purchase", "payee": "Local shop"})

    @task(2)
    def read_year(self):
        self.open_year()

    @task(1)
    def list_own_spending(self):
        self.client.get("/api/v1/expenditures/", name="API expenditures (school, year)",
                        params={"school": self.person["school"], "fiscal_year": YEAR, "page_size": 50})


class Supervisor(Person):
    """Reads the affiliation office's expenditure and period lists, page and API."""

    weight = 3

    def on_start(self):
        self.person = next(_supervisors)
        super().on_start()

    @task(2)
    def expenditure_list(self):
        self.client.get("/grants/expenditures/", name="expenditure list page (agency)",
                        params={"agency": self.person["agency"], "fiscal_year": FULL_YEAR})

    @task(1)
    def period_list(self):
        self.client.get("/grants/periods/", name="period list page (agency)",
                        params={"agency": self.person["agency"], "fiscal_year": YEAR})

    @task(2)
    def api_list(self):
        self.client.get("/api/v1/expenditures/", name="API expenditures (agency, year, 100)",
                        params={"agency": self.person["agency"], "fiscal_year": FULL_YEAR, "page_size": 100,
                                "page": random.randint(1, 5)})


class Sbn(Person):
    """National dashboard, grants summary page and the spending summary API."""

    weight = 2

    def on_start(self):
        self.person = PEOPLE["sbn"]
        super().on_start()

    @task(3)
    def dashboard(self):
        self.client.get("/reports/dashboards/national/", name="national dashboard",
                        params={"fiscal_year": random.choice([YEAR, FULL_YEAR])})

    @task(2)
    def summary_api(self):
        self.client.get("/api/v1/spending-summary/", name="API national summary",
                        params={"fiscal_year": FULL_YEAR, "group_by": random.choice(["province", "agency"])})

    @task(1)
    def grants_home(self):
        self.client.get("/grants/", name="grants summary page", params={"fiscal_year": FULL_YEAR})
