"""Every API operation fuzzed from its OpenAPI description, as an SBN admin: no 5xx, and
every response (status, content type, body) as the schema says.

The budget is small (a few examples per operation, no deadline) so that CI runs it in a
minute or two; HYPOTHESIS_MAX_EXAMPLES raises it for a deeper local run.
"""

import os

import pytest
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, Phase, settings

from tests.api import schema as api_schema

MAX_EXAMPLES = int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", 4))
schema = api_schema.load(MAX_EXAMPLES)
if os.environ.get("FUZZ_PATH_REGEX"):  # a narrower local run, e.g. FUZZ_PATH_REGEX=expenditures
    schema = schema.include(path_regex=os.environ["FUZZ_PATH_REGEX"])
application = get_wsgi_application()


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
          phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
def test_operation_conforms(case, admin_headers, in_process_wsgi):
    reason = api_schema.known_failure(case)
    if reason:
        pytest.skip(reason)
    case.call_and_validate(app=application, headers=admin_headers, checks=api_schema.CHECKS)
