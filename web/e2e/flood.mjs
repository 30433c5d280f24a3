// The chat stays smooth under a flood of 500 messages/s. The REST API is the real system's; only
// this page's /ws is routed to a load generator in the test (Playwright's routeWebSocket), since
// the replay does not reach that rate.
import { assert, screenshot, until } from './lib.mjs';

const RATE = Number(process.env.MELLCHAT_E2E_FLOOD_RATE || 500); // messages per second
const TICK_MS = 20; // one batched frame every 20 ms, as the job batches them
const SECONDS = 6;
const TEXTS = ['Kappa this is fine', 'what time does the stream end?', 'привет из Москвы', 'LUL LUL LUL', 'is the giveaway still on?', 'gg', '🔥🔥🔥 insane play'];

function frame(seq, count) {
  const now = Date.now();
  const data = [];
  for (let i = 0; i < count; i++) {
    const n = seq * count + i;
    const platform = ['twitch', 'youtube', 'kick'][n % 3];
    const text = TEXTS[n % TEXTS.length];
    data.push({
      id: `f1000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      platform,
      channel: `flood-${platform}`,
      stream: 'default',
      platform_message_id: `flood-${n}`,
      user_id: `u${n % 400}`,
      username: `chatter${n % 400}`,
      display_name: `Chatter${n % 400}`,
      message: text,
      timestamp: new Date(now).toISOString(),
      kind: n % 97 === 0 ? 'paid' : 'chat',
      amount: n % 97 === 0 ? { value: 5, currency: 'USD' } : null,
      badges: n % 7 === 0 ? [{ type: 'subscriber', version: '12' }] : [],
      color: ['#FF0000', '#1E90FF', '#00FF7F', ''][n % 4],
      emotes: text.startsWith('Kappa') ? [{ id: '25', name: 'Kappa', start: 0, end: 5 }] : [],
      category: text.includes('?') ? 'question' : 'general',
      confidence: 0.8,
      upvotes: 0,
      deleted: false,
    });
  }
  return JSON.stringify({ type: 'message', stream: 'default', platform: 'twitch', channel: 'flood-twitch', data });
}

export default [
  {
    name: 'the chat stays smooth at 500 messages per second',
    async run(env, { viewer }) {
      const page = await viewer.context.newPage();
      let timer = null;
      try {
        await page.routeWebSocket(/\/ws(\?|$)/, (ws) => {
          let seq = 0;
          const perTick = Math.round((RATE * TICK_MS) / 1000);
          const started = Date.now();
          timer = setInterval(() => {
            if (Date.now() - started > SECONDS * 1000) {
              clearInterval(timer);
              return;
            }
            ws.send(frame(seq++, perTick));
          }, TICK_MS);
        });
        await page.goto('/?lang=en');
        await page.getByRole('heading', { name: 'Chat', exact: true }).waitFor();
        const stats = await page.evaluate(
          (ms) =>
            new Promise((resolve) => {
              const gaps = [];
              let last = performance.now();
              const end = last + ms;
              const tick = (now) => {
                gaps.push(now - last);
                last = now;
                if (now < end) requestAnimationFrame(tick);
                else {
                  gaps.sort((a, b) => a - b);
                  resolve({ frames: gaps.length, p50: gaps[Math.floor(gaps.length * 0.5)], p95: gaps[Math.floor(gaps.length * 0.95)], max: gaps[gaps.length - 1] });
                }
              };
              requestAnimationFrame(tick);
            }),
          (SECONDS - 1) * 1000,
        );
        const rows = await page.locator('.chat-panel .line').count();
        env.log(`  ${stats.frames} animation frames in ${SECONDS - 1} s; frame gap p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms, max ${stats.max.toFixed(1)} ms; ${rows} rows in the DOM`);
        assert(rows > 10 && rows < 150, `the chat keeps ${rows} rows in the DOM (not virtualised?)`);
        // bounds that hold on a shared 2-core machine with software rendering: most frames on time
        // (30+ fps), and no stall long enough to notice
        assert(stats.p50 <= 34, `the page is janky under load: median frame gap ${stats.p50.toFixed(1)} ms`);
        assert(stats.p95 <= 200, `the page stalls under load: p95 frame gap ${stats.p95.toFixed(1)} ms`);
        await until(async () => (await page.locator('.chat-panel .line').last().textContent())?.length > 0, 'the newest line is empty');
        await screenshot(env, page.locator('.chat-panel'), 'chat-under-flood');
      } finally {
        clearInterval(timer);
        await page.close();
      }
    },
  },
];
