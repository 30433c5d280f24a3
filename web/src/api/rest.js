// A small client for REST /api/v1. Errors are thrown as ApiError with the server's
// {"error","detail"} body when there is one.

export class ApiError extends Error {
  constructor(status, error, detail) {
    super(detail ? `${error}: ${detail}` : error);
    this.status = status;
    this.error = error;
    this.detail = detail;
  }
}

/** `getToken()` returns the bearer token to send (a Promise or a value), or null. */
export function createApi({ base = '/api/v1', getToken = () => null, fetchImpl } = {}) {
  const doFetch = fetchImpl || ((...a) => globalThis.fetch(...a));

  async function request(method, path, { params, body, auth = false } = {}) {
    const url = new URL(base + path, globalThis.location?.origin || 'http://localhost');
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, String(v));
    }
    const headers = { Accept: 'application/json' };
    const token = await getToken(auth);
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res;
    try {
      res = await doFetch(url.pathname + url.search, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw new ApiError(0, 'network', e?.message || 'the server could not be reached');
    }
    const text = await res.text();
    let json = null;
    if (text) {
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
    }
    if (!res.ok) {
      throw new ApiError(res.status, json?.error || `HTTP ${res.status}`, json?.detail || '');
    }
    return json;
  }

  const items = (x) => (Array.isArray(x) ? x : Array.isArray(x?.items) ? x.items : []);

  return {
    request,
    channels: async () => items(await request('GET', '/channels')),
    addChannel: (platform, channel, stream) =>
      request('POST', '/channels', { body: stream ? { platform, channel, stream } : { platform, channel }, auth: true }),
    removeChannel: (platform, channel) =>
      request('DELETE', `/channels/${encodeURIComponent(platform)}/${encodeURIComponent(channel)}`, { auth: true }),
    messages: async (params) => items(await request('GET', '/messages', { params, auth: Boolean(params?.include_deleted) })),
    questions: async (params) => items(await request('GET', '/questions', { params })),
    stats: async (params) => items(await request('GET', '/stats', { params })),
    upvote: (kind, id) => request('POST', `/${kind === 'message' ? 'messages' : 'questions'}/${encodeURIComponent(id)}/upvote`, { auth: true }),
    answer: (id, answered) => request(answered ? 'POST' : 'DELETE', `/questions/${encodeURIComponent(id)}/answer`, { auth: true }),
    hide: (messageId) => request('POST', `/messages/${encodeURIComponent(messageId)}/hide`, { auth: true }),
    viewerToken: async () => (await request('POST', '/viewers'))?.token || null,
  };
}
