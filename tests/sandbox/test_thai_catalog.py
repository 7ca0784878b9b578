"""Every string the portal's Python marks for translation has its Thai: a column, a button or a
notification in English on a Thai page is a string someone marked and no one translated."""

import ast
import re
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.utils import translation

from sandbox.management.commands.makemessages import SHORT_NAMES

TRANSLATING = {"_", "gettext", "gettext_lazy", *SHORT_NAMES}
PLACEHOLDER = re.compile(r"%\(\w+\)[sdfi]|%[sdf]|\{\w*\}")


def marked_strings():
    """(text, "file:line") of each literal passed to a gettext function in the project's own apps."""
    base = Path(settings.BASE_DIR)
    roots = {Path(app.path) for app in apps.get_app_configs() if Path(app.path).parent == base}  # not the venv's
    for root in sorted(roots):
        for path in sorted(root.rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in TRANSLATING
                        and node.args and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    yield node.args[0].value, f"{path.relative_to(base)}:{node.lineno}"


def test_the_scan_finds_the_portals_marked_strings():
    found = dict(marked_strings())
    assert len(found) > 500 and "Verify selected" in found  # a gettext_lazy imported as _l


def test_every_marked_string_has_its_thai():
    untranslated = []
    with translation.override("th"):
        for text, where in marked_strings():
            if re.search("[A-Za-z]", PLACEHOLDER.sub("", text)) and translation.gettext(text) == text:
                untranslated.append(f"{where}: {text!r}")
    assert not untranslated, "\n".join(untranslated)
