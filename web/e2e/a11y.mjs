// Accessibility scan of the live app with axe-core (labels, names, roles, colour contrast) in both
// themes, for a guest and for a moderator (whose view has more controls).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { assert, signIn, until } from './lib.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

async function scan(page) {
  // evaluated through the DevTools protocol: the app's CSP forbids inline scripts, rightly
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    // the chat moves while axe works: scan a still picture of it
    const result = await window.axe.run(document, { resultTypes: ['violations'], runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help}; e.g. ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${JSON.stringify(n.any[0]?.data ?? '')}`).join(' | ')}`);
  });
}

export default [
  {
    name: 'the app passes an accessibility scan (labels, roles, contrast) in both themes',
    async run(env, { viewer, moderator }) {
      const problems = [];
      for (const [who, b, theme] of [
        ['guest', viewer, 'light'],
        ['guest', viewer, 'dark'],
        ['moderator', moderator, 'dark'],
      ]) {
        const { page } = b;
        await page.goto(`/?theme=${theme}`);
        if (who === 'moderator' && !(await page.getByRole('button', { name: 'Sign out' }).count())) await signIn(page, env.moderatorToken);
        await until(async () => (await page.locator('.chat-panel .line').count()) >= 3, 'no chat lines to scan', { timeoutMs: env.slowMs });
        for (const p of await scan(page)) problems.push(`${who}/${theme}: ${p}`);
      }
      for (const p of problems) env.log(`  ${p}`);
      assert(problems.length === 0, `${problems.length} serious accessibility problem(s)`);
    },
  },
];
