"""Demo sign-ins for `make run`: one user per role (safe to run again; needs the demo offices)."""

from django.contrib.auth import get_user_model

from provinces.models import Province
from sandbox.access import Role
from sandbox.demo_accounts import DEMO_PASSWORD
from sandbox.models import RoleAssignment
from schools.models import Agency, PilotSchool


def demo_user(username, first, last, role, **scope):
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"first_name": first, "last_name": last, "email": f"{username}@sandbox.invalid"}
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    RoleAssignment.objects.get_or_create(user=user, role=role, **scope)
    return user


def seed():
    buriram = Province.objects.get(code="31")
    satun = Province.objects.get(code="91")
    first_school = PilotSchool.objects.filter(province=buriram).order_by("code").first()
    demo_user("sbn.admin", "ผู้ดูแล", "สบน.", Role.SBN_ADMIN)
    demo_user("sbn.viewer", "เจ้าหน้าที่", "สบน.", Role.SBN_VIEWER)
    demo_user("buriram.officer", "เจ้าหน้าที่", "ศธจ.บุรีรัมย์", Role.PROVINCE_OFFICER, province=buriram)
    demo_user("satun.officer", "เจ้าหน้าที่", "ศธจ.สตูล", Role.PROVINCE_OFFICER, province=satun)
    demo_user("buriram.esa1", "ศึกษานิเทศก์", "สพป.บร 1", Role.AGENCY_SUPERVISOR, agency=Agency.objects.get(code="SPP-BR1"))
    demo_user("buriram.director", "ผู้อำนวยการ", "โรงเรียนนำร่อง", Role.SCHOOL_DIRECTOR, school=first_school)
    demo_user("buriram.staff", "ครู", "โรงเรียนนำร่อง", Role.SCHOOL_STAFF, school=first_school)
