"""Every API operation fuzzed from its OpenAPI description, as an SBN admin and as a school director:
no 5xx, no undocumented status, and every response (content type, body) as the schema says. Every
other schemathesis check runs too and is counted (FUZZ_REPORT=file, then python -m tests.api.report file).

MAX_EXAMPLES per operation and token (20 by default; HYPOTHESIS_MAX_EXAMPLES changes it).
"""

import os

import pytest
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, Phase, settings

from tests.api import report
from tests.api import schema as api_schema

MAX_EXAMPLES = int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", 20))
schema = api_schema.load(MAX_EXAMPLES)
if os.environ.get("FUZZ_PATH_REGEX"):  # a narrower local run, e.g. FUZZ_PATH_REGEX=expenditures
    schema = schema.include(path_regex=os.environ["FUZZ_PATH_REGEX"])
application = get_wsgi_application()
TOKEN_PATH = "/api/v1/tokens/{id}/"


def keep_own_token(case, token):
    """Revoking the token the run itself uses would turn every later example into a 401."""
    if case.path == TOKEN_PATH and str(case.path_parameters.get("id")) == str(token.pk):
        case.path_parameters["id"] = token.pk + 1_000_000


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
          phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
def test_operation_conforms(case, fuzz_token, in_process_wsgi):
    reason = api_schema.known_failure(case)
    if reason:
        pytest.skip(reason)
    token, headers = fuzz_token
    keep_own_token(case, token)
    response = case.call(app=application, headers=headers)
    if report.enabled():  # every check, counted: a slower run, for the record
        report.record(token.user.username, case, response.status_code,
                      report.failed_checks(case, response, api_schema.ALL_CHECKS))
    case.validate_response(response, checks=api_schema.ENFORCED, headers=headers)
