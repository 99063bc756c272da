import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by Hyyve.Server under /console; `npm run dev` proxies the API to a server on the default port.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://127.0.0.1:7071' } },
});
