// Vite builds the UI into web/dist, which the server serves at / (with SPA fallback).
// In development (`npx vite web`), /api is proxied to the API server on 127.0.0.1:3000.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': { target: process.env.WANGAN_API ?? 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
