// Shared helpers of the end-to-end tests: the system Chromium through playwright-core, fresh
// profiles, screenshots, and small polling helpers (no fixed sleeps).
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser with a fresh user-data-dir of its own; `close()` removes the profile. */
export async function openBrowser(env, { viewport = { width: 1440, height: 900 }, ...options } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'mellchat-e2e-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: env.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'en-US',
    baseURL: env.baseUrl,
    ...options,
  });
  context.setDefaultTimeout(env.timeoutMs);
  const page = context.pages()[0] || (await context.newPage());
  page.on('pageerror', (e) => env.log(`  page error: ${e.message}`));
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(env, target, name) {
  mkdirSync(env.screenshots, { recursive: true });
  const path = join(env.screenshots, `${name}.png`);
  await target.screenshot({ path });
  env.log(`  screenshot ${path}`);
  return path;
}

/** Polls `fn` until it returns a truthy value, or throws `message` after `timeoutMs`. */
export async function until(fn, message, { timeoutMs = 30_000, intervalMs = 250 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`${message} (waited ${timeoutMs} ms)${last ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** REST call against the system under test. */
export async function api(env, method, path, { token, body } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(new URL(`/api/v1${path}`, env.baseUrl), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: res.status, json, text };
}

export const items = (json) => (Array.isArray(json) ? json : json?.items || []);

/** Signs in through the UI by pasting the token. */
export async function signIn(page, token) {
  await page.getByRole('button', { name: 'Sign in' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Token').fill(token);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** The open questions in the order shown: [{ id, upvotes, asks }]. */
export async function openQuestions(page) {
  return page.$$eval('.questions-panel .q-list .question', (els) =>
    els.map((el) => {
      const asks = /(\d+)/.exec(el.querySelector('.asks')?.textContent || '');
      return {
        id: el.getAttribute('data-id'),
        upvotes: Number(el.querySelector('.vote .count')?.textContent || 0),
        asks: asks ? Number(asks[1]) : 1,
        text: el.querySelector('.q-text')?.textContent || '',
      };
    }),
  );
}
