// What the page shows, from its URL:
//   /?channels=twitch:foo,kick:bar   /?stream=show   /?lang=ru
//   /?view=overlay&mode=chat|question&channels=…&stream=…&theme=transparent|dark|light&limit=12
const CHANNEL = /^(twitch|kick|youtube):[^,\s]{1,120}$/i;
const THEMES = ['transparent', 'dark', 'light'];

export function readConfig(search) {
  const p = new URLSearchParams(search || '');
  const overlay = p.get('view') === 'overlay';
  const channels = (p.get('channels') || '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => CHANNEL.test(s));
  const theme = THEMES.includes(p.get('theme')) ? p.get('theme') : overlay ? 'transparent' : null;
  const limit = Math.min(50, Math.max(1, parseInt(p.get('limit'), 10) || 12));
  return Object.freeze({
    view: overlay ? 'overlay' : 'app',
    mode: p.get('mode') === 'question' ? 'question' : 'chat',
    channels: Object.freeze(channels),
    stream: (p.get('stream') || '').slice(0, 100),
    theme,
    limit,
    lang: p.get('lang') || null,
  });
}
