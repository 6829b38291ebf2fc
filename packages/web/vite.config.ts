import { defineConfig } from 'vite';

// The engine is consumed from source so the dashboard always matches the engine it ships with.
export default defineConfig({
  resolve: { conditions: ['source'] },
  build: { outDir: 'dist', emptyOutDir: true },
});
