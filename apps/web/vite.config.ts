import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
// Where `vite` (dev) and `vite preview` send API calls; the server listens on 3000 by default.
const api = process.env.ECAF_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root,
  plugins: [react()],
  css: {
    preprocessorOptions: {
      scss: {
        // Resolve `node_modules/...` relative to apps/web (MOJ Frontend's own @forward needs it).
        loadPaths: [root, `${root}node_modules`],
        // GOV.UK Frontend and MOJ Frontend still use a few deprecated mixins internally.
        quietDeps: true,
        silenceDeprecations: ['import'],
      },
    },
    // Vite 8's CSS minifier rejects an old IE hack in govuk-frontend.
    lightningcss: { errorRecovery: true },
  },
  server: {
    proxy: {
      '/trpc': api,
      '/api': api,
      '/healthz': api,
    },
  },
  preview: {
    proxy: {
      '/trpc': api,
      '/api': api,
      '/healthz': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: the chunk graph `pnpm measure:bundle` walks.
    manifest: true,
    sourcemap: true,
    rolldownOptions: {
      treeshake: {
        // @ecaf/domain is pure (no I/O, no globals), but its zod schemas are built at module level,
        // which a bundler must assume has side effects. Saying it has none lets a page that only
        // needs, say, the error codes leave the other schemas (and zod) out of its chunk.
        moduleSideEffects: [{ test: /[\\/]packages[\\/]domain[\\/]src[\\/]/, sideEffects: false }],
      },
    },
  },
});
