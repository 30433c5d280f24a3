// A question is upvoted (optimistically in the UI, applied by the job) and moves up the ranking;
// a moderator marks one answered and it moves to the archive for everyone.
import { api, assert, items, openQuestions, screenshot, signIn, until } from './lib.mjs';

const topValue = (q) => q.upvotes + q.asks;

export default [
  {
    name: 'a question is upvoted and re-ranks',
    async run(env, { viewer }) {
      const { page } = viewer;
      await page.goto('/');
      const list = await until(async () => {
        const l = await openQuestions(page);
        return l.length >= 2 ? l : null;
      }, 'fewer than 2 open questions appeared', { timeoutMs: env.slowMs });

      // the lowest number of votes that lifts a question above the one before it
      let pick = null;
      for (let i = 1; i < list.length; i++) {
        const needed = topValue(list[i - 1]) - topValue(list[i]) + 1;
        if (!pick || needed < pick.needed) pick = { ...list[i], index: i, needed };
      }
      assert(pick.needed <= 6, `every question needs more than 6 votes to move up (${pick.needed})`);
      env.log(`  upvoting "${pick.text.slice(0, 60)}" at rank ${pick.index + 1}, ${pick.needed} vote(s) needed`);

      const item = page.locator(`.questions-panel .question[data-id="${pick.id}"]`);
      await item.locator('button.vote').click();
      // optimistic: counted and marked at once
      await until(async () => (await item.locator('button.vote').getAttribute('aria-pressed')) === 'true', 'the vote button did not turn on');
      const shown = Number(await item.locator('.vote .count').textContent());
      assert(shown >= pick.upvotes + 1, `the optimistic count is ${shown}, expected ${pick.upvotes + 1}`);

      // more voters through the API, each with their own viewer token
      for (let v = 1; v < pick.needed; v++) {
        const t = await api(env, 'POST', '/viewers');
        assert(t.status === 201 || t.status === 200, `POST /viewers answered ${t.status}: ${t.text}`);
        const r = await api(env, 'POST', `/questions/${pick.id}/upvote`, { token: t.json.token });
        assert(r.status === 202, `POST /questions/{id}/upvote answered ${r.status}: ${r.text}`);
      }
      await until(async () => {
        const now = await openQuestions(page);
        const i = now.findIndex((q) => q.id === pick.id);
        return i >= 0 && i < pick.index;
      }, `the question did not move above rank ${pick.index + 1}`);
      await until(async () => {
        const r = await api(env, 'GET', '/questions?status=open&sort=top&limit=200');
        const q = items(r.json).find((x) => x.id === pick.id);
        return q && q.upvotes >= pick.upvotes + pick.needed;
      }, 'the server does not count the votes');
      await screenshot(env, page.locator('.questions-panel'), 'questions-after-upvote');
    },
  },
  {
    name: 'a moderator answers a question',
    async run(env, { viewer, moderator }) {
      const { page } = moderator;
      await page.goto('/');
      await signIn(page, env.moderatorToken);
      await until(async () => (await page.locator('.account .role').textContent()) === 'moderator', 'the role shown is not moderator');
      const [first] = await until(async () => {
        const l = await openQuestions(page);
        return l.length ? l : null;
      }, 'no open question appeared', { timeoutMs: env.slowMs });
      const item = page.locator(`.questions-panel .q-list .question[data-id="${first.id}"]`);
      await item.getByRole('button', { name: 'Answer now' }).click();
      await until(async () => (await item.getAttribute('class')).includes('now'), 'the "now answering" highlight did not show');
      await screenshot(env, page.locator('.questions-panel'), 'questions-now-answering');
      await item.getByRole('button', { name: 'Answered', exact: true }).click();
      await until(async () => (await openQuestions(page)).every((q) => q.id !== first.id), 'the answered question stayed in the queue');

      // the job applied it: the REST API and another browser agree
      await until(async () => {
        const r = await api(env, 'GET', '/questions?status=answered&limit=200');
        return items(r.json).some((q) => q.id === first.id && q.answered);
      }, 'GET /questions?status=answered does not list the question');
      await until(async () => (await openQuestions(viewer.page)).every((q) => q.id !== first.id), 'a viewer still sees the answered question in the queue');
      await page.getByRole('button', { name: /^Answered \d+/ }).click();
      await page.locator(`.questions-panel .q-list .question[data-id="${first.id}"]`).waitFor();
      await screenshot(env, page.locator('.questions-panel'), 'questions-answered-archive');
      await page.getByRole('button', { name: /^Open \d+/ }).click();
    },
  },
];
