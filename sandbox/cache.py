"""The cache speeds pages up but must never take them down: Redis being away is a miss, not an error."""

import logging

from django.core.cache import cache

log = logging.getLogger(__name__)


def get_or_compute(key, compute, timeout, refresh=False):
    """The cached value, or compute() (stored when the cache answers)."""
    if not refresh:
        try:
            value = cache.get(key)
        except Exception as exc:  # the cache backend's connection errors vary by client
            log.warning("cache unavailable, computing %s: %s", key, exc)
            return compute()
        if value is not None:
            return value
    value = compute()
    try:
        cache.set(key, value, timeout)
    except Exception as exc:
        log.warning("cache unavailable, not storing %s: %s", key, exc)
    return value
