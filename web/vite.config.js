import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const OUT_DIR = 'target/classes/web';

function publicFiles(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? publicFiles(p, base) : ['/' + relative(base, p).split('\\').join('/')];
  });
}

/** Emits /sw.js with the list of built files to precache and a version derived from them. */
function serviceWorker() {
  return {
    name: 'mellchat-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = ['/', '/index.html', ...Object.keys(bundle).filter((f) => !f.endsWith('.map')).map((f) => `/${f}`), ...publicFiles('public')];
      const unique = [...new Set(files)].filter((f) => f !== '/sw.js');
      const hash = createHash('sha256');
      for (const [name, chunk] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        hash.update(name);
        hash.update(chunk.type === 'chunk' ? chunk.code : chunk.source);
      }
      const template = readFileSync('src/sw/sw-template.js', 'utf8');
      const source = template.replace('__VERSION__', hash.digest('hex').slice(0, 12)).replace('__PRECACHE__', JSON.stringify(unique));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig({
  plugins: [react(), serviceWorker()],
  // `npm run dev` talks to a MellChat started with ./mellchat run (MELLCHAT_DEV_BACKEND to change)
  server: {
    proxy: {
      '/api': process.env.MELLCHAT_DEV_BACKEND || 'http://127.0.0.1:8080',
      '/ws': { target: (process.env.MELLCHAT_DEV_BACKEND || 'http://127.0.0.1:8080').replace(/^http/, 'ws'), ws: true },
    },
  },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2020',
    chunkSizeWarningLimit: 300,
  },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{js,jsx}'],
    setupFiles: ['test/setup.js'],
    pool: 'threads',
    maxWorkers: 2,
  },
});
