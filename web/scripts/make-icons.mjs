// Renders public/icons/icon.svg into the PNG icons of the manifest with the system Chromium.
// Run by hand after changing the SVG: node scripts/make-icons.mjs
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'mellchat-icons-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await context.newPage();
  const render = async (size, file, { maskable = false } = {}) => {
    await page.setViewportSize({ width: size, height: size });
    const inner = maskable ? Math.round(size * 0.8) : size;
    await page.setContent(
      `<html><body style="margin:0;background:${maskable ? '#6d4aff' : 'transparent'};display:grid;place-items:center;height:100vh">` +
        `<img style="width:${inner}px;height:${inner}px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
    );
    await page.screenshot({ path: file, omitBackground: !maskable });
  };
  await render(192, 'public/icons/icon-192.png');
  await render(512, 'public/icons/icon-512.png');
  await render(512, 'public/icons/maskable-512.png', { maskable: true });
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
