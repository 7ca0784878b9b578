"""Ways out of the portal, behind one interface: `channel.send(address, message, key=...)`.

EmailChannel sends through Django's mail (SMTP in production, files under .local/mail for
`make run`, the outbox in tests). LineChannel pushes a text message to a LINE group through the
Messaging API (LINE_API_URL, LINE_CHANNEL_TOKEN); it is off while the token is unset.

A channel raises Undelivered when a message did not go out; `retry` says whether trying again
later may help (a timeout or a 5xx) or not (a refused token, an unknown group).
"""

import json
import logging
import urllib.error
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage

logger = logging.getLogger(__name__)

LINE_TEXT_LIMIT = 5000  # characters in one LINE text message


@dataclass
class Message:
    subject: str
    text: str
    url: str = ""  # the full address the message links to


class Undelivered(Exception):
    def __init__(self, reason, retry=True):
        super().__init__(reason)
        self.retry = retry


class Channel:
    name = ""

    @property
    def enabled(self):
        return True

    def send(self, address, message, key=None):
        """Deliver `message` to `address`; `key` identifies the message across retries."""
        raise NotImplementedError


class EmailChannel(Channel):
    name = "email"

    def send(self, address, message, key=None):
        body = message.text + (f"\n\n{message.url}\n" if message.url else "\n")
        email = EmailMessage(message.subject, body, None, [address])
        if key:
            email.extra_headers["X-Sandbox-Notification"] = str(key)
        try:
            email.send()
        except OSError as exc:  # smtplib's errors are OSErrors
            raise Undelivered(str(exc)) from exc


class LineChannel(Channel):
    """Push to a LINE group: POST {"to": group, "messages": [{"type": "text", ...}]} with the
    channel's access token. X-Line-Retry-Key makes a retried push arrive once."""

    name = "line"
    timeout = 10

    @property
    def enabled(self):
        return bool(getattr(settings, "LINE_CHANNEL_TOKEN", ""))

    def send(self, address, message, key=None):
        if not self.enabled:
            return
        text = message.subject + "\n" + message.text + (f"\n{message.url}" if message.url else "")
        if len(text) > LINE_TEXT_LIMIT:
            text = text[: LINE_TEXT_LIMIT - 1] + "…"
        body = json.dumps({"to": address, "messages": [{"type": "text", "text": text}]}).encode()
        headers = {"Authorization": f"Bearer {settings.LINE_CHANNEL_TOKEN}", "Content-Type": "application/json"}
        if key:
            headers["X-Line-Retry-Key"] = str(key)
        request = urllib.request.Request(settings.LINE_API_URL, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read(2048)
        except urllib.error.HTTPError as exc:
            if exc.code == 409 and key:
                return  # LINE already accepted a push with this retry key
            detail = exc.read(500).decode("utf-8", "replace")
            raise Undelivered(f"LINE answered {exc.code}: {detail}", retry=exc.code == 429 or exc.code >= 500) from exc
        except (urllib.error.URLError, OSError) as exc:
            raise Undelivered(f"LINE could not be reached: {exc}") from exc


CHANNELS = {"email": EmailChannel(), "line": LineChannel()}


def channel(name):
    return CHANNELS[name]
