"""Every stored file is private and reaches people only through serve(), after an access check.

A file's URL (PrivateStorage.url) names its path under the private root. serve() finds the rows whose
file field holds that path and sends the file only if the user may read one of them, by the model's
own rules (`restrict(user, action)`; a model names another action for a field in `file_access`, as
expenditures do for receipts). There is no /media/ route in any profile.
"""

import mimetypes
from functools import lru_cache
from pathlib import PurePosixPath

from django.apps import apps
from django.contrib.auth.decorators import login_required
from django.db import models
from django.http import FileResponse, Http404
from django.views.decorators.http import require_GET

from sandbox.access import restrict_queryset
from sandbox.uploads import PrivateStorage

INLINE_TYPES = frozenset({"application/pdf", "image/png", "image/jpeg", "image/webp"})


@lru_cache(maxsize=1)
def file_fields():
    """(model, field, folder, prefix) for every file field kept in private storage; the prefix is the
    fixed start of a string upload_to, so most paths are looked up in one table only."""
    found = []
    for model in apps.get_models():
        if not hasattr(model, "access"):
            continue  # a model without access rules is never served
        for field in model._meta.get_fields():
            if isinstance(field, models.FileField) and isinstance(field.storage, PrivateStorage):
                upload_to = field.upload_to if isinstance(field.upload_to, str) else ""
                prefix = upload_to.split("%", 1)[0]
                found.append((model, field, field.storage.folder, prefix))
    return tuple(found)


def holder(user, path):
    """(field, name) of a row holding the file at `path` that the user may read, or None."""
    for model, field, folder, prefix in file_fields():
        if folder:
            if not path.startswith(folder + "/"):
                continue
            name = path[len(folder) + 1:]
        else:
            name = path
        if prefix and not name.startswith(prefix):
            continue
        action = getattr(model, "file_access", {}).get(field.name, "view")
        rows = restrict_queryset(model._default_manager.all(), user, action)
        if rows.filter(**{field.name: name}).exists():
            return field, name
    return None


@require_GET
@login_required
def serve(request, path):
    parts = PurePosixPath(path).parts
    if not parts or any(part in ("..", ".") for part in parts) or path.startswith("/"):
        raise Http404
    found = holder(request.user, path)
    if found is None:
        raise Http404
    field, name = found
    if not field.storage.exists(name):
        raise Http404
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(field.storage.open(name, "rb"), content_type=content_type,
                            as_attachment=content_type not in INLINE_TYPES,
                            filename=PurePosixPath(name).name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
