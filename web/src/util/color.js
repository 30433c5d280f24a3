// Author colours come from the platforms (any colour a user picked); they are adjusted so the name
// keeps a contrast of at least 4.5:1 (WCAG AA) against the theme's background.

/** The backgrounds a name can sit on in each theme (page, panel, hover, paid highlight). */
export const BACKGROUNDS = {
  dark: ['#12141a', '#1a1d25', '#222632', '#3a2f0b'],
  light: ['#ffffff', '#f6f7fa', '#eceef4', '#fff4c8'],
};

export function parseHex(c) {
  if (typeof c !== 'string') return null;
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c.trim());
  if (!m) return null;
  let h = m[1];
  if (h.length === 3) h = h.replace(/./g, (x) => x + x);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
}

export const toHex = (rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

function channel(v) {
  const s = v / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance(rgb) {
  return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}

export function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** A stable colour for authors without one, from their name. */
export function colourFromName(name) {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  const hue = h % 360;
  return hslToRgb(hue / 360, 0.65, 0.55);
}

function hslToRgb(h, s, l) {
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const f = (t) => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  return [f(h + 1 / 3), f(h), f(h - 1 / 3)].map((v) => v * 255);
}

const cache = new Map();

/** The author's colour (or one derived from the name), moved toward white or black until readable. */
export function readableColour(colour, name, theme = 'dark', minRatio = 4.5) {
  const key = `${colour}|${colour ? '' : name}|${theme}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const bgs = (BACKGROUNDS[theme] || BACKGROUNDS.dark).map(parseHex);
  let rgb = parseHex(colour) || colourFromName(String(name || ''));
  const target = theme === 'light' ? [0, 0, 0] : [255, 255, 255];
  const worst = (c) => Math.min(...bgs.map((bg) => contrast(c, bg)));
  for (let i = 0; i < 40 && worst(rgb) < minRatio; i++) {
    rgb = rgb.map((v, k) => v + (target[k] - v) * 0.12);
  }
  const out = toHex(rgb);
  if (cache.size > 5000) cache.clear();
  cache.set(key, out);
  return out;
}
