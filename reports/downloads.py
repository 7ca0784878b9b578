"""Serving a produced file to the user who asked for it."""

from django.http import FileResponse, Http404

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def file_response(job, fmt):
    """The job's file as an attachment; Http404 when the job has no such file (yet)."""
    if fmt not in CONTENT_TYPES:
        raise Http404
    field = getattr(job, fmt)
    if not field or not field.storage.exists(field.name):
        raise Http404
    name = field.name.rsplit("/", 1)[-1]
    return FileResponse(field.open("rb"), as_attachment=True, filename=name, content_type=CONTENT_TYPES[fmt])
