// A moderator hides a chat line: the job flags it deleted and every browser removes it.
import { api, assert, items, screenshot, signIn, until } from './lib.mjs';

export default [
  {
    name: 'a deletion removes a message',
    async run(env, { moderator }) {
      const { page } = moderator;
      if (!(await page.getByRole('button', { name: 'Sign out' }).count())) {
        await page.goto('/');
        await signIn(page, env.moderatorToken);
      }
      await until(async () => (await page.locator('.chat-panel .line:not(.deleted)').count()) >= 3, 'no chat lines to moderate', { timeoutMs: env.slowMs });
      // scroll up a little: the chat pauses, so the line stays where it is while we act on it
      await page.locator('#chat-log').hover();
      await page.mouse.wheel(0, -60);
      const line = page.locator('.chat-panel .line:not(.deleted):not(.pending)').last();
      const id = await line.getAttribute('data-id');
      assert(id, 'the chat line has no id');
      const target = page.locator(`.chat-panel .line[data-id="${id}"]`);
      await target.hover();
      await target.getByRole('button', { name: 'Hide this message' }).click();
      await until(async () => (await target.count()) === 0, 'the hidden line is still shown (no deleted frame arrived)');
      await screenshot(env, page.locator('.chat-panel'), 'chat-after-deletion');

      await until(async () => {
        const r = await api(env, 'GET', '/messages?limit=200');
        return r.status === 200 && !items(r.json).some((m) => m.id === id);
      }, 'GET /messages still lists the hidden message');
      const withDeleted = await api(env, 'GET', '/messages?limit=200&include_deleted=true', { token: env.moderatorToken });
      if (withDeleted.status === 200) {
        const m = items(withDeleted.json).find((x) => x.id === id);
        assert(!m || m.deleted === true, 'the hidden message is not flagged deleted in the store');
      }
    },
  },
];
