import os

import pghistory
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from sandbox.access import Rules
from sandbox.models import BaseModel
from schools.models.core import SchoolLevel, level_labels
from schools.models.situation import SCHOOL_DELETERS, SCHOOL_EDITORS
from schools.uploads import validate_upload


class InnovationKind(models.TextChoices):
    LEARNING = "learning", _("Learning management")
    CURRICULUM = "curriculum", _("Curriculum")
    MEDIA = "media", _("Learning media and materials")
    ASSESSMENT = "assessment", _("Measurement and assessment")
    MANAGEMENT = "management", _("School management")
    COMMUNITY = "community", _("Community partnership")
    OTHER = "other", _("Other")


@pghistory.track()
class Innovation(BaseModel):
    """An educational innovation produced by a pilot school; readable by everyone signed in."""

    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("type"), max_length=20, choices=InnovationKind.choices)
    levels = ArrayField(models.CharField(max_length=20, choices=SchoolLevel.choices), default=list, blank=True,
                        verbose_name=_("target levels"))
    year = models.PositiveSmallIntegerField(_("academic year (BE)"), null=True, blank=True,
                                            validators=[MinValueValidator(2560), MaxValueValidator(2700)])
    abstract = models.TextField(_("abstract"))
    benefit = models.TextField(_("benefit"), blank=True)
    school = models.ForeignKey("schools.PilotSchool", on_delete=models.CASCADE, related_name="innovations",
                               verbose_name=_("school"))
    creators = models.TextField(_("made by"), blank=True, help_text=_("One person per line."))
    keywords = ArrayField(models.CharField(max_length=100), default=list, blank=True, verbose_name=_("keywords"),
                          help_text=_("Separate keywords with commas."))
    # Title, abstract, benefit, makers and keywords in one column, indexed by trigrams (see migration
    # 0003): Thai is written without spaces, so search is by substring, which a trigram index serves.
    search_text = models.TextField(editable=False, default="")

    access = Rules(province="school__province", agency="school__agency", school="school",
                   add=SCHOOL_EDITORS, change=SCHOOL_EDITORS, delete=SCHOOL_DELETERS)

    class Meta:
        verbose_name = _("innovation")
        verbose_name_plural = _("innovations")
        ordering = ["-created"]
        indexes = [GinIndex(fields=["search_text"], opclasses=["gin_trgm_ops"], name="innovation_search_trgm")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("schools:innovation-detail", args=[self.pk])

    @property
    def level_display(self):
        return level_labels(self.levels)

    @property
    def creator_list(self):
        return [line.strip() for line in self.creators.splitlines() if line.strip()]

    def clean(self):
        self.levels = [value for value in SchoolLevel.values if value in (self.levels or [])]
        self.keywords = [word.strip() for word in self.keywords or [] if word.strip()]

    def save(self, *args, **kwargs):
        # Lower-cased so that a plain LIKE, which the trigram index serves, is case-insensitive.
        self.search_text = "\n".join(
            [self.title, self.abstract, self.benefit, self.creators, " ".join(self.keywords or [])]).lower()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)


def innovation_upload_to(instance, filename):
    return f"innovations/{instance.innovation_id}/{os.path.basename(filename)}"


@pghistory.track()
class InnovationFile(BaseModel):
    innovation = models.ForeignKey(Innovation, on_delete=models.CASCADE, related_name="files",
                                   verbose_name=_("innovation"))
    file = models.FileField(_("file"), upload_to=innovation_upload_to, max_length=300,
                            validators=[validate_upload])
    title = models.CharField(_("description"), max_length=200, blank=True)
    size = models.PositiveBigIntegerField(_("size (bytes)"), editable=False, default=0)

    access = Rules(province="innovation__school__province", agency="innovation__school__agency",
                   school="innovation__school", add=SCHOOL_EDITORS, change=SCHOOL_EDITORS, delete=SCHOOL_EDITORS)

    class Meta:
        verbose_name = _("innovation file")
        verbose_name_plural = _("innovation files")
        ordering = ["innovation_id", "id"]

    def __str__(self):
        return self.title or os.path.basename(self.file.name)

    def get_absolute_url(self):
        return reverse("schools:innovation-detail", args=[self.innovation_id]) + f"#file-{self.pk}"

    @property
    def filename(self):
        return os.path.basename(self.file.name)

    def save(self, *args, **kwargs):
        if self.file:
            self.size = self.file.size
        super().save(*args, **kwargs)
