"""Demo offices and pilot schools for `make run`: Buriram and Satun (safe to run again)."""

from provinces.models import District, Province
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


def schools_for(province, agencies):
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


def seed():
    schools_for(Province.objects.get(code="31"), BURIRAM_AGENCIES)
    schools_for(Province.objects.get(code="91"), SATUN_AGENCIES)
