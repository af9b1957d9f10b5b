import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: one build for the Electron window (app://) and the browser mode; relative asset paths work in both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    target: 'chrome120',
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:4780' },
  },
});
