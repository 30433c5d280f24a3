// The live connection to /ws: reconnects with capped exponential backoff and jitter, and resumes
// with `since=<cursor>` so nothing is lost across a reconnect: the `cursor` the server put on the
// last message frame if it sends one, else an ISO-8601 time RESUME_MARGIN_MS before the newest
// message seen (platforms deliver with different delays; the overlap is dropped by id in the
// reducer).

export const RESUME_MARGIN_MS = 10_000;
/** The server sends a heartbeat frame every 20 s on an idle connection; silence this long is a dead socket. */
export const SILENCE_MS = 60_000;

export function wsUrl(loc, { channels = [], stream = '', since = null } = {}) {
  const proto = loc.protocol === 'https:' ? 'wss:' : 'ws:';
  const params = new URLSearchParams();
  if (channels.length) params.set('channels', channels.join(','));
  else if (stream) params.set('stream', stream);
  if (since) params.set('since', since);
  const q = params.toString();
  return `${proto}//${loc.host}/ws${q ? `?${q}` : ''}`;
}

export function backoffDelay(attempt, { base = 500, cap = 30_000, random = Math.random } = {}) {
  const exp = Math.min(cap, base * 2 ** Math.min(attempt, 16));
  return Math.round(exp / 2 + random() * (exp / 2));
}

/**
 * `onFrame(frame)` gets every parsed frame; `onStatus(status)` gets connecting | open |
 * reconnecting | closed; `onReconnected()` runs after a connection that follows a lost one,
 * `onOpened()` after the first one.
 */
export class ChatSocket {
  constructor({ url, onFrame, onStatus = () => {}, onReconnected = () => {}, onOpened = () => {}, WebSocketImpl, timers, silenceMs = SILENCE_MS } = {}) {
    this.silenceMs = silenceMs;
    this.silenceTimer = null;
    this.url = url; // (since) => string
    this.onFrame = onFrame;
    this.onStatus = onStatus;
    this.onReconnected = onReconnected;
    this.onOpened = onOpened;
    this.WS = WebSocketImpl || globalThis.WebSocket;
    this.timers = timers || { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (t) => clearTimeout(t) };
    this.cursor = null;
    this.cursorTime = -Infinity;
    this.attempt = 0;
    this.everOpened = false;
    this.stopped = false;
    this.ws = null;
    this.retryTimer = null;
    this.stableTimer = null;
    this.badFrames = 0;
  }

  start() {
    this.stopped = false;
    this.connect();
    return this;
  }

  connect() {
    if (this.stopped) return;
    this.onStatus(this.everOpened ? 'reconnecting' : 'connecting');
    let ws;
    try {
      ws = new this.WS(this.url(this.cursor));
    } catch {
      this.scheduleRetry();
      return;
    }
    this.ws = ws;
    ws.onopen = () => {
      if (ws !== this.ws) return;
      const again = this.everOpened;
      this.everOpened = true;
      this.onStatus('open');
      // the attempt counter resets only once a connection stays up for a while
      this.stableTimer = this.timers.setTimeout(() => (this.attempt = 0), 10_000);
      this.watch(ws);
      if (again) this.onReconnected();
      else this.onOpened();
    };
    ws.onmessage = (ev) => {
      if (ws !== this.ws) return;
      this.watch(ws);
      let frame;
      try {
        frame = JSON.parse(ev.data);
      } catch {
        this.badFrames++;
        return;
      }
      if (!frame || typeof frame !== 'object') return;
      if (frame.type === 'error') console.warn(`MellChat: the server said: ${frame.detail || frame.error}`);
      this.track(frame);
      this.onFrame(frame);
    };
    ws.onclose = () => {
      if (ws !== this.ws) return;
      this.lost();
    };
    ws.onerror = () => {
      // onclose follows and schedules the retry
    };
  }

  /** (Re)arms the silence watchdog: a socket that says nothing for silenceMs is given up. */
  watch(ws) {
    this.timers.clearTimeout(this.silenceTimer);
    this.silenceTimer = this.timers.setTimeout(() => {
      if (ws !== this.ws) return;
      try {
        ws.close(4000, 'silent');
      } catch {
        // closing a dead socket may throw
      }
      this.lost();
    }, this.silenceMs);
  }

  lost() {
    this.ws = null;
    this.timers.clearTimeout(this.stableTimer);
    this.timers.clearTimeout(this.silenceTimer);
    if (!this.stopped) this.scheduleRetry();
  }

  track(frame) {
    if (frame.type !== 'message') return;
    if (frame.cursor != null) {
      this.cursor = String(frame.cursor);
      return;
    }
    const list = Array.isArray(frame.data) ? frame.data : [frame.data];
    for (const m of list) {
      const t = m && typeof m.timestamp === 'string' ? Date.parse(m.timestamp) : NaN;
      if (Number.isFinite(t) && !(t <= this.cursorTime)) {
        this.cursor = new Date(t - RESUME_MARGIN_MS).toISOString();
        this.cursorTime = t;
      }
    }
  }

  scheduleRetry() {
    if (this.stopped || this.retryTimer) return;
    this.onStatus('reconnecting');
    const delay = backoffDelay(this.attempt++);
    this.retryTimer = this.timers.setTimeout(() => {
      this.retryTimer = null;
      this.connect();
    }, delay);
  }

  /** Reconnects now (e.g. the browser came back online), skipping the backoff wait. */
  kick() {
    if (this.stopped) return;
    if (this.retryTimer) {
      this.timers.clearTimeout(this.retryTimer);
      this.retryTimer = null;
      this.connect();
    }
  }

  send(obj) {
    if (this.ws && this.ws.readyState === 1) this.ws.send(JSON.stringify(obj));
  }

  stop() {
    this.stopped = true;
    this.timers.clearTimeout(this.retryTimer);
    this.timers.clearTimeout(this.stableTimer);
    this.timers.clearTimeout(this.silenceTimer);
    this.retryTimer = null;
    const ws = this.ws;
    this.ws = null;
    if (ws) {
      try {
        ws.close(1000);
      } catch {
        // already closed
      }
    }
    this.onStatus('closed');
  }
}
