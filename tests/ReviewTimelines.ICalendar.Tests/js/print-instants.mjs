// Independent check: reads .ics files with Mozilla's ical.js and prints what it understands, one line per item:
//   EVENT <uid> <start> <end>   (UTC instants as Unix seconds for timed events; yyyy-mm-dd dates for all-day events, end exclusive)
//   FREEBUSY <uid> <start> <end>
// Every TZID is resolved through the feed's own VTIMEZONE (ical.js has no tz database), so this also checks our observances.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const moment = (time) => (time.isDate ? time.toString() : String(time.toUnixTime()));

for (const file of process.argv.slice(2)) {
  const root = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }

  for (const vevent of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const tzid = vevent.getFirstProperty('dtstart').getParameter('tzid');
    if (tzid && !ICAL.TimezoneService.has(tzid)) {
      throw new Error(`${event.uid}: TZID ${tzid} has no VTIMEZONE`);
    }

    process.stdout.write(`EVENT ${event.uid} ${moment(event.startDate)} ${moment(event.endDate)}\n`);
  }

  for (const vfreebusy of root.getAllSubcomponents('vfreebusy')) {
    const uid = vfreebusy.getFirstPropertyValue('uid');
    for (const property of vfreebusy.getAllProperties('freebusy')) {
      for (const period of property.getValues()) {
        process.stdout.write(`FREEBUSY ${uid} ${period.start.toUnixTime()} ${period.getEnd().toUnixTime()}\n`);
      }
    }
  }
}
