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
      // deleted lines stay visible, struck through, so the deletion is seen positively
      const showDeleted = page.getByRole('checkbox', { name: 'Show deleted' });
      await showDeleted.check();
      // scroll up a little: the chat pauses, so the line stays where it is while we act on it
      await page.locator('#chat-log').hover();
      await page.mouse.wheel(0, -60);
      await page.getByRole('button', { name: 'Jump to the latest messages' }).waitFor({ timeout: env.slowMs }).catch(() => {});
      // a line well inside the viewport (hovering it must not scroll the list)
      const id = await page.evaluate(() => {
        const log = document.getElementById('chat-log').getBoundingClientRect();
        for (let y = log.top + 40; y < log.bottom - 20; y += 10) {
          const line = document.elementFromPoint(log.left + 60, y)?.closest('.line');
          if (line && !line.matches('.deleted, .pending')) return line.getAttribute('data-id');
        }
        return null;
      });
      assert(id, 'no chat line in view to hide');
      const target = page.locator(`.chat-panel .line[data-id="${id}"]`);
      await target.hover();
      await target.getByRole('button', { name: 'Hide this message' }).click();
      await until(async () => (await target.getAttribute('class'))?.split(' ').includes('deleted'), 'the hidden line was not marked deleted (no deleted frame arrived)');
      assert((await target.locator('del').count()) === 1, 'the deleted line is not struck through');
      await screenshot(env, page.locator('.chat-panel'), 'chat-deleted-struck-through');
      await showDeleted.uncheck();
      await until(async () => (await target.count()) === 0, 'the deleted line is still shown without "Show deleted"');
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
