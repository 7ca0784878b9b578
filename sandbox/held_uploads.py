"""An upload that survives a validation error on another field: the file is kept in private storage
and the form carries a signed reference to it, so that nobody has to attach a receipt twice.

The reference names its user and expires after a day; a held file is only ever read back by the
form of the person who sent it.
"""

import secrets
from pathlib import PurePosixPath

from django.core import signing
from django.core.files import File

SALT = "sandbox.held-upload"
FOLDER = "held"
MAX_AGE = 24 * 60 * 60


def hold(upload, user, storage):
    """Keep `upload` and return the signed reference a hidden field carries."""
    suffix = PurePosixPath(upload.name or "").suffix.lower()[:8]
    name = storage.save(f"{FOLDER}/{secrets.token_hex(16)}{suffix}", upload)
    upload.seek(0)
    return signing.dumps({"name": name, "user": user.pk, "original": upload.name}, salt=SALT)


def describe(reference, user):
    """The original file name a valid reference of this user names, else ""."""
    data = _load(reference, user)
    return data["original"] if data else ""


def take(reference, user, storage):
    """The held file as a File named like the original, or None for a forged, foreign or old reference."""
    data = _load(reference, user)
    if data is None or not storage.exists(data["name"]):
        return None
    return File(storage.open(data["name"], "rb"), name=data["original"])


def _load(reference, user):
    if not reference or user is None:
        return None
    try:
        data = signing.loads(reference, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    return data if data.get("user") == user.pk else None
