// The OBS overlay: transparent, no controls, live chat lines; and the question view.
import { assert, screenshot, until } from './lib.mjs';

export default [
  {
    name: 'the overlay renders',
    async run(env, { viewer }) {
      const page = await viewer.context.newPage();
      try {
        await page.setViewportSize({ width: 600, height: 500 });
        await page.goto('/?view=overlay&mode=chat&theme=transparent&limit=8');
        await until(async () => (await page.locator('.ov-line').count()) >= 1, 'no chat line in the overlay', { timeoutMs: env.slowMs });
        const bg = await page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor]);
        assert(bg.every((c) => c === 'rgba(0, 0, 0, 0)' || c === 'transparent'), `the overlay background is not transparent: ${bg}`);
        assert((await page.locator('button, input, header').count()) === 0, 'the overlay shows controls');
        assert((await page.locator('.ov-line').count()) <= 8, 'the overlay shows more lines than limit=8');
        await page.screenshot({ path: `${env.screenshots}/overlay-chat-transparent.png`, omitBackground: true });

        await page.goto('/?view=overlay&mode=question&theme=dark');
        await until(async () => (await page.locator('.ov-question').count()) === 1, 'the question overlay shows no question', { timeoutMs: env.slowMs });
        await screenshot(env, page, 'overlay-question-dark');
      } finally {
        await page.close();
      }
    },
  },
];
