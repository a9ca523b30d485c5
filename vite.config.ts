import { defineConfig } from 'vite';
import { summit } from './src/build/vite-plugin.js';

export default defineConfig({
  plugins: [summit()],
});
