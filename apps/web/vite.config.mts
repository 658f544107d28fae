import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const api = 'http://localhost:3000';

export default defineConfig({
  root: projectRoot,
  plugins: [react()],
  resolve: { tsconfigPaths: true },
  build: {
    outDir: `${workspaceRoot}dist/apps/web`,
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 3 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib|zen-observable)/, priority: 2 },
            { name: 'ui', test: /node_modules[\\/](@mantine|@floating-ui|@tabler|react-transition-group|react-remove-scroll|clsx)/, priority: 2 },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|i18next-browser-languagedetector)[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: { '/graphql': api, '/health': api, '/api': api },
  },
  preview: { port: 4300, strictPort: true },
});
