// Derived views of the state: filtered chat, ranked questions, per-minute stats.

export const PLATFORMS = ['twitch', 'youtube', 'kick'];

/**
 * The chat lines to show. `filters`: { platforms: Set|null, category: ''|name, questionsOnly,
 * search }, `showDeleted`: a moderator who asked to see deleted lines (struck through).
 */
export function visibleMessages(messages, filters, showDeleted) {
  const search = (filters.search || '').trim().toLocaleLowerCase();
  const platforms = filters.platforms;
  return messages.filter((m) => {
    if (m.deleted && !showDeleted) return false;
    if (platforms && platforms.size && !platforms.has(m.platform)) return false;
    if (filters.questionsOnly && m.category !== 'question') return false;
    if (filters.category && m.category !== filters.category) return false;
    if (search) {
      const hay = `${m.message}\n${m.display_name}\n${m.username}`.toLocaleLowerCase();
      if (!hay.includes(search)) return false;
    }
    return true;
  });
}

const topValue = (q) => q.upvotes + q.asks;
const byTop = (a, b) => topValue(b) - topValue(a) || b.trending - a.trending || b.t - a.t;
const SORTS = {
  top: byTop,
  new: (a, b) => b.t - a.t,
  trending: (a, b) => b.trending - a.trending || byTop(a, b),
};

/** Questions of the queue (`answered` false) or of the archive, ranked by `sort`. */
export function rankedQuestions(questions, sort = 'top', answered = false) {
  const list = Object.values(questions).filter((q) => !q.hidden && q.answered === answered);
  if (answered) return list.sort((a, b) => (Date.parse(b.answered_at) || 0) - (Date.parse(a.answered_at) || 0));
  return list.sort(SORTS[sort] || byTop);
}

/** Top questions of the session, answered or not. */
export function topQuestions(questions, n = 5) {
  return Object.values(questions)
    .filter((q) => !q.hidden)
    .sort(byTop)
    .slice(0, n);
}

const MINUTE = 60_000;

/**
 * The windows the charts use: the 1-minute ones when there are any (the job also writes 10-second
 * windows for the live view, which would be counted twice), else whatever there is.
 */
function chartWindows(all) {
  const minute = all.filter((w) => w.end - w.start === MINUTE);
  return minute.length ? minute : all;
}

/**
 * Per-minute series per platform from the per-channel stats windows: for each platform an array
 * of { minute, messages, questions, chatters } over the last `minutes` minutes that have data.
 * Windows of the whole stream (platform "*") are left out here; they feed `categoryMix`.
 */
export function perMinute(stats, minutes = 30) {
  const windows = chartWindows(Object.values(stats).filter((w) => w.platform && w.platform !== '*'));
  if (!windows.length) return { minutes: [], series: {} };
  const newest = Math.max(...windows.map((w) => w.start));
  const first = Math.floor(newest / MINUTE) * MINUTE - (minutes - 1) * MINUTE;
  const axis = Array.from({ length: minutes }, (_, i) => first + i * MINUTE);
  const series = {};
  const chatters = {}; // platform -> minute -> channel -> max
  for (const w of windows) {
    const minute = Math.floor(w.start / MINUTE) * MINUTE;
    if (minute < first) continue;
    const s = (series[w.platform] ||= new Map(axis.map((m) => [m, { minute: m, messages: 0, questions: 0, chatters: 0 }])));
    const cell = s.get(minute);
    if (!cell) continue;
    cell.messages += Number(w.messages) || 0;
    cell.questions += Number(w.questions) || 0;
    const c = ((chatters[w.platform] ||= {})[minute] ||= {});
    c[w.channel] = Math.max(c[w.channel] || 0, Number(w.unique_chatters) || 0);
  }
  const out = {};
  for (const [platform, s] of Object.entries(series)) {
    out[platform] = [...s.values()].map((cell) => ({
      ...cell,
      chatters: Object.values(chatters[platform]?.[cell.minute] || {}).reduce((a, b) => a + b, 0),
    }));
  }
  return { minutes: axis, series: out };
}

/** Category counts summed over the windows kept (stream-wide windows if any, else per channel). */
export function categoryMix(stats) {
  const all = Object.values(stats);
  const streamWide = all.filter((w) => w.platform === '*');
  const windows = chartWindows(streamWide.length ? streamWide : all);
  const mix = {};
  for (const w of windows) {
    for (const [k, v] of Object.entries(w.categories || {})) mix[k] = (mix[k] || 0) + (Number(v) || 0);
  }
  return Object.entries(mix)
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1]);
}

/** The categories seen in the stats and the latest chat lines, for the category filter. */
export function knownCategories(messages, stats) {
  const set = new Set(['question']);
  for (let i = Math.max(0, messages.length - 200); i < messages.length; i++) if (messages[i].category) set.add(messages[i].category);
  for (const w of Object.values(stats)) for (const k of Object.keys(w.categories || {})) set.add(k);
  return [...set].sort();
}
