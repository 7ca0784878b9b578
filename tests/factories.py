import factory
from django.contrib.auth import get_user_model

from provinces.models import Province
from sandbox.access import Role
from sandbox.models import RoleAssignment
from schools.models import Agency, AgencyKind, PilotSchool

PASSWORD = "correct-horse-battery-9"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.test")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency

    code = factory.Sequence(lambda n: f"AG-{n:04d}")
    name_th = factory.Sequence(lambda n: f"สำนักงานเขตพื้นที่ {n}")
    name_en = factory.Sequence(lambda n: f"Area office {n}")
    kind = AgencyKind.OBEC_PRIMARY
    province = factory.LazyFunction(lambda: Province.objects.get(code="31"))


class SchoolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PilotSchool

    code = factory.Sequence(lambda n: f"10{n:08d}")
    name_th = factory.Sequence(lambda n: f"โรงเรียนทดสอบ {n}")
    name_en = factory.Sequence(lambda n: f"Test School {n}")
    agency = factory.SubFactory(AgencyFactory)
    province = factory.SelfAttribute("agency.province")


def grant(user, role, scope=None):
    """Give a user a role; the scope is a Province, Agency or PilotSchool (None for the nation)."""
    fields = {}
    if isinstance(scope, Province):
        fields["province"] = scope
    elif isinstance(scope, Agency):
        fields["agency"] = scope
    elif isinstance(scope, PilotSchool):
        fields["school"] = scope
    RoleAssignment.objects.create(user=user, role=role, **fields)
    user.__dict__.pop("_role_assignments", None)
    return user


def user_with_role(role, scope=None, username=None):
    user = UserFactory(username=username) if username else UserFactory()
    return grant(user, role, scope)


__all__ = ["Role"]
