// Independent check: reads .ics files with ts-ics (TypeScript iCalendar parser) and prints, like print-instants.mjs,
//   EVENT <uid> <start> <end>   (Unix seconds for timed events; yyyy-mm-dd for all-day events, end exclusive)
// ts-ics resolves each TZID through the feed's own VTIMEZONE observances (and reads only their RRULE forms, not RDATE).
import { readFileSync } from 'node:fs';
import { convertIcsCalendar } from 'ts-ics';

const moment = (time) => (time.type === 'DATE' ? time.date.toISOString().slice(0, 10) : String(time.date.getTime() / 1000));

for (const file of process.argv.slice(2)) {
  const calendar = convertIcsCalendar(undefined, readFileSync(file, 'utf8'));
  for (const event of calendar.events ?? []) {
    if (!event.end) {
      throw new Error(`${event.uid}: ts-ics read no DTEND`);
    }

    process.stdout.write(`EVENT ${event.uid} ${moment(event.start)} ${moment(event.end)}\n`);
  }
}
