"""Counts of what each schemathesis check found, per token, written as JSON lines to FUZZ_REPORT (when
set) so that a run under several processes can be added up: `python -m tests.api.report FILE`."""

import json
import os
import sys
from collections import Counter

from schemathesis.core.failures import Failure, FailureGroup


def failed_checks(case, response, checks):
    """{check name: failure title} of the checks this response fails."""
    failed = {}
    for check in checks:
        try:
            case.validate_response(response, checks=[check])
        except (Failure, FailureGroup, AssertionError) as exc:
            first = exc.exceptions[0] if isinstance(exc, FailureGroup) and exc.exceptions else exc
            failed[check.__name__] = " ".join(str(getattr(first, "title", "") or "") .split() + str(
                getattr(first, "message", "") or first).split())[:300]
    return failed


def enabled():
    return bool(os.environ.get("FUZZ_REPORT"))


def record(token, case, status, failed):
    path = os.environ["FUZZ_REPORT"]
    line = {"token": token, "operation": f"{case.method.upper()} {case.path}", "status": status, "failed": failed}
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(line) + "\n")


def summarize(path):
    cases, failures, statuses = Counter(), Counter(), Counter()
    for line in open(path, encoding="utf-8"):
        entry = json.loads(line)
        cases[entry["token"]] += 1
        statuses[(entry["token"], entry["status"] // 100 * 100)] += 1
        for check in entry["failed"]:
            failures[(entry["token"], check)] += 1
    for token in sorted(cases):
        print(f"{token}: {cases[token]} requests; "
              + ", ".join(f"{s // 100}xx {n}" for (t, s), n in sorted(statuses.items()) if t == token))
        for (t, check), count in sorted(failures.items()):
            if t == token:
                print(f"  {check}: {count}")


if __name__ == "__main__":
    summarize(sys.argv[1])
