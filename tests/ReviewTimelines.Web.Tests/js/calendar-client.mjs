// A calendar client's view of a served feed: fetch it over HTTP, parse it with Mozilla's ical.js (Thunderbird's
// parser), then fetch again with the ETag as a client polling its subscription does, and print what happened.
// Usage: node calendar-client.mjs <ical.js package folder> <feed URL>
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [icalDir, url] = process.argv.slice(2);
const ICAL = createRequire(join(icalDir, 'package.json'))('ical.js');

const first = await fetch(url);
const text = await first.text();
const root = new ICAL.Component(ICAL.parse(text));
for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
}
const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
const etag = first.headers.get('etag');
const second = await fetch(url, { headers: { 'If-None-Match': etag } });
const third = await fetch(url, { headers: { 'If-Modified-Since': first.headers.get('last-modified') } });
console.log(`STATUS ${first.status}`);
console.log(`TYPE ${first.headers.get('content-type')}`);
console.log(`NAME ${root.getFirstPropertyValue('x-wr-calname')}`);
console.log(`REFRESH ${root.getFirstPropertyValue('refresh-interval')}`);
console.log(`EVENTS ${events.length}`);
console.log(`FIRST ${events.map((e) => e.uid).sort()[0]}`);
console.log(`AGAIN ${second.status} ${(await second.text()).length}`);
console.log(`SINCE ${third.status}`);
