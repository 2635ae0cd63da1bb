import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { readCatalogues, widgetTexts } from './angebote/widgetTexts';

/** Places Scalar's standalone API reference beside the UI, for GET /v1/docs (functions/system/apiReference.ts). */
const apiReferenceAsset = () => ({
  name: 'api-reference-asset',
  generateBundle(this: { emitFile(f: { type: 'asset'; fileName: string; source: Buffer }): void }) {
    const file = path.join(__dirname, '..', 'node_modules', '@scalar', 'api-reference', 'dist', 'browser', 'standalone.js');
    this.emitFile({ type: 'asset', fileName: 'api-docs/standalone.js', source: readFileSync(file) });
  },
});

/**
 * The embeddable widget as one self-contained script at a stable address (/angebote/widget.js), so
 * a partner's page needs a single tag: bundled on its own, never split into chunks.
 */
const widgetScript = () => ({
  name: 'widget-script',
  async generateBundle(this: { emitFile(f: { type: 'asset'; fileName: string; source: string }): void }) {
    // Its texts are the catalogues' widget.* entries, read now: only those, not the catalogues, go into the script.
    const define = { __WIDGET_TEXTS__: JSON.stringify(widgetTexts(readCatalogues())) };
    const out = await esbuild({ entryPoints: [path.join(__dirname, 'angebote', 'widget.ts')], bundle: true, minify: true, format: 'iife', target: 'es2020', write: false, define });
    this.emitFile({ type: 'asset', fileName: 'angebote/widget.js', source: out.outputFiles[0].text });
  },
});

// `npm run dev`: HMR on :5173, API and config proxied to `npm start`'s server on :3000.
export default defineConfig({
  root: __dirname,
  plugins: [react(), apiReferenceAsset(), widgetScript()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    // Two pages: the clerks' admin (/) and the residents' finder (/angebote/), which shares no code with it.
    rollupOptions: { input: { admin: path.join(__dirname, 'index.html'), finder: path.join(__dirname, 'angebote', 'index.html') } },
  },
  server: { port: 5173, proxy: { '/v1': 'http://localhost:3000', '/config.json': 'http://localhost:3000' } },
});
