"""Demo data for `make run`: Buriram and Satun with their offices, pilot schools and a user per role."""

import importlib
import importlib.util

from django.contrib.auth import get_user_model
from django.db import transaction

from provinces.models import District, Province
from sandbox.access import Role
from sandbox.demo_accounts import DEMO_PASSWORD
from sandbox.models import RoleAssignment
from schools.models import Agency, AgencyKind, PilotSchool

# (code, Thai name, English name, kind, number of pilot schools)
BURIRAM_AGENCIES = [
    ("SPP-BR1", "สพป.บุรีรัมย์ เขต 1", "Buriram Primary ESA 1", AgencyKind.OBEC_PRIMARY, 8),
    ("SPP-BR2", "สพป.บุรีรัมย์ เขต 2", "Buriram Primary ESA 2", AgencyKind.OBEC_PRIMARY, 7),
    ("SPP-BR3", "สพป.บุรีรัมย์ เขต 3", "Buriram Primary ESA 3", AgencyKind.OBEC_PRIMARY, 7),
    ("SPP-BR4", "สพป.บุรีรัมย์ เขต 4", "Buriram Primary ESA 4", AgencyKind.OBEC_PRIMARY, 6),
    ("SPM-BR", "สพม.บุรีรัมย์", "Buriram Secondary ESA", AgencyKind.OBEC_SECONDARY, 6),
    ("OPEC-BR", "สช.จังหวัดบุรีรัมย์", "Buriram Private Education Office", AgencyKind.OPEC_PRIVATE, 4),
    ("LAO-BR", "อบจ.บุรีรัมย์", "Buriram Provincial Administrative Organization", AgencyKind.LOCAL_GOVERNMENT, 2),
]
SATUN_AGENCIES = [
    ("SPP-ST", "สพป.สตูล", "Satun Primary ESA", AgencyKind.OBEC_PRIMARY, 15),
    ("SPM-ST", "สพม.สตูล", "Satun Secondary ESA", AgencyKind.OBEC_SECONDARY, 1),
    ("OPEC-ST", "สช.จังหวัดสตูล", "Satun Private Education Office", AgencyKind.OPEC_PRIVATE, 3),
    ("LAO-ST", "อบจ.สตูล", "Satun Provincial Administrative Organization", AgencyKind.LOCAL_GOVERNMENT, 1),
]
AFFILIATION_PREFIX = {
    AgencyKind.OBEC_PRIMARY: "10", AgencyKind.OBEC_SECONDARY: "10",
    AgencyKind.OPEC_PRIVATE: "11", AgencyKind.LOCAL_GOVERNMENT: "30", AgencyKind.OTHER: "90",
}


def _schools_for(province, agencies):
    districts = list(District.objects.filter(province=province).order_by("code"))
    serial = 0
    for code, name_th, name_en, kind, count in agencies:
        agency, _ = Agency.objects.get_or_create(
            code=code, defaults={"name_th": name_th, "name_en": name_en, "kind": kind, "province": province}
        )
        for _i in range(count):
            serial += 1
            district = districts[serial % len(districts)]
            school_code = f"{AFFILIATION_PREFIX[kind]}{province.code}{serial:06d}"
            PilotSchool.objects.get_or_create(
                code=school_code,
                defaults={
                    "name_th": f"โรงเรียนบ้าน{district.name_th} {serial}",
                    "name_en": f"Ban {district.name_en} School {serial}",
                    "province": province, "agency": agency, "district": district,
                },
            )


def _user(username, first, last, role, **scope):
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"first_name": first, "last_name": last, "email": f"{username}@sandbox.invalid"}
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    RoleAssignment.objects.get_or_create(user=user, role=role, **scope)
    return user


DOMAIN_APPS = ["provinces", "schools", "committees", "grants", "reports"]


@transaction.atomic
def seed():
    buriram = Province.objects.get(code="31")
    satun = Province.objects.get(code="91")
    _schools_for(buriram, BURIRAM_AGENCIES)
    _schools_for(satun, SATUN_AGENCIES)
    first_school = PilotSchool.objects.filter(province=buriram).order_by("code").first()
    _user("sbn.admin", "ผู้ดูแล", "สบน.", Role.SBN_ADMIN)
    _user("sbn.viewer", "เจ้าหน้าที่", "สบน.", Role.SBN_VIEWER)
    _user("buriram.officer", "เจ้าหน้าที่", "ศธจ.บุรีรัมย์", Role.PROVINCE_OFFICER, province=buriram)
    _user("satun.officer", "เจ้าหน้าที่", "ศธจ.สตูล", Role.PROVINCE_OFFICER, province=satun)
    _user("buriram.esa1", "ศึกษานิเทศก์", "สพป.บร 1", Role.AGENCY_SUPERVISOR, agency=Agency.objects.get(code="SPP-BR1"))
    _user("buriram.director", "ผู้อำนวยการ", "โรงเรียนนำร่อง", Role.SCHOOL_DIRECTOR, school=first_school)
    _user("buriram.staff", "ครู", "โรงเรียนนำร่อง", Role.SCHOOL_STAFF, school=first_school)
    # Each app may add its own demo rows in <app>/demo.py, a seed() that is safe to run again.
    for app in DOMAIN_APPS:
        if importlib.util.find_spec(f"{app}.demo"):
            importlib.import_module(f"{app}.demo").seed()
