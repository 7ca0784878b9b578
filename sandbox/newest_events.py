"""The newest events of the audit trail across every event table, a page at a time.

pghistory's aggregate `Events` builds every event's data and its difference from the event before
before it can sort them: the first page of the unfiltered trail took 44 s once it held a million
expenditure events. Here each event table gives the keys of its newest matching events from its
(pgh_created_at, pgh_id) index, one UNION orders those keys, and only the page's events are read
through `Events` (for their data and differences), per record type, narrowed to the page's records.
"""

import datetime
from collections import defaultdict

import pghistory.core
from django.db.models import CharField, Q, Value
from django.db.models.functions import Cast
from django.utils import timezone
from pghistory.models import Events


def event_models():
    return list(pghistory.core.event_models())


class NewestEvents:
    """Events matching `criteria`, newest first: countable and sliceable, so a paginator can page them.

    criteria: event_models (the tables to read), object_id, event (insert / update / delete), user (a
    user id), request_id (the server's or the client's), since and until (dates, in the portal's zone).
    """

    def __init__(self, event_models, object_id=None, event=None, user=None, request_id=None, since=None,
                 until=None):
        self.event_models = list(event_models)
        self.criteria = {"object_id": object_id, "event": event, "user": user, "request_id": request_id,
                         "since": since, "until": until}

    def _matching(self, event_model):
        c, events = self.criteria, event_model.objects.all()
        if c["object_id"] not in (None, ""):
            try:
                events = events.filter(pgh_obj_id=event_model._meta.get_field("pgh_obj").to_python(c["object_id"]))
            except Exception:  # an id this table's records cannot have: nothing of theirs matches  # noqa: BLE001
                return events.none()
        if c["event"]:
            events = events.filter(pgh_label=c["event"])
        if c["user"] is not None:
            events = events.filter(pgh_context__metadata__user=c["user"])
        if c["request_id"]:
            events = events.filter(Q(pgh_context__metadata__request_id=c["request_id"])
                                   | Q(pgh_context__metadata__client_request_id=c["request_id"]))
        if c["since"]:
            events = events.filter(pgh_created_at__gte=_start_of(c["since"]))
        if c["until"]:
            events = events.filter(pgh_created_at__lt=_start_of(c["until"] + datetime.timedelta(days=1)))
        return events

    def _keys(self, stop):
        parts = []
        for event_model in self.event_models:
            keys = (self._matching(event_model).order_by("-pgh_created_at", "-pgh_id")
                    .annotate(pgh_model=Value(event_model._meta.label, output_field=CharField()),
                              record=Cast("pgh_obj_id", output_field=CharField()))  # ids of every type, as text
                    .values_list("pgh_created_at", "pgh_id", "pgh_model", "record"))
            parts.append(keys)
        if len(parts) > 1 and stop is not None:  # each table gives no more than the page can use
            parts = [keys[:stop] for keys in parts]
        return _union(parts)

    def count(self):
        """Exact, read from each table's indexes (a million events: about 40 ms)."""
        keys = _union([self._matching(m).order_by().values_list("pgh_id") for m in self.event_models])
        return 0 if keys is None else keys.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index:index + 1][0]
        start, stop = index.start or 0, index.stop
        if stop is not None and stop <= start:  # an empty page (a paginator asks for one when nothing matches)
            return []
        keys = self._keys(stop)
        if keys is None:
            return []
        keys = list(keys.order_by("-pgh_created_at", "-pgh_id", "-pgh_model")[start:stop])
        return self._events(keys)

    def _events(self, keys):
        """The page's events with their data and differences: per record type, the events of the page's
        records only (Events.tracks), then the page's own among them."""
        ids, records = defaultdict(set), defaultdict(set)
        for _at, pgh_id, label, obj_id in keys:
            ids[label].add(pgh_id)
            records[label].add(obj_id)
        models = {m._meta.label: m for m in self.event_models}
        found = {}
        for label in ids:
            event_model = models[label]
            objects = [event_model.pgh_tracked_model(pk=pk) for pk in records[label]]
            for event in Events.objects.across(event_model).tracks(*objects).filter(pgh_id__in=ids[label]):
                found[(label, event.pgh_id)] = event
        return [found[(label, pgh_id)] for _at, pgh_id, label, _obj in keys if (label, pgh_id) in found]


def _union(parts):
    if not parts:
        return None
    first, *rest = parts
    return first.union(*rest, all=True) if rest else first


def _start_of(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
