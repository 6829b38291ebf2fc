import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The engine is consumed from source so the dashboard always matches the engine it ships with.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source'] },
  build: { outDir: 'dist', emptyOutDir: true },
  // `npm run dev`: the API and the WebSocket of a server started with `npm start` (port 8080).
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/ws': { target: 'ws://127.0.0.1:8080', ws: true } } },
});
