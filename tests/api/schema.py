"""The OpenAPI document the portal serves at /api/schema/, loaded for schemathesis.

Generated in-process by drf-spectacular (the same generator the view uses) so loading it at
collection time needs neither a database nor a server.
"""

import json

import schemathesis
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from schemathesis.checks import CHECKS, load_all_checks, not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

load_all_checks()
# Every check schemathesis has runs and is counted (tests.api.report); these fail the run: never a 5xx,
# never an undocumented status, and a content type and body as the schema says.
ENFORCED = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
ALL_CHECKS = list(CHECKS.get_all())

# Endpoints whose failures are known and reported to their owners; each entry names the
# method and path template and why it is skipped, so the skip is visible in every run.
# Found by the fuzzer and not yet mended; each stays listed until its operation conforms.
KNOWN_FAILURES: dict[tuple[str, str], str] = {}


def openapi_document():
    document = SchemaGenerator().get_schema(request=None, public=True)
    return json.loads(OpenApiJsonRenderer().render(document, renderer_context={}))


def config(max_examples):
    """A bounded budget: the examples and fuzzing phases only (the coverage phase alone makes
    dozens of cases per operation), both valid and invalid inputs, no deadline."""
    return schemathesis.Config.from_dict({
        "phases": {"coverage": {"enabled": False}, "stateful": {"enabled": False}},
        "generation": {"max-examples": max_examples, "mode": "all", "deterministic": True},
    })


def load(max_examples):
    return schemathesis.openapi.from_dict(openapi_document(), config=config(max_examples))


def known_failure(case):
    return KNOWN_FAILURES.get((case.method.upper(), case.path))
