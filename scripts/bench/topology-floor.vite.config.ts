import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./topology-floor', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../../bench-results/topology-floor-dist', import.meta.url)), emptyOutDir: true, target: 'es2022' },
});
