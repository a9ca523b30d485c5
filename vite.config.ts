import { defineConfig } from 'vite';
import { summit } from './src/generator/vite-plugin.js';

const seconds = (value: string | undefined) => (value === undefined || value === '' ? undefined : Number(value));

export default defineConfig({
  // SUMMIT_CAMPAIGNS builds another folder of campaigns (tests use fixture folders); SUMMIT_BUILD_WAIT is how
  // many seconds a build waits for another one writing the same dist/ (default 60; 0 stops at once);
  // SUMMIT_CALENDAR_LOCK=read-only builds with the calendar lock's SEQUENCEs but never writes the lock.
  plugins: [
    summit({
      campaigns: process.env.SUMMIT_CAMPAIGNS,
      lockWait: seconds(process.env.SUMMIT_BUILD_WAIT),
      calendarLock: (process.env.SUMMIT_CALENDAR_LOCK || undefined) as 'update' | 'read-only' | undefined,
    }),
  ],
});
