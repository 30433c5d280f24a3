// The PWA is installable, its service worker installs, and the app shell loads offline.
import { assert, screenshot, until } from './lib.mjs';

export default [
  {
    name: 'the service worker installs and the app loads offline',
    async run(env, { viewer }) {
      const { page, context } = viewer;
      await page.goto('/');
      const scope = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        return reg.scope;
      });
      assert(scope.endsWith('/'), `unexpected service worker scope ${scope}`);
      await until(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the service worker does not control the page', { timeoutMs: 15_000 }).catch(async () => {
        await page.reload();
        await until(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the service worker does not control the page after a reload');
      });
      const cached = await page.evaluate(async () => {
        const names = await caches.keys();
        let n = 0;
        for (const name of names) n += (await (await caches.open(name)).keys()).length;
        return n;
      });
      assert(cached >= 4, `only ${cached} files are cached`);

      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert(installabilityErrors.length === 0, `not installable: ${JSON.stringify(installabilityErrors)}`);
      await cdp.detach();

      await until(async () => (await page.locator('.chat-panel .line').count()) >= 3, 'no chat before going offline', { timeoutMs: env.slowMs });
      await context.setOffline(true);
      try {
        await page.reload({ waitUntil: 'domcontentloaded' });
        await page.getByRole('heading', { name: 'MellChat' }).waitFor();
        await page.getByRole('heading', { name: 'Chat', exact: true }).waitFor();
        await until(async () => ((await page.locator('.header .conn').textContent()) || '').includes('Offline'), 'the app does not say it is offline');
        await until(async () => (await page.locator('.chat-panel .line').count()) >= 1, 'the last chat seen is not shown offline');
        await screenshot(env, page, 'offline-shell');
      } finally {
        await context.setOffline(false);
      }
      await until(async () => (await page.locator('.header .conn-open').count()) === 1, 'the app did not reconnect after going back online', { timeoutMs: env.slowMs });
    },
  },
];
