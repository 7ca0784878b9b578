"""Readiness scores, the ranking of an agency's schools and the synthesis of a province.

The reports app calls agency_ranking() and province_synthesis() to build its PDFs, so both
return plain dataclasses; pass `user` to see only what that user may see.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import DecimalField, ExpressionWrapper, F, Sum

from schools.models import (
    PilotSchool,
    ReadinessAnswer,
    ReadinessQuestion,
    ReadinessResponse,
    ReadinessSection,
    RespondentRole,
    SchoolStatus,
)

HUNDRED = Decimal(100)
CENT = Decimal("0.01")


def _round(value):
    return None if value is None else Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def compute_scores(questionnaire, values):
    """(overall score, {section id: score}) out of 100 for answers {question id: value}.

    A question counts value / scale × 100 with its weight inside its section; sections count
    with their weights in the overall score.
    """
    sections = {}
    questions = ReadinessQuestion.objects.filter(section__questionnaire=questionnaire).select_related("section")
    for question in questions:
        if question.pk not in values:
            continue
        percent = Decimal(values[question.pk]) * HUNDRED / question.scale_max
        total = sections.setdefault(question.section_id, [question.section.weight, Decimal(0), Decimal(0)])
        total[1] += percent * question.weight
        total[2] += question.weight
    by_section = {pk: weighted / weights for pk, (_w, weighted, weights) in sections.items() if weights}
    section_weights = sum(sections[pk][0] for pk in by_section)
    overall = sum(by_section[pk] * sections[pk][0] for pk in by_section) / section_weights if by_section else None
    return _round(overall), {str(pk): str(_round(score)) for pk, score in by_section.items()}


def _responses(questionnaire, user):
    queryset = ReadinessResponse.objects.filter(questionnaire=questionnaire)
    return queryset.restrict(user, "view") if user is not None else queryset


@dataclass
class RankingRow:
    school: PilotSchool
    director_score: Decimal | None = None
    supervisor_score: Decimal | None = None
    rank: int | None = None
    hidden: bool = False  # the reader may not see this school's scores; its rank still counts

    @property
    def score(self):
        """The mean of the scores given, so a school is not ranked on one view alone when both exist."""
        scores = [s for s in (self.director_score, self.supervisor_score) if s is not None]
        return _round(sum(scores) / len(scores)) if scores else None


def _ranking(questionnaire, schools, user):
    """Ranks `schools` on every answer given, whoever reads: the rank is the school's true place.

    A reader who may not see a school's answers gets its row and rank without its scores.
    """
    rows = {school.pk: RankingRow(school) for school in schools.exclude(status=SchoolStatus.LEFT)}
    responses = ReadinessResponse.objects.filter(questionnaire=questionnaire, school__in=list(rows),
                                                 score__isnull=False)
    for school_id, role, score in responses.values_list("school_id", "respondent_role", "score"):
        setattr(rows[school_id], f"{role}_score", score)
    ordered = sorted(rows.values(), key=lambda r: (r.score is None, -(r.score or 0), r.school.name_th))
    previous, rank = None, 0
    for position, row in enumerate(ordered, start=1):
        if row.score is None:
            break
        if row.score != previous:
            rank, previous = position, row.score
        row.rank = rank
    if user is not None:
        visible = set(_responses(questionnaire, user).filter(school__in=list(rows)).values_list(
            "school_id", flat=True))
        for row in ordered:
            if row.school.pk not in visible:
                row.director_score = row.supervisor_score = None
                row.hidden = row.rank is not None
    return ordered


def agency_ranking(questionnaire, agency, user=None):
    """The agency's current pilot schools, best score first; schools without answers last, unranked."""
    return _ranking(questionnaire, PilotSchool.objects.filter(agency=agency).select_related("district"), user)


def province_ranking(questionnaire, province, user=None):
    """Every current pilot school of the province, ranked as agency_ranking() ranks an agency's."""
    schools = PilotSchool.objects.filter(province=province).select_related("district", "agency")
    return _ranking(questionnaire, schools, user)


@dataclass
class SectionSummary:
    section: ReadinessSection
    average: Decimal | None = None
    director_average: Decimal | None = None
    supervisor_average: Decimal | None = None


@dataclass
class QuestionSummary:
    question: ReadinessQuestion
    average: Decimal


@dataclass
class Synthesis:
    province: object
    questionnaire: object
    schools: int = 0
    responses: dict = field(default_factory=dict)  # respondent role -> count
    average: Decimal | None = None
    sections: list = field(default_factory=list)
    weakest_sections: list = field(default_factory=list)
    weakest_questions: list = field(default_factory=list)
    agencies: list = field(default_factory=list)  # (agency, average score, responses)
    ranking: list = field(default_factory=list)  # RankingRow of every pilot school in the province


WEAKEST_SECTIONS = 3
WEAKEST_QUESTIONS = 5


def province_synthesis(questionnaire, province, user=None):
    """Averages per section (overall and per respondent), the weakest areas, and each agency's average."""
    responses = _responses(questionnaire, user).filter(school__province=province, score__isnull=False)
    answers = ReadinessAnswer.objects.filter(response__in=responses)
    percent = ExpressionWrapper(F("value") * HUNDRED / F("question__scale_max") * F("question__weight"),
                                output_field=DecimalField())
    per_section = answers.values("question__section", "response__respondent_role").annotate(
        weighted=Sum(percent), weights=Sum("question__weight"))
    totals = {}
    for row in per_section:
        section_totals = totals.setdefault(row["question__section"], {})
        section_totals[row["response__respondent_role"]] = (row["weighted"], row["weights"])
    result = Synthesis(province=province, questionnaire=questionnaire)
    for section in questionnaire.sections.order_by("order", "id"):
        parts = totals.get(section.pk, {})
        summary = SectionSummary(section)
        for role in RespondentRole.values:
            if role in parts and parts[role][1]:
                setattr(summary, f"{role}_average", _round(parts[role][0] / parts[role][1]))
        weighted = sum(p[0] for p in parts.values())
        weights = sum(p[1] for p in parts.values())
        summary.average = _round(weighted / weights) if weights else None
        result.sections.append(summary)
    answered = [s for s in result.sections if s.average is not None]
    result.weakest_sections = sorted(answered, key=lambda s: s.average)[:WEAKEST_SECTIONS]
    per_question = answers.values("question").annotate(weighted=Sum(percent), weights=Sum("question__weight"))
    question_objects = ReadinessQuestion.objects.in_bulk([row["question"] for row in per_question])
    question_averages = [QuestionSummary(question_objects[row["question"]], _round(row["weighted"] / row["weights"]))
                         for row in per_question if row["weights"]]
    result.weakest_questions = sorted(question_averages, key=lambda q: (q.average, q.question.pk))[
        :WEAKEST_QUESTIONS]
    scores = list(responses.values_list("school_id", "school__agency_id", "respondent_role", "score"))
    result.schools = len({row[0] for row in scores})
    for role in RespondentRole.values:
        result.responses[role] = sum(1 for row in scores if row[2] == role)
    if scores:
        result.average = _round(sum(row[3] for row in scores) / len(scores))
    by_agency = {}
    for _school, agency_id, _role, score in scores:
        by_agency.setdefault(agency_id, []).append(score)
    for agency in province.agencies.filter(pk__in=by_agency).order_by("code"):
        values = by_agency[agency.pk]
        result.agencies.append((agency, _round(sum(values) / len(values)), len(values)))
    result.ranking = province_ranking(questionnaire, province, user)
    return result
