import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// Built from the repository root with `vite build --config web/vite.config.ts`;
// paths are resolved against this file so the working directory does not matter.
const webRoot = fileURLToPath(new URL('.', import.meta.url));
// The API server for `vite` (dev) and `vite preview`; override to run against a server on another port.
const apiTarget = process.env.USEIT_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: webRoot,
  plugins: [
    react(),
    // Installable web app for field research: the service worker precaches the app shell (including the lazily
    // loaded form engine) and keeps the last copy of each form definition a researcher opened.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: {
        name: 'USE-IT platform',
        short_name: 'USE-IT',
        description: 'Community research in the field: questionnaires that work offline',
        start_url: '/research/collect',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#3b5bdb',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // A new version takes over open pages at once (the outbox lives in IndexedDB, not in the page).
        clientsClaim: true,
        skipWaiting: true,
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
        // The XForm engine's chunk carries its XPath parser as WebAssembly; it must be precached to work offline.
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/openrosa\//, /^\/health/],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => /^\/api\/v1\/research\/forms\/[^/]+\/definition$/.test(url.pathname),
            handler: 'NetworkFirst',
            options: { cacheName: 'research-form-definitions', networkTimeoutSeconds: 5 },
          },
          {
            // Opening the app with no connection: the last known session and programme, so the signed-in pages
            // (and the outbox) still open. Every other API call needs the network; sign-in refreshes these.
            urlPattern: ({ url }) => url.pathname === '/api/v1/auth/me' || url.pathname === '/api/v1/programme',
            handler: 'NetworkFirst',
            options: { cacheName: 'offline-shell-data', networkTimeoutSeconds: 5 },
          },
        ],
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The XForm engine chunk (about 0.9 MB, with its WebAssembly XPath parser inlined) loads only with the web form.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // Emscripten's loader inside the engine contains a direct eval on a path the web form never takes.
      onwarn(warning, warn) {
        if (warning.code === 'EVAL' && /@getodk[\\/]xforms-engine/.test(warning.id ?? '')) return;
        warn(warning);
      },
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deployments.
        codeSplitting: {
          groups: [
            // Maps are on a few pages only: Leaflet and its plugins load with them, not with every page. Below
            // react and mantine, whose groups take their dependencies first.
            {
              name: 'leaflet',
              test: /node_modules[\\/](leaflet|leaflet\.markercluster|react-leaflet|@react-leaflet)[\\/]/,
              priority: 1.5,
            },
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/,
              priority: 3,
            },
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll[^\\/]*|react-style-singleton|use-callback-ref|use-sidecar|tslib|react-number-format|clsx)[\\/]/,
              priority: 2,
            },
            // ODK's XForm engine (and what only it uses) loads with the built-in web form, not with every page.
            {
              name: 'xforms-engine',
              test: /node_modules[\\/](@getodk|solid-js|papaparse|bin-packer|temporal-polyfill|temporal-spec|mdast-[^\\/]+|micromark[^\\/]*|unist-[^\\/]+|decode-named-character-reference|character-entities|devlop|web-tree-sitter)[\\/]/,
              priority: 1.6,
            },
            { name: 'dexie', test: /node_modules[\\/]dexie[\\/]/, priority: 1.4 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: { port: 4173 },
});
