/**
 * Dates written the way a team's country writes them, and the config's form the error offers instead.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateHint } from '../../src/campaign/date-hint.js';

const CASES: { written: string; withTime: boolean; hint: string | undefined }[] = [
  // Day first, as most of the world writes it; the day over 12 tells the order.
  { written: '22/03/2027', withTime: true, hint: 'write it as 2027-03-22' },
  { written: '28.03.2023', withTime: false, hint: 'write it as 2023-03-28' },
  // Month first, as the United States writes it, with a 12-hour time.
  { written: '3/22/2027 10:00 a.m.', withTime: true, hint: 'write it as 2027-03-22T10:00' },
  { written: '2027-03-22 2:30 PM', withTime: true, hint: 'write it as 2027-03-22T14:30' },
  { written: '2027-03-22 12:15 am', withTime: true, hint: 'write it as 2027-03-22T00:15' },
  // Either way round: both readings, nothing guessed.
  { written: '04/03/2027', withTime: true, hint: 'write it as year-month-day: 2027-03-04 for 4 March, or 2027-04-03 for 3 April' },
  { written: '05/05/2027', withTime: true, hint: 'write it as 2027-05-05' },
  // Year first, but not quite the form.
  { written: '2027-03-22 10:00', withTime: true, hint: 'write it as 2027-03-22T10:00' },
  { written: '2027-03-22T9:00', withTime: true, hint: 'write it as 2027-03-22T09:00' },
  { written: '2027-3-9', withTime: true, hint: 'write it as 2027-03-09' },
  { written: '2027/03/22', withTime: false, hint: 'write it as 2027-03-22' },
  { written: '2027-03-22 10:00', withTime: false, hint: 'write the date alone, as 2027-03-22' },
  // Nothing Summit can read as a date: no fix rather than a wrong one.
  { written: 'March 22', withTime: true, hint: undefined },
  { written: '13/13/2027', withTime: true, hint: undefined },
  // Days the calendar does not have, in either order; a leap day is one it has.
  { written: '31/02/2027', withTime: true, hint: undefined },
  { written: '02/30/2027', withTime: true, hint: undefined },
  { written: '29/02/2028', withTime: false, hint: 'write it as 2028-02-29' },
  { written: '2027-03-22 25:00', withTime: true, hint: undefined },
  { written: '2027-03-22 13:00 PM', withTime: true, hint: undefined },
  { written: '2027-03-22 10', withTime: true, hint: undefined },
];

for (const { written, withTime, hint } of CASES) {
  test(`"${written}"${withTime ? '' : ' (a date alone)'} → ${hint ?? 'no fix'}`, () => {
    assert.equal(dateHint(written, withTime), hint);
  });
}
