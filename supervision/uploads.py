from sandbox.uploads import UploadRule

# Reports, photos and slides of a visit, an event or a cooperation.
ATTACHMENT = UploadRule(["pdf", "png", "jpg", "jpeg", "docx", "xlsx", "pptx"])
