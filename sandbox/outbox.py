"""Messages to the workers leave from one background thread per process, never from a request.

A request that queues work (a report, say) commits its row and hands the sending to this thread,
then answers at once: when the broker is slow or away, it is this thread that waits, not a web
worker. What the thread cannot send stays recorded in the database, and the periodic requeue
(beat, and each worker as it starts) sends it once the broker is back.
"""

import logging
import os
import queue
import threading

from django.db import connections

logger = logging.getLogger(__name__)

_pending = queue.Queue()
_started = {"pid": None}
_start_lock = threading.Lock()


def send_later(send, *args):
    """Call send(*args) on the sender thread; returns at once."""
    _ensure_thread()
    _pending.put((send, args))


def wait_until_sent(timeout=None):
    """Wait until everything handed over so far has been tried; False if the time ran out."""
    with _pending.all_tasks_done:
        return _pending.all_tasks_done.wait_for(lambda: not _pending.unfinished_tasks, timeout)


def _ensure_thread():
    # A forked process (gunicorn and Celery children) starts its own thread on first use.
    if _started["pid"] == os.getpid():
        return
    with _start_lock:
        if _started["pid"] != os.getpid():
            threading.Thread(target=_run, name="sandbox-outbox", daemon=True).start()
            _started["pid"] = os.getpid()


def _run():
    while True:
        send, args = _pending.get()
        try:
            send(*args)
        except Exception:  # one failed send must not stop the ones after it
            logger.exception("sending %s%s to the workers failed", getattr(send, "__name__", send), args)
        finally:
            connections.close_all()  # the thread's own connections; requests never share them
            _pending.task_done()
