import { defineConfig } from 'vite';
import { summit } from './src/generator/vite-plugin.js';

export default defineConfig({
  // SUMMIT_CAMPAIGNS builds another folder of campaigns (tests use fixture folders).
  plugins: [summit({ campaigns: process.env.SUMMIT_CAMPAIGNS })],
});
