#!/usr/bin/env python3
"""Independent checks of exported feeds with three Python-reachable parsers from Debian: python3-icalendar (with pytz),
python3-vobject and libical (C, through python3-gi and gir1.2-ical-3.0).

Usage: check-ics-python.py FOLDER

FOLDER holds NAME.ics feeds written by the ICalendar tests (IndependentParserTests) and NAME.expected files with
the instants ReviewTimelines wrote, one line per item:
    EVENT <uid> <start> <end>      Unix seconds (UTC) for timed events, YYYY-MM-DD for all-day events (end exclusive)
    FREEBUSY <uid> <start> <end>
Each TZID time is read through the feed's own VTIMEZONE (icalendar's Timezone.to_tz) and must give the expected
instant. It is also read through pytz's tz database by name; a difference there is reported as a note only,
because Debian's pytz and NodaTime may ship different tzdb releases (e.g. Morocco's 2026 change). An ambiguous
local time is read as its first occurrence (RFC 5545 section 3.3.5). Exits 1 on any difference from the
expected instants.

vobject and libical read every VEVENT's DTSTART/DTEND the same way (TZIDs through the feed's VTIMEZONEs) and must give
the same EVENT lines; VFREEBUSY periods are checked by python-icalendar only.
"""
import calendar
import datetime
import pathlib
import sys

import gi
import icalendar
import pytz
import vobject

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # noqa: E402  (libical's GObject bindings)


def first_occurrence(tz, naive):
    """Epoch seconds of the first instant with wall time `naive` in `tz` (pytz-style tzinfo)."""
    candidates = set()
    for is_dst in (True, False):
        try:
            candidates.add(calendar.timegm(tz.localize(naive, is_dst=is_dst).utctimetuple()))
        except (pytz.exceptions.NonExistentTimeError, pytz.exceptions.AmbiguousTimeError):
            pass
    return min(candidates)


def moments(prop, zones, uid, problems, notes):
    value = prop.dt
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None and value.utcoffset() == datetime.timedelta(0) and "TZID" not in prop.params:
            return str(calendar.timegm(value.utctimetuple()))
        tzid = str(prop.params.get("TZID", ""))
        naive = value.replace(tzinfo=None)
        if tzid not in zones:
            problems.append(f"{uid}: TZID {tzid!r} has no VTIMEZONE")
            return "?"
        own = first_occurrence(zones[tzid], naive)
        by_name = first_occurrence(pytz.timezone(tzid), naive)
        if own != by_name:
            notes.append(f"{uid}: {naive} in {tzid}: VTIMEZONE gives {own}, pytz tzdb {pytz.OLSON_VERSION} gives {by_name}")
        return str(own)
    return value.isoformat()


def read(path):
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    zones = {str(tz["TZID"]): tz.to_tz() for tz in cal.walk("VTIMEZONE")}
    lines, problems, notes = [], [], []
    for event in cal.walk("VEVENT"):
        uid = str(event["UID"])
        lines.append(f"EVENT {uid} {moments(event['DTSTART'], zones, uid, problems, notes)} {moments(event['DTEND'], zones, uid, problems, notes)}")
    for fb in cal.walk("VFREEBUSY"):
        uid = str(fb["UID"])
        periods = fb.get("FREEBUSY", [])
        for period in periods if isinstance(periods, list) else [periods]:
            start, end = period.start, period.end
            lines.append(f"FREEBUSY {uid} {calendar.timegm(start.utctimetuple())} {calendar.timegm(end.utctimetuple())}")
    return sorted(lines), problems, notes


def epoch_or_date(value):
    if isinstance(value, datetime.datetime):
        return str(calendar.timegm(value.utctimetuple()))
    return value.isoformat()


def read_vobject(path):
    # vobject keeps one process-wide TZID -> tzinfo map and does not replace an entry when a later feed brings its own
    # VTIMEZONE with the same TZID (over another range): start each feed with an empty map.
    vobject.icalendar.__dict__["__tzidMap"].clear()
    cal = vobject.readOne(path.read_text(encoding="utf-8"))
    return sorted(f"EVENT {e.uid.value} {epoch_or_date(e.dtstart.value)} {epoch_or_date(e.dtend.value)}"
                  for e in getattr(cal, "vevent_list", []))


def read_libical(path):
    def moment(t):
        if t.is_date():
            return f"{t.get_year():04d}-{t.get_month():02d}-{t.get_day():02d}"
        return str(t.as_timet_with_zone(t.get_timezone()))

    root = ICalGLib.Component.new_from_string(path.read_text(encoding="utf-8"))
    lines = []
    event = root.get_first_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)
    while event is not None:
        lines.append(f"EVENT {event.get_uid()} {moment(event.get_dtstart())} {moment(event.get_dtend())}")
        event = root.get_next_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)
    return sorted(lines)


def compare(name, parser, expected, actual, problems=()):
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    if problems or missing or extra:
        print(f"check-ics-python: {name}: {parser}: {len(problems)} problem(s), {len(missing)} missing, {len(extra)} unexpected")
        for line in list(problems)[:20] + [f"  expected {m}" for m in missing[:20]] + [f"  {parser} {x}" for x in extra[:20]]:
            print("  " + line)
        return False
    return True


def main(folder):
    feeds = sorted(pathlib.Path(folder).glob("*.ics"))
    if not feeds:
        print(f"check-ics-python: no .ics files in {folder}", file=sys.stderr)
        return 1
    failed = False
    for feed in feeds:
        expected = sorted(feed.with_suffix(".expected").read_text(encoding="utf-8").split("\n"))
        expected = [line for line in expected if line]
        actual, problems, notes = read(feed)
        for note in notes:
            print(f"check-ics-python: note: {feed.name}: {note}")
        events = [line for line in expected if line.startswith("EVENT ")]
        agree = compare(feed.name, "python-icalendar", expected, actual, problems)
        agree = compare(feed.name, "vobject", events, read_vobject(feed)) and agree
        agree = compare(feed.name, "libical", events, read_libical(feed)) and agree
        if not agree:
            failed = True
        else:
            print(f"check-ics-python: {feed.name}: {len(actual)} items agree (icalendar {icalendar.__version__} through the feed's VTIMEZONEs; "
                  f"{len(notes)} note(s) against pytz tzdb {pytz.OLSON_VERSION}); {len(events)} events agree in vobject and libical (ICalGLib 3.0)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
