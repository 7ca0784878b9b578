import json
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import transaction

from provinces.models import District, Province

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "reference_geography.json"


class Command(BaseCommand):
    help = "Load the 77 provinces, 928 districts and the 20 sandbox areas; existing rows are kept as they are."

    def handle(self, *args, **options):
        rows = json.loads(FIXTURE.read_text(encoding="utf-8"))
        provinces = [Province(code=r["pk"], **{k: v for k, v in r["fields"].items() if k not in ("created", "updated")})
                     for r in rows if r["model"] == "provinces.province"]
        districts = [District(code=r["pk"], province_id=r["fields"]["province"],
                              **{k: v for k, v in r["fields"].items() if k != "province"})
                     for r in rows if r["model"] == "provinces.district"]
        with transaction.atomic():
            missing_p = [p for p in provinces if p.code not in set(Province.objects.values_list("code", flat=True))]
            Province.objects.bulk_create(missing_p)
            known_d = set(District.objects.values_list("code", flat=True))
            District.objects.bulk_create([d for d in districts if d.code not in known_d])
        if options["verbosity"]:
            self.stdout.write(
                f"Reference data: {Province.objects.count()} provinces, {District.objects.count()} districts."
            )
