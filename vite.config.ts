import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The React app lives in src/web and is built into dist/web, which the Fastify server serves
// (with SPA fallback). In development `vite` serves the app and forwards /api to `npm run dev`.
export default defineConfig({
  root: path.resolve(import.meta.dirname, 'src/web'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    // Open source: source maps help whoever debugs the app in a browser.
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries in their own files: they change less often than the app, so browsers keep them cached.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/](react-router|react-router-dom)[\\/]/ },
            { name: 'nl-design-system', test: /node_modules[\\/]@utrecht[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
