import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev`: HMR on :5173, API and config proxied to `npm start`'s server on :3000.
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2500 },
  server: { port: 5173, proxy: { '/v1': 'http://localhost:3000', '/config.json': 'http://localhost:3000' } },
});
