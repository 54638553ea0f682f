import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The renderer build. The output must run under a strict Content-Security-Policy
 * (script-src 'self'; styles only with the per-response nonce), so nothing may be inlined into
 * index.html: no module-preload polyfill, no inlined assets turned into <script> or <style>.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    // Fonts/images stay files: a data: URL would be fine for img-src/font-src, but keep one rule for all.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/, priority: 20 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
