import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { linguiMacros } from './scripts/vite/lingui-macros.ts';

/**
 * The service worker (src/sw.ts) is the backend: it answers the API's paths from IndexedDB and precaches
 * the app. `injectManifest` builds it from TypeScript: `/dev-sw.js?dev-sw` (module) under `vite`,
 * `/sw.js` in the build. src/main.tsx registers it and renders only once it controls the page.
 */
/**
 * Mantine's ScrollArea imports one hook from floating-ui; this gives it src/shims/use-merge-refs.ts
 * instead, so floating-ui loads with the tooltips and popovers that need it, not with every list page.
 */
function scrollAreaWithoutFloatingUi(): Plugin {
  const shim = fileURLToPath(new URL('./src/shims/use-merge-refs.ts', import.meta.url));
  return {
    name: 'scroll-area-without-floating-ui',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@floating-ui/react' && importer && /[\\/]@mantine[\\/]core[\\/].*[\\/]ScrollArea[\\/]/.test(importer)) return shim;
      return null;
    },
  };
}

export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    linguiMacros(),
    react(),
    lingui(),
    scrollAreaWithoutFloatingUi(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: {
        name: 'VIP Console',
        short_name: 'VIP Console',
        description: 'Virtual IPs, HA groups and EIPs on a Huawei-Cloud-style VPC',
        theme_color: '#1c7ed6',
        background_color: '#ffffff',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
      devOptions: { enabled: true, type: 'module', navigateFallback: 'index.html' },
    }),
  ],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022', chunkSizeWarningLimit: 800 },
});
