"""POSTing a delivery, to public addresses only.

A webhook's host is resolved and every address it resolves to must be a public one: loopback,
private, link-local, shared, multicast, reserved and unspecified addresses are refused (loopback
is allowed only when settings.WEBHOOKS_ALLOW_LOOPBACK is on, which the tests do). The connection
then goes to the very address that was checked, so a name that resolves differently a moment
later (DNS rebinding) cannot turn a delivery inward. Redirects are not followed and no proxy is used.
"""

import concurrent.futures
import http.client
import ipaddress
import socket
import ssl
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

RESOLVE_TIMEOUT = 5  # seconds for the name lookup
_resolver = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="webhook-dns")


class Refused(ValueError):
    """The address may not receive webhooks (or cannot be reached by name)."""


def split(url):
    """(scheme, host, port, path with query) of a webhook address; Refused if it is not a plain
    http(s) address."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise Refused(_("This is not a valid address.")) from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Refused(_("The address must start with https:// or http:// and name a host."))
    if parts.username or parts.password:
        raise Refused(_("The address may not carry a user name or password."))
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return parts.scheme, parts.hostname, port or (443 if parts.scheme == "https" else 80), path


def allowed(address):
    """Whether a webhook may be sent to this IP address."""
    ip = ipaddress.ip_address(address)
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return bool(getattr(settings, "WEBHOOKS_ALLOW_LOOPBACK", False))
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_link_local or ip.is_unspecified
                                 or ip.is_private)


def resolve(host, port):
    """The host's addresses, each one allowed; Refused otherwise."""
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        try:
            infos = _resolver.submit(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM).result(RESOLVE_TIMEOUT)
        except (OSError, concurrent.futures.TimeoutError, UnicodeError) as exc:
            raise Refused(_("The host %(host)s could not be found.") % {"host": host}) from exc
        addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise Refused(_("The host %(host)s could not be found.") % {"host": host})
    for address in addresses:
        if not allowed(address):
            raise Refused(_("Webhooks may not be sent to private, loopback or reserved addresses (%(host)s is "
                            "%(address)s).") % {"host": host, "address": address})
    return addresses


def check(url):
    """Refused unless the address is one webhooks may be sent to."""
    _scheme, host, port, _path = split(url)
    resolve(host, port)


class _Pinned(http.client.HTTPConnection):
    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self):
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedTLS(http.client.HTTPSConnection):
    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.address = address

    def connect(self):
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def post(url, body, headers, timeout):
    """POST `body` (bytes) and return (status, start of the response body); raises Refused or OSError."""
    scheme, host, port, path = split(url)
    address = resolve(host, port)[0]
    connection = (_PinnedTLS if scheme == "https" else _Pinned)(host, port, address, timeout)
    try:
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.read(1000).decode("utf-8", "replace")
    except http.client.HTTPException as exc:
        raise OSError(f"{type(exc).__name__}: {exc}") from exc
    finally:
        connection.close()
