import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app page is built into dist/assets with relative paths, as Zendesk serves it from the package.
export default defineConfig({
  root: 'src/ui',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../../dist/assets',
    emptyOutDir: true,
    rollupOptions: { input: 'src/ui/iframe.html' },
  },
});
