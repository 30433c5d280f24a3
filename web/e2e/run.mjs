#!/usr/bin/env node
// End-to-end tests of the PWA in real headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core) against a running MellChat (serving + job + replay).
//
//   MELLCHAT_E2E_URL=http://127.0.0.1:8080 MELLCHAT_E2E_MODERATOR_TOKEN=… node e2e/run.mjs [name filter]
//
// Environment:
//   MELLCHAT_E2E_URL              base URL of the system under test (default http://127.0.0.1:8080)
//   MELLCHAT_E2E_MODERATOR_TOKEN  a moderator (or streamer/admin) token; if unset, `./mellchat token
//                                 --role moderator` is run at the repository root
//   MELLCHAT_E2E_CHROMIUM         the browser (default /usr/bin/chromium)
//   MELLCHAT_E2E_SCREENSHOTS      where screenshots go (default web/target/e2e-screenshots)
//   MELLCHAT_E2E_TIMEOUT_MS       default wait for one step (default 30000; data waits get 4x)
// Prints one line per test and ends with "N passed, N failed"; exits 1 when a test failed.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBrowser } from './lib.mjs';
import chat from './chat.mjs';
import questions from './questions.mjs';
import moderation from './moderation.mjs';
import overlay from './overlay.mjs';
import offline from './offline.mjs';
import flood from './flood.mjs';
import a11y from './a11y.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const log = (s) => console.log(s);

function moderatorToken() {
  if (process.env.MELLCHAT_E2E_MODERATOR_TOKEN) return process.env.MELLCHAT_E2E_MODERATOR_TOKEN.trim();
  const cli = join(repoRoot, 'mellchat');
  if (existsSync(cli)) {
    try {
      return execFileSync(cli, ['token', '--role', 'moderator', '--subject', 'e2e-moderator'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
    } catch (e) {
      log(`./mellchat token failed: ${e.message}`);
    }
  }
  return null;
}

const timeoutMs = Number(process.env.MELLCHAT_E2E_TIMEOUT_MS || 30_000);
const env = {
  baseUrl: (process.env.MELLCHAT_E2E_URL || 'http://127.0.0.1:8080').replace(/\/$/, ''),
  chromium: process.env.MELLCHAT_E2E_CHROMIUM || '/usr/bin/chromium',
  screenshots: resolve(process.env.MELLCHAT_E2E_SCREENSHOTS || join(here, '..', 'target', 'e2e-screenshots')),
  timeoutMs,
  slowMs: timeoutMs * 4,
  moderatorToken: null,
  log,
};

if (!existsSync(env.chromium)) {
  console.error(`${env.chromium} not found: install Debian's chromium package (apt-get install -y chromium) or set MELLCHAT_E2E_CHROMIUM`);
  process.exit(2);
}
try {
  const res = await fetch(env.baseUrl + '/');
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
} catch (e) {
  console.error(`MellChat is not reachable at ${env.baseUrl} (${e.message}): start it (./mellchat run) or set MELLCHAT_E2E_URL`);
  process.exit(2);
}
const filter = process.argv[2] ? process.argv[2].toLowerCase() : null;
const all = [...chat, ...questions, ...moderation, ...overlay, ...offline, ...flood, ...a11y].filter((t) => !filter || t.name.toLowerCase().includes(filter));
const needsModerator = (t) => /moderator|deletion|accessibility/.test(t.name);
if (all.some(needsModerator)) env.moderatorToken = moderatorToken();

const shared = {};
let passed = 0;
let failed = 0;
log(`MellChat e2e against ${env.baseUrl} with ${env.chromium}; screenshots in ${env.screenshots}`);
try {
  shared.viewer = await openBrowser(env);
  if (all.some(needsModerator)) shared.moderator = await openBrowser(env);
  for (const t of all) {
    const started = Date.now();
    try {
      if (needsModerator(t) && !env.moderatorToken) {
        throw new Error('no moderator token: set MELLCHAT_E2E_MODERATOR_TOKEN (./mellchat token --role moderator)');
      }
      await t.run(env, shared);
      passed++;
      log(`ok - ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      log(`not ok - ${t.name} (${Date.now() - started} ms): ${e.message}`);
      for (const [who, b] of Object.entries(shared)) {
        await b?.page
          ?.screenshot({ path: join(env.screenshots, `failure-${t.name.replace(/\W+/g, '-')}-${who}.png`) })
          .catch(() => {});
      }
    }
  }
} finally {
  for (const b of Object.values(shared)) await b?.close();
}
log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
