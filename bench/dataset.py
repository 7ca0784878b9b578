"""A national-scale dataset written by bulk SQL (INSERT … SELECT generate_series).

20 sandbox provinces, 150 affiliation offices, 3,000 pilot schools, 10 fiscal years (2561–2570),
one allocation and transfer per school and year, 1,000,000 expenditures (or the number asked for:
the bench also measures at 100,000) and the monthly periods.

Skew, as in real use: a school's share of rows falls off steeply (index = 3000·u², so the busiest
school has ~1.8 % of all rows and half the schools share ~30 %), recent years have more rows than
old ones (index = 10·u^0.6), and amounts are log-uniform between ~60 and ~20,000 baht. Allocations
are then set to 125 % of what each school spent plus 50,000 baht, so every guard holds.

Audit triggers are off while the synthetic rows are written (session_replication_role = replica),
as for any bulk load that is not a user's change; they are on again for everything measured.
Both rollups (per school × year × category, per office × year × category × month) are then built
by the grants app's own grants.services.rebuild_rollups().
"""

from django.db import connection

SCHOOLS = 3000
AGENCIES = 150
EXPENDITURES = 1_000_000
YEARS = list(range(2561, 2571))
CATEGORIES = ["materials", "training", "equipment", "travel", "services", "food", "media", "other"]

def steps(expenditures=EXPENDITURES):
    return [
        ("affiliation offices", f"""
            INSERT INTO schools_agency (row_version, created, updated, code, name_th, name_en, kind, province_id)
            SELECT 1, now(), now(), 'BENCH-' || lpad(g::text, 4, '0'), 'สำนักงานเขตพื้นที่ทดสอบ ' || g,
                   'Bench area office ' || g, 'obec_primary', p.code
            FROM generate_series(1, {AGENCIES}) g
            JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS n FROM provinces_province
                  WHERE is_sandbox) p ON p.n = (g - 1) % (SELECT count(*) FROM provinces_province WHERE is_sandbox)
        """),
        ("pilot schools", f"""
            INSERT INTO schools_pilotschool (row_version, created, updated, code, name_th, name_en, status, agency_id, province_id,
                   address, director_name, email, levels, obec_code, phone, smis_code, website, students, teachers)
            SELECT 1, now(), now(), '9' || lpad(g::text, 9, '0'), 'โรงเรียนทดสอบ ' || g, 'Bench school ' || g, 'active',
                   a.id, a.province_id, '', '', '', '{{}}', '', '', '', '', 80 + g % 1200, 6 + g % 60
            FROM generate_series(1, {SCHOOLS}) g
            JOIN (SELECT id, province_id, row_number() OVER (ORDER BY id) - 1 AS n FROM schools_agency) a
              ON a.n = (g - 1) % {AGENCIES}
        """),
        ("allocations", """
            INSERT INTO grants_allocation (row_version, created, updated, amount, note, school_id, fiscal_year_id, programme_id)
            SELECT 1, now(), now(), 0, '', s.id, y.id, (SELECT id FROM grants_programme WHERE code = 'innovation')
            FROM schools_pilotschool s CROSS JOIN grants_fiscalyear y
        """),
        ("expenditures", f"""
            CREATE TEMP TABLE bench_school AS
                SELECT id, province_id, row_number() OVER (ORDER BY id) - 1 AS n FROM schools_pilotschool;
            CREATE TEMP TABLE bench_year AS
                SELECT id, start, least("end", current_date - 1) AS last, row_number() OVER (ORDER BY year) - 1 AS n
                FROM grants_fiscalyear;
            CREATE TEMP TABLE bench_category AS
                SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM grants_category;
            INSERT INTO grants_expenditure (row_version, created, updated, date, amount, description, payee, receipt_number,
                   receipt, receipt_token, receipt_type, allocation_id, category_id, school_id, province_id,
                   fiscal_year_id)
            SELECT 1, now(), now(), y.start + floor(random() * (y.last - y.start + 1))::int,
                   round((exp(random() * 5.8) * 60)::numeric, 2),
                   'รายการทดสอบ ' || r.g, 'ร้านค้าทดสอบ ' || (r.g % 700), 'RC' || r.g, '', '', '',
                   a.id, c.id, s.id, s.province_id, y.id
            FROM (SELECT g, least(floor(power(random(), 2) * {SCHOOLS}), {SCHOOLS - 1})::int AS si,
                         least(floor(power(random(), 0.6) * {len(YEARS)}), {len(YEARS) - 1})::int AS yi,
                         floor(random() * {len(CATEGORIES)})::int AS ci
                  FROM generate_series(1, {expenditures}) g) r
            JOIN bench_school s ON s.n = r.si
            JOIN bench_year y ON y.n = r.yi
            JOIN bench_category c ON c.n = r.ci
            JOIN grants_allocation a ON a.school_id = s.id AND a.fiscal_year_id = y.id
        """),
        ("allocation amounts and transfers", """
            UPDATE grants_allocation a SET amount = round(s.total * 1.25 + 50000, -3)
            FROM (SELECT allocation_id, sum(amount) AS total FROM grants_expenditure GROUP BY allocation_id) s
            WHERE s.allocation_id = a.id;
            UPDATE grants_allocation SET amount = 50000 WHERE amount = 0;
            INSERT INTO grants_transfer (row_version, created, updated, installment, date, amount, reference, allocation_id,
                                         school_id, fiscal_year_id)
            SELECT 1, now(), now(), 1, y.start + 20, a.amount, 'BENCH-' || a.id, a.id, a.school_id, a.fiscal_year_id
            FROM grants_allocation a JOIN grants_fiscalyear y ON y.id = a.fiscal_year_id
        """),
        ("plan lines", """
            -- a plan line per allocation and category, an eighth of the allocation each; three rows in four are
            -- booked on their line (the spending warnings read what each line has spent)
            INSERT INTO grants_planline (row_version, created, updated, activity, planned_amount, allocation_id,
                                         category_id, school_id, fiscal_year_id)
            SELECT 1, now(), now(), 'กิจกรรม ' || c.code, round(a.amount / 8, 2), a.id, c.id, a.school_id,
                   a.fiscal_year_id
            FROM grants_allocation a CROSS JOIN grants_category c;
            UPDATE grants_expenditure e SET plan_line_id = l.id FROM grants_planline l
            WHERE l.allocation_id = e.allocation_id AND l.category_id = e.category_id AND e.id % 4 <> 0;
        """),
        ("reporting periods", """
            INSERT INTO grants_period (row_version, created, updated, month, status, comment, submitted_at,
                   first_submitted_at, approved_at, fiscal_year_id, school_id)
            SELECT 1, now(), now(), m.month::date,
                   CASE WHEN m.month < date_trunc('month', current_date) - interval '3 months' THEN 'accepted'
                        ELSE 'submitted' END,
                   '', sent.at, sent.at, NULL, y.id, s.id
            FROM grants_fiscalyear y
            CROSS JOIN LATERAL generate_series(y.start, y."end", interval '1 month') AS m(month)
            CROSS JOIN schools_pilotschool s
            -- submitted 1 to 15 days into the next month: the due day is the 10th, so about a third are late
            CROSS JOIN LATERAL (SELECT m.month + interval '1 month' + (s.id % 15) * interval '1 day'
                                       + interval '9 hours' AS at) sent
            WHERE m.month + interval '1 month' <= current_date
              AND (s.id + extract(month FROM m.month)::int) % 20 <> 0  -- about 5 % never reported
        """),
    ]


def reference_rows():
    """Fiscal years, the programme and the categories through the ORM, so that their fields' defaults apply."""
    from grants.models import Category, FiscalYear, Programme

    for year in YEARS:
        FiscalYear.objects.create(year=year)
    Programme.objects.create(code="innovation", name_th="เงินอุดหนุนทั่วไปเพื่อพัฒนานวัตกรรมการศึกษา",
                             name_en="Innovation subsidy")
    for order, code in enumerate(CATEGORIES, start=1):
        Category.objects.create(code=code, name_th=f"หมวด {code}", name_en=code.title(), sort_order=order)


# The audit trail the triggers would have written for the expenditures (an insert event each, at a moment
# of its day): the audit page reads the newest of every event table (sandbox.newest_events).
AUDIT_TRAIL = """
    INSERT INTO grants_expenditureevent (pgh_created_at, pgh_label, pgh_obj_id, id, created, updated, row_version,
           date, amount, description, payee, receipt_number, receipt, receipt_token, receipt_type, allocation_id,
           category_id, school_id, province_id, fiscal_year_id, plan_line_id)
    SELECT e.date + interval '8 hours' + (e.id % 36000) * interval '1 second', 'insert', e.id, e.id, e.created,
           e.updated, e.row_version, e.date, e.amount, e.description, e.payee, e.receipt_number, e.receipt,
           e.receipt_token, e.receipt_type, e.allocation_id, e.category_id, e.school_id, e.province_id,
           e.fiscal_year_id, e.plan_line_id
    FROM grants_expenditure e
"""


def add_audit_trail(log=print):
    """The expenditures' insert events, when the database has none (a dataset built before they were)."""
    import time

    with connection.cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM grants_expenditureevent)")
        if cursor.fetchone()[0]:
            return
        started = time.monotonic()
        cursor.execute("SET session_replication_role = replica")
        cursor.execute(AUDIT_TRAIL)
        cursor.execute("SET session_replication_role = DEFAULT")
        cursor.execute("VACUUM ANALYZE grants_expenditureevent")
    log(f"  audit trail (an insert event per expenditure): {time.monotonic() - started:.1f} s")


def generate(log=print, expenditures=EXPENDITURES):
    import time

    reference_rows()
    with connection.cursor() as cursor:
        cursor.execute("SET session_replication_role = replica")
        for name, sql in steps(expenditures):
            started = time.monotonic()
            cursor.execute(sql)
            log(f"  {name}: {time.monotonic() - started:.1f} s")
        cursor.execute("SET session_replication_role = DEFAULT")
    add_audit_trail(log)
    started = time.monotonic()
    from grants.services import rebuild_rollups

    rebuild_rollups()
    log(f"  rollups (grants.services.rebuild_rollups): {time.monotonic() - started:.1f} s")
    started = time.monotonic()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    log(f"  vacuum analyze: {time.monotonic() - started:.1f} s")


def counts():
    tables = ["provinces_province WHERE is_sandbox", "schools_agency", "schools_pilotschool", "grants_fiscalyear",
              "grants_allocation", "grants_planline", "grants_expenditure", "grants_expenditureevent", "grants_period",
              "grants_spendingrollup", "grants_monthlyrollup"]
    result = {}
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"SELECT count(*) FROM {table}")
            result[table.split()[0]] = cursor.fetchone()[0]
    return result
