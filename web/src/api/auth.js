// Tokens: a pasted JWT (moderator, streamer, admin) or an automatic viewer token from
// POST /api/v1/viewers. The payload is decoded here only to show the role and adapt the UI;
// the server verifies every token.

const TOKEN_KEY = 'mellchat.token';
const VIEWER_KEY = 'mellchat.viewerToken';
export const ROLES = ['viewer', 'moderator', 'streamer', 'admin'];

function b64urlDecode(s) {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(s.length / 4) * 4, '=');
  const bin = atob(b64);
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The JWT payload, or null when the text is not a JWT. */
export function decodeJwt(token) {
  if (typeof token !== 'string') return null;
  const parts = token.trim().split('.');
  if (parts.length !== 3) return null;
  try {
    const payload = JSON.parse(b64urlDecode(parts[1]));
    return payload && typeof payload === 'object' ? payload : null;
  } catch {
    return null;
  }
}

/** The role a payload claims: `role`, the first known of `roles`, or a known word of `scope`. */
export function roleOf(payload) {
  if (!payload) return null;
  const candidates = [];
  if (typeof payload.role === 'string') candidates.push(payload.role);
  if (Array.isArray(payload.roles)) candidates.push(...payload.roles);
  if (typeof payload.scope === 'string') candidates.push(...payload.scope.split(/\s+/));
  // the strongest role named wins
  let best = null;
  for (const c of candidates) {
    const r = String(c).toLowerCase();
    if (ROLES.includes(r) && (best === null || ROLES.indexOf(r) > ROLES.indexOf(best))) best = r;
  }
  return best;
}

export function isExpired(payload, now = Date.now()) {
  return Boolean(payload && typeof payload.exp === 'number' && payload.exp * 1000 <= now + 30_000);
}

/** Auth state for a token: { token, role, subject, expired }. */
export function describeToken(token, source) {
  const payload = decodeJwt(token);
  return {
    token,
    role: roleOf(payload) || 'viewer',
    subject: payload?.sub ? String(payload.sub) : null,
    expired: isExpired(payload),
    source,
  };
}

export const anonymous = { token: null, role: 'anonymous', subject: null, source: null };

const store = () => {
  try {
    return globalThis.localStorage || null;
  } catch {
    return null;
  }
};

/** The auth state kept from an earlier visit: a pasted token first, then a viewer token. */
export function loadAuth() {
  const ls = store();
  const pasted = ls?.getItem(TOKEN_KEY);
  if (pasted) {
    const a = describeToken(pasted, 'pasted');
    if (!a.expired) return a;
    ls.removeItem(TOKEN_KEY);
  }
  const viewer = ls?.getItem(VIEWER_KEY);
  if (viewer) {
    const a = describeToken(viewer, 'viewer');
    if (!a.expired) return a;
    ls.removeItem(VIEWER_KEY);
  }
  return anonymous;
}

export function savePasted(token) {
  store()?.setItem(TOKEN_KEY, token);
  return describeToken(token, 'pasted');
}

export function saveViewer(token) {
  store()?.setItem(VIEWER_KEY, token);
  return describeToken(token, 'viewer');
}

/** Signs out of a pasted token; the viewer token (if any) is used again. */
export function signOut() {
  store()?.removeItem(TOKEN_KEY);
  return loadAuth();
}

const RANK = { anonymous: 0, viewer: 1, moderator: 2, streamer: 3, admin: 4 };
export const can = {
  vote: () => true, // anyone: a viewer token is fetched on the first vote
  moderate: (role) => RANK[role] >= RANK.moderator,
  manageChannels: (role) => RANK[role] >= RANK.streamer,
  shortcuts: (role) => RANK[role] >= RANK.moderator,
};
