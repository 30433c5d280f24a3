// Chat text for display: split around emotes by their UTF-16 offsets, with hostile text tamed
// (stacked combining marks clamped, very long lines shortened). The result is data for React to
// render as text nodes and <img> elements; no HTML is ever built from chat text.

/** Lines longer than this (UTF-16 units) are shortened for display. */
export const MAX_DISPLAY_CHARS = 1000;
const MAX_MARKS = 2;
const MARK_RUN = /(\p{M}{3,})/gu;

/** Keeps at most two combining marks in a row ("zalgo" text would otherwise cover other lines). */
export function clampMarks(s) {
  return s.replace(MARK_RUN, (run) => Array.from(run).slice(0, MAX_MARKS).join(''));
}

const SAFE_URL = /^https:\/\//i;

/** The image address of an emote: its own https url, else the platform's CDN address, else null. */
export function emoteUrl(emote, platform) {
  if (typeof emote.url === 'string' && SAFE_URL.test(emote.url)) return emote.url;
  const id = encodeURIComponent(String(emote.id ?? ''));
  if (!id) return null;
  if (platform === 'twitch') return `https://static-cdn.jtvnw.net/emoticons/v2/${id}/default/dark/1.0`;
  if (platform === 'kick') return `https://files.kick.com/emotes/${id}/fullsize`;
  return null;
}

/**
 * Segments of a message: { text } and { emote, url, alt } in order. Emotes with ranges outside
 * the text, overlapping an earlier emote, or empty are ignored (their text stays text).
 */
export function segments(message, emotes, platform, maxChars = MAX_DISPLAY_CHARS) {
  const text = typeof message === 'string' ? message : '';
  const limit = Math.min(text.length, maxChars);
  const valid = (Array.isArray(emotes) ? emotes : [])
    .filter(
      (e) =>
        e && Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end > e.start && e.end <= limit,
    )
    .sort((a, b) => a.start - b.start);
  const out = [];
  let pos = 0;
  for (const e of valid) {
    if (e.start < pos) continue; // overlaps the previous emote
    const url = emoteUrl(e, platform);
    if (!url) continue;
    if (e.start > pos) out.push({ text: clampMarks(text.slice(pos, e.start)) });
    const alt = text.slice(e.start, e.end) || String(e.name ?? '');
    out.push({ emote: e, url, alt });
    pos = e.end;
  }
  if (pos < limit) out.push({ text: clampMarks(text.slice(pos, safeCut(text, limit))) });
  if (text.length > limit) out.push({ truncated: text.length - limit });
  return out;
}

/** Does not cut a surrogate pair in half. */
function safeCut(text, at) {
  if (at < text.length && at > 0) {
    const c = text.charCodeAt(at - 1);
    if (c >= 0xd800 && c <= 0xdbff) return at - 1;
  }
  return at;
}
