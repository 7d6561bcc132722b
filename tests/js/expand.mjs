// Reads an .ics on stdin (or each file named on the command line, each one's output after a
// "==FILE i" line) and prints each occurrence as "UTC-start<TAB>summary", sorted, the way
// Thunderbird's ical.js expands it: the file's own VTIMEZONEs are registered and used, overrides
// (RECURRENCE-ID) replace their occurrence, EXDATEs are left out. Exit status 1 on a parse error.
import ICAL from "ical.js";
import { readFileSync } from "node:fs";

function expand(text) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const vtz of root.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtz));
  }
  const vevents = root.getAllSubcomponents("vevent");
  const overrides = vevents.filter((v) => v.hasProperty("recurrence-id"));
  const lines = [];
  for (const master of vevents.filter((v) => !v.hasProperty("recurrence-id"))) {
    const event = new ICAL.Event(master);
    for (const o of overrides) {
      if (o.getFirstPropertyValue("uid") === event.uid) event.relateException(o);
    }
    if (!event.isRecurring()) {
      lines.push(`${event.startDate.toJSDate().toISOString()}\t${event.summary}`);
      continue;
    }
    const it = event.iterator();
    for (let next = it.next(), n = 0; next && n < 1000; next = it.next(), n++) {
      const d = event.getOccurrenceDetails(next);
      lines.push(`${d.startDate.toJSDate().toISOString()}\t${d.item.summary}`);
    }
  }
  lines.sort();
  for (const line of lines) console.log(line);
}

const paths = process.argv.slice(2);
if (paths.length === 0) expand(readFileSync(0, "utf8"));
paths.forEach((path, i) => {
  console.log(`==FILE ${i}`);
  expand(readFileSync(path, "utf8"));
});
