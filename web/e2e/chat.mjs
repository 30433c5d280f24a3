// The merged chat appears, with platform markers and authors, and every panel renders.
import { assert, screenshot, until } from './lib.mjs';

export default [
  {
    name: 'chat appears in the PWA from the live system',
    async run(env, { viewer }) {
      const { page } = viewer;
      await page.goto('/');
      await page.getByRole('heading', { name: 'Chat', exact: true }).waitFor();
      await until(async () => (await page.locator('.chat-panel .line').count()) >= 3, 'fewer than 3 chat lines appeared', { timeoutMs: env.slowMs });
      await until(async () => (await page.locator('.header .conn-open').count()) === 1, 'the WebSocket did not report live');
      const first = page.locator('.chat-panel .line').first();
      assert((await first.locator('.pmark').count()) === 1, 'a chat line has no platform marker');
      assert(((await first.locator('.author').textContent()) || '').trim().length > 0, 'a chat line has no author');
      assert((await page.locator('.chat-panel script, .chat-panel iframe').count()) === 0, 'chat text produced markup');

      await screenshot(env, page, 'main-view');
      await screenshot(env, page.locator('.header'), 'panel-header');
      await screenshot(env, page.locator('.chat-panel'), 'panel-chat');
      await screenshot(env, page.locator('.questions-panel'), 'panel-questions');
      await screenshot(env, page.locator('.connection-panel'), 'panel-connections');
      await until(async () => (await page.locator('.stats-panel polyline').count()) > 0 || (await page.locator('.stats-panel .bars li').count()) > 0, 'the stats charts never got data', { timeoutMs: 20_000 }).catch((e) =>
        env.log(`  note: ${e.message}`),
      );
      await screenshot(env, page.locator('.stats-panel'), 'panel-stats');
    },
  },
  {
    name: 'the phone layout shows one panel at a time',
    async run(env, { viewer }) {
      const { page } = viewer;
      await page.setViewportSize({ width: 390, height: 844 });
      try {
        await page.getByRole('button', { name: 'Questions', exact: true }).click();
        await page.locator('.questions-panel').waitFor({ state: 'visible' });
        assert(!(await page.locator('.chat-panel').isVisible()), 'the chat panel is still visible on the questions tab');
        await screenshot(env, page, 'phone-questions');
        await page.getByRole('button', { name: 'Chat', exact: true }).click();
        await page.locator('.chat-panel').waitFor({ state: 'visible' });
        await screenshot(env, page, 'phone-chat');
      } finally {
        await page.setViewportSize({ width: 1440, height: 900 });
      }
    },
  },
];
