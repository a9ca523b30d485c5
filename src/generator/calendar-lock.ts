/**
 * The calendar lock, `campaigns/calendar.lock.json`: for every calendar event (by UID), the SEQUENCE it
 * was last published with and a digest of what calendars showed of it then. The build reads it, raises
 * the SEQUENCE of every event whose digest changed, writes the result back once the new `dist/` is in
 * place, and the team commits it with the campaign files. So a calendar that imported an event sees each
 * change as a newer revision, with no step for the team, and the same campaigns with the same lock give
 * the same bytes.
 *
 * The lock is a source: a build never changes it unless it succeeded, and `vite build --mode strict`
 * (CI) never changes it at all: it fails when the lock is not current.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { ConfigError } from './errors.js';
import type { Sequences } from './calendar.js';

/** The lock's file name, in the campaigns folder. */
export const CALENDAR_LOCK_FILE = 'calendar.lock.json';

export interface LockedEvent {
  sequence: number;
  hash: string;
}

/** Every event ever published, by UID. Events no longer published stay, so a SEQUENCE never goes back. */
export type CalendarLock = Readonly<Record<string, LockedEvent>>;

export interface LockUpdate {
  /** The SEQUENCE of every event published now. */
  sequences: Sequences;
  /** The lock after this build. */
  lock: CalendarLock;
  /** The UIDs whose entry is new or changed, in order. */
  changed: string[];
}

/**
 * The lock after a build that publishes events with these digests: a new event starts at 0, a changed one
 * rises by one, an unchanged one keeps its SEQUENCE.
 */
export function updateLock(lock: CalendarLock, digests: ReadonlyMap<string, string>): LockUpdate {
  const next: Record<string, LockedEvent> = { ...lock };
  const sequences: Record<string, number> = {};
  const changed: string[] = [];
  for (const [uid, hash] of digests) {
    const locked = lock[uid];
    const entry = !locked ? { sequence: 0, hash } : locked.hash === hash ? locked : { sequence: locked.sequence + 1, hash };
    if (entry !== locked) changed.push(uid);
    next[uid] = entry;
    sequences[uid] = entry.sequence;
  }
  return { sequences, lock: Object.fromEntries(Object.keys(next).sort().map((uid) => [uid, next[uid]])), changed: changed.sort() };
}

/** The errors of a lock that is not current, for strict builds: one per event, each with the fix. */
export function staleLockErrors(file: string, lock: CalendarLock, update: LockUpdate): ConfigError[] {
  return update.changed.map((uid) => ({
    file,
    line: 1,
    column: 1,
    field: `events["${uid}"]`,
    message: lock[uid]
      ? `expected the digest of what calendars show now (${update.lock[uid].hash}), got ${lock[uid].hash}: the event changed since the lock was written; run npm run build and commit ${CALENDAR_LOCK_FILE} (its SEQUENCE becomes ${update.lock[uid].sequence})`
      : `expected an entry for this event, got none: it is new since the lock was written; run npm run build and commit ${CALENDAR_LOCK_FILE}`,
  }));
}

/** The lock's text: sorted, one event a line's worth, ending with a newline. */
export function lockText(lock: CalendarLock): string {
  return `${JSON.stringify({ version: 1, events: lock }, null, 2)}\n`;
}

/**
 * Reads the lock; a missing file is an empty lock (the first build writes it). A file that is not a lock
 * is an error naming it, never silently replaced, since every SEQUENCE would start again.
 */
export async function readCalendarLock(file: string, shown: string): Promise<{ lock: CalendarLock; errors: ConfigError[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { lock: {}, errors: [] };
    throw error;
  }
  const refuse = (got: string): { lock: CalendarLock; errors: ConfigError[] } => ({
    lock: {},
    errors: [{ file: shown, line: 1, column: 1, field: '', message: `expected the calendar lock that npm run build writes ({ "version": 1, "events": { "<uid>": { "sequence": 0, "hash": "sha256:…" } } }), got ${got}; restore it from version control, or delete it to start every SEQUENCE again at 0` }],
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse('text that is not JSON');
  }
  const { version, events } = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { version?: unknown; events?: unknown };
  if (version !== 1 || typeof events !== 'object' || events === null || Array.isArray(events)) return refuse('another shape');
  for (const [uid, entry] of Object.entries(events)) {
    const { sequence, hash } = (entry ?? {}) as Partial<LockedEvent>;
    if (!Number.isInteger(sequence) || (sequence as number) < 0 || typeof hash !== 'string') return refuse(`an entry for "${uid}" without a whole sequence and a hash`);
  }
  return { lock: events as CalendarLock, errors: [] };
}

/**
 * Writes the lock atomically (a temporary file beside it, then a rename), so a reader (another build, a
 * test) never sees half a lock; builds of the same campaigns write the same text.
 */
export async function writeCalendarLock(file: string, lock: CalendarLock): Promise<void> {
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, lockText(lock));
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
}
