import { describe, expect, it, vi } from 'vitest';
import { backoffDelay, ChatSocket, wsUrl } from '../src/api/socket.js';
import { FrameBatcher } from '../src/state/batcher.js';

class FakeWS {
  static all = [];
  constructor(url) {
    this.url = url;
    this.readyState = 0;
    this.sent = [];
    FakeWS.all.push(this);
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(obj) {
    this.onmessage?.({ data: typeof obj === 'string' ? obj : JSON.stringify(obj) });
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({ code: 1006 });
  }
  send(s) {
    this.sent.push(s);
  }
  close() {
    this.readyState = 3;
  }
}

function manualTimers() {
  const pending = new Map();
  let id = 0;
  return {
    pending,
    setTimeout: (f, ms) => {
      pending.set(++id, { f, ms });
      return id;
    },
    clearTimeout: (i) => pending.delete(i),
    runAll() {
      const list = [...pending.entries()];
      pending.clear();
      for (const [, t] of list) t.f();
      return list.map(([, t]) => t.ms);
    },
  };
}

describe('wsUrl', () => {
  it('namesChannelsOrStreamAndTheResumeCursor', () => {
    const loc = { protocol: 'https:', host: 'chat.example:8443' };
    expect(wsUrl(loc, { channels: ['twitch:a', 'kick:b'] })).toBe('wss://chat.example:8443/ws?channels=twitch%3Aa%2Ckick%3Ab');
    expect(wsUrl({ protocol: 'http:', host: 'h' }, { stream: 'show', since: '2024-01-01T00:00:00Z' })).toBe(
      'ws://h/ws?stream=show&since=2024-01-01T00%3A00%3A00Z',
    );
    expect(wsUrl({ protocol: 'http:', host: 'h' })).toBe('ws://h/ws');
  });
});

describe('backoffDelay', () => {
  it('growsExponentiallyWithJitterUpToTheCap', () => {
    expect(backoffDelay(0, { random: () => 0 })).toBe(250);
    expect(backoffDelay(0, { random: () => 1 })).toBe(500);
    expect(backoffDelay(3, { random: () => 1 })).toBe(4000);
    expect(backoffDelay(40, { random: () => 1 })).toBe(30_000);
  });
});

describe('ChatSocket', () => {
  it('reconnectsWithBackoffAndResumesFromTheLastMessage', () => {
    FakeWS.all = [];
    const timers = manualTimers();
    const frames = [];
    const statuses = [];
    const reconnected = vi.fn();
    const s = new ChatSocket({
      url: (since) => `ws://h/ws${since ? `?since=${since}` : ''}`,
      onFrame: (f) => frames.push(f),
      onStatus: (st) => statuses.push(st),
      onReconnected: reconnected,
      WebSocketImpl: FakeWS,
      timers,
    }).start();
    const first = FakeWS.all[0];
    expect(first.url).toBe('ws://h/ws');
    first.open();
    first.receive({ type: 'message', data: [{ id: 'a', timestamp: '2024-01-01T12:00:01.500Z' }, { id: 'b', timestamp: '2024-01-01T12:00:02Z' }] });
    first.receive('not json {');
    first.receive({ type: 'message', data: { id: 'c', timestamp: '2024-01-01T12:00:01Z' } });
    expect(frames).toHaveLength(2);
    expect(s.badFrames).toBe(1);

    first.drop();
    expect(statuses.at(-1)).toBe('reconnecting');
    // the stable-connection timer and the retry are pending; only the retry reconnects
    timers.runAll();
    const second = FakeWS.all.at(-1);
    expect(second).not.toBe(first);
    expect(second.url).toBe('ws://h/ws?since=2024-01-01T11:59:52.000Z');
    second.open();
    expect(reconnected).toHaveBeenCalledTimes(1);
    expect(statuses).toEqual(['connecting', 'open', 'reconnecting', 'reconnecting', 'open']);

    second.receive({ type: 'message', cursor: 'opaque-42', data: [] });
    second.drop();
    timers.runAll();
    expect(FakeWS.all.at(-1).url).toBe('ws://h/ws?since=opaque-42');
    s.stop();
    expect(statuses.at(-1)).toBe('closed');
  });

  it('givesUpASilentSocketAndReconnects', () => {
    FakeWS.all = [];
    const timers = manualTimers();
    const s = new ChatSocket({ url: () => 'ws://h/ws', onFrame: () => {}, WebSocketImpl: FakeWS, timers, silenceMs: 60_000 }).start();
    const first = FakeWS.all[0];
    first.open();
    // the heartbeat re-arms the watchdog: one pending silence timer at a time
    first.receive({ type: 'heartbeat', ts: '2024-01-01T00:00:00Z' });
    const silence = [...timers.pending.entries()].filter(([, t]) => t.ms === 60_000);
    expect(silence).toHaveLength(1);
    silence[0][1].f();
    expect(first.readyState).toBe(3);
    // the retry is scheduled; running it opens a new socket
    const retries = [...timers.pending.entries()].filter(([, t]) => t.ms < 60_000 && t.ms !== 10_000);
    expect(retries).toHaveLength(1);
    retries[0][1].f();
    expect(FakeWS.all).toHaveLength(2);
    s.stop();
  });

  it('backsOffLongerAfterEachFailedAttempt', () => {
    FakeWS.all = [];
    const timers = manualTimers();
    const delays = [];
    const s = new ChatSocket({ url: () => 'ws://h/ws', onFrame: () => {}, WebSocketImpl: FakeWS, timers }).start();
    for (let i = 0; i < 4; i++) {
      FakeWS.all.at(-1).drop();
      delays.push(...timers.runAll());
    }
    expect(delays).toHaveLength(4);
    expect(delays[3]).toBeGreaterThan(delays[0]);
    expect(delays[3]).toBeGreaterThanOrEqual(2000);
    s.stop();
  });
});

describe('FrameBatcher', () => {
  it('dispatchesAllFramesOfOneAnimationFrameTogether', () => {
    const dispatched = [];
    let cb = null;
    let clock = 1000;
    const b = new FrameBatcher((a) => dispatched.push(a), { raf: (f) => ((cb = f), 1), caf: () => {}, maxDelay: 10_000, minInterval: 50, now: () => clock });
    for (let i = 0; i < 500; i++) b.push({ type: 'message', data: [{ id: `m${i}` }] });
    expect(dispatched).toHaveLength(0);
    cb();
    expect(dispatched).toHaveLength(1);
    expect(dispatched[0].frames).toHaveLength(500);
    // the next animation frame comes 16 ms later: too soon, the batch waits for a later one
    b.push({ type: 'message', data: [{ id: 'late' }] });
    clock += 16;
    cb();
    expect(dispatched).toHaveLength(1);
    clock += 40;
    cb();
    expect(dispatched).toHaveLength(2);
    b.dispose();
  });

  it('flushesOnATimerWhenAnimationFramesStop', async () => {
    vi.useFakeTimers();
    try {
      const dispatched = [];
      const b = new FrameBatcher((a) => dispatched.push(a), { raf: () => 1, caf: () => {}, maxDelay: 250 });
      b.push({ type: 'stats', data: {} });
      vi.advanceTimersByTime(260);
      expect(dispatched).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
