import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calendarFile, calendarLinks, webcalUrl } from '../../src/campaign/calendar-links.js';

test('calendar links carry whole days as dates and times as UTC instants, with the zone and the yearly rule', () => {
  const session = calendarLinks({
    title: 'Mountains at COP28',
    details: 'https://events.example.org/imd/',
    location: 'Food and Agriculture Pavilion, Dubai',
    time: { start: '2023-12-11T10:00:00Z', end: '2023-12-11T11:00:00Z', timeZone: 'Asia/Dubai', allDay: false },
    yearly: false,
  });
  const google = new URL(session.google);
  assert.equal(google.searchParams.get('dates'), '20231211T100000Z/20231211T110000Z');
  assert.equal(google.searchParams.get('ctz'), 'Asia/Dubai');
  assert.equal(google.searchParams.get('location'), 'Food and Agriculture Pavilion, Dubai');
  const outlook = new URL(session.outlook);
  assert.equal(outlook.searchParams.get('startdt'), '2023-12-11T10:00:00.000Z');
  assert.equal(outlook.searchParams.get('allday'), null);

  const day = calendarLinks({
    title: 'International Mountain Day',
    details: 'https://events.example.org/imd/',
    time: { start: '2026-12-11T00:00:00', end: '2026-12-12T00:00:00', timeZone: 'local', allDay: true },
    yearly: true,
  });
  assert.equal(new URL(day.google).searchParams.get('dates'), '20261211/20261212');
  assert.equal(new URL(day.google).searchParams.get('recur'), 'RRULE:FREQ=YEARLY');
  assert.equal(new URL(day.outlook).searchParams.get('startdt'), '2026-12-11');
  assert.equal(new URL(day.outlook).searchParams.get('enddt'), '2026-12-12');
  assert.equal(new URL(day.outlook).searchParams.get('allday'), 'true');
});

test('a subscription is the calendar file’s own address with the webcal scheme', () => {
  assert.equal(webcalUrl('https://events.example.org/csw67/fr/csw67.ics'), 'webcal://events.example.org/csw67/fr/csw67.ics');
  assert.equal(webcalUrl('http://localhost:8000/calendar.ics'), 'webcal://localhost:8000/calendar.ics');
});

test('the calendar file of a language sits beside its page; the default language’s and an unpublished one’s at the first address', () => {
  const campaign = { slug: 'csw67', defaultLocale: 'en' as const, locales: ['en' as const, 'fr' as const] };
  assert.equal(calendarFile(campaign, 'en'), 'csw67.ics');
  assert.equal(calendarFile(campaign, 'fr-CA'), 'fr/csw67.ics');
  assert.equal(calendarFile(campaign, 'ar'), 'csw67.ics');
});

test('a yearly event keeps its rule in Google’s link; Outlook.com and Microsoft 365 get the same single-occurrence form, and a one-off event no rule anywhere', () => {
  const yearly = calendarLinks({
    title: 'Water Morning',
    details: 'https://events.example.org/water/',
    time: { start: '2027-03-10T15:00:00Z', end: '2027-03-10T17:00:00Z', timeZone: 'America/New_York', allDay: false },
    yearly: true,
  });
  const google = new URL(yearly.google);
  assert.equal(google.searchParams.get('recur'), 'RRULE:FREQ=YEARLY');
  assert.equal(google.searchParams.get('ctz'), 'America/New_York', 'the rule repeats in the event’s zone');
  const outlook = new URL(yearly.outlook);
  const office = new URL(yearly.office365);
  assert.equal(outlook.origin, 'https://outlook.live.com');
  assert.equal(office.origin, 'https://outlook.office.com');
  assert.equal(office.pathname, outlook.pathname);
  assert.deepEqual([...office.searchParams], [...outlook.searchParams]);
  assert.deepEqual([...outlook.searchParams.keys()], ['path', 'rru', 'subject', 'body', 'startdt', 'enddt'], 'no parameter claims a rule Outlook cannot take');
  const once = calendarLinks({ title: 'Dialogue', details: 'https://events.example.org/d/', time: { start: '2027-05-04', end: '2027-05-04', timeZone: 'Europe/Rome', allDay: true }, yearly: false });
  assert.equal(new URL(once.google).searchParams.get('recur'), null);
});
