import { defineConfig } from 'vite';
import { summit } from './src/generator/vite-plugin.js';

const seconds = (value: string | undefined) => (value === undefined || value === '' ? undefined : Number(value));

export default defineConfig({
  // SUMMIT_CAMPAIGNS builds another folder of campaigns (tests use fixture folders); SUMMIT_BUILD_WAIT is how
  // many seconds a build waits for another one writing the same dist/ (default 60; 0 stops at once).
  plugins: [summit({ campaigns: process.env.SUMMIT_CAMPAIGNS, lockWait: seconds(process.env.SUMMIT_BUILD_WAIT) })],
});
