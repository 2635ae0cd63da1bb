import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Places Scalar's standalone API reference beside the UI, for GET /v1/docs (functions/system/apiReference.ts). */
const apiReferenceAsset = () => ({
  name: 'api-reference-asset',
  generateBundle(this: { emitFile(f: { type: 'asset'; fileName: string; source: Buffer }): void }) {
    const file = path.join(__dirname, '..', 'node_modules', '@scalar', 'api-reference', 'dist', 'browser', 'standalone.js');
    this.emitFile({ type: 'asset', fileName: 'api-docs/standalone.js', source: readFileSync(file) });
  },
});

// `npm run dev`: HMR on :5173, API and config proxied to `npm start`'s server on :3000.
export default defineConfig({
  root: __dirname,
  plugins: [react(), apiReferenceAsset()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2500 },
  server: { port: 5173, proxy: { '/v1': 'http://localhost:3000', '/config.json': 'http://localhost:3000' } },
});
