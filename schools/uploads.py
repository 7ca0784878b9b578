"""The innovation file check; its dotted path is recorded in the migrations."""

from sandbox.uploads import UploadRule

INNOVATION_FILE = UploadRule(["pdf", "png", "jpg", "jpeg", "docx", "xlsx", "pptx", "mp4"])


def validate_upload(file):
    INNOVATION_FILE(file)
