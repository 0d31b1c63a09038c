// Independent check: reads .ics files with node-ical and prints, like print-instants.mjs,
//   EVENT <uid> <start> <end>   (Unix seconds for timed events; yyyy-mm-dd for all-day events, end exclusive)
// node-ical maps IANA TZIDs through the JavaScript runtime's own tz data (Intl), not the feed's VTIMEZONE: it checks that
// our local times and TZIDs name the same instants as another tz database. Run with TZ=UTC (all-day dates are local).
import { readFileSync } from 'node:fs';
import ical from 'node-ical';

const pad = (n) => String(n).padStart(2, '0');
const moment = (event, time) => (event.datetype === 'date'
  ? `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`
  : String(time.getTime() / 1000));

for (const file of process.argv.slice(2)) {
  const components = ical.sync.parseICS(readFileSync(file, 'utf8'));
  for (const event of Object.values(components).filter((c) => c.type === 'VEVENT')) {
    process.stdout.write(`EVENT ${event.uid} ${moment(event, event.start)} ${moment(event, event.end)}\n`);
  }
}
