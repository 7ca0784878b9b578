from django.urls import reverse
from django.views import generic

from opendata import figures


class OpenDataPage(generic.TemplateView):
    """The open data, described for people, with links to the files (no sign-in)."""

    template_name = "opendata/index.html"
    allow_without_role = True

    def get_context_data(self, **kwargs):
        spending = self.request.build_absolute_uri(reverse("opendata-spending"))
        datasets = [{"fiscal_year": year, "months": months}
                    for year, months in sorted(figures.published_months().items(), reverse=True)]
        return {**super().get_context_data(**kwargs), "datasets": datasets, "spending_url": spending,
                "index_url": self.request.build_absolute_uri(reverse("opendata-index")),
                "levels": list(figures.LEVELS)}
