// Loads the REST snapshot and keeps the WebSocket open; frames go through the batcher.
import { useEffect, useRef } from 'react';
import { useActions } from './store.jsx';
import { ChatSocket, wsUrl } from '../api/socket.js';
import { FrameBatcher } from './batcher.js';
import { loadLastSeen, saveLastSeen } from './offlineCache.js';

function parseChannel(spec) {
  const i = spec.indexOf(':');
  return { platform: spec.slice(0, i).toLowerCase(), channel: spec.slice(i + 1).split('#')[0] };
}

/**
 * What the socket is subscribed to, as REST filters: each channel given, and the stream given (a
 * client that names neither gets stream `default`, as the server subscribes it).
 */
export function snapshotScopes(config) {
  const scopes = config.channels.map(parseChannel);
  const stream = config.stream || (scopes.length ? null : 'default');
  if (stream) scopes.push({ stream });
  return scopes;
}

/** Loads history, questions, channels and stats; failures are reported, not fatal. */
// a reload only reconciles lines received this long before it: a line shown live may reach
// PostgreSQL up to a JDBC batch interval later, so it may not be in the reload yet
const RECONCILE_MARGIN_MS = 5_000;

export async function loadSnapshot(api, dispatch, config, { includeDeleted = false, reconcile = false, reconcileBefore = 0 } = {}) {
  // the live frames go on without a snapshot; a failed one is only logged (and loaded again once
  // the socket connects: see useLiveData)
  let complete = true;
  const report = (what) => (e) => {
    complete = false;
    console.warn(`MellChat: ${what} failed: ${e?.detail || e?.message || e}`);
    return [];
  };
  // only what the socket will keep up to date: other channels' items would never change
  const scopes = snapshotScopes(config);
  const all = (calls) => Promise.all(calls).then((lists) => lists.flat());
  // the job writes 1-minute and 10-second windows; the charts use the 1-minute ones
  const statsSince = { from: new Date(Date.now() - 60 * 60_000).toISOString(), window: '1m', limit: 1000 };
  await Promise.all([
    api.channels().then((items) => dispatch({ type: 'SET_CHANNELS', items }), report('GET /channels')),
    ...scopes.map((s) =>
      api.messages({ ...s, limit: 200, ...(includeDeleted ? { include_deleted: true } : {}) }).then(
        (items) =>
          dispatch({
            type: 'BACKFILL_MESSAGES',
            items,
            // a reload drops lines deleted while away (a moderator's list flags them itself)
            ...(reconcile && !includeDeleted ? { reconcile: { scope: s, limit: 200, receivedBefore: reconcileBefore } } : {}),
          }),
        report('GET /messages'),
      ),
    ),
    all(scopes.map((s) => api.questions({ ...s, status: 'all', sort: 'top', limit: 200 }))).then(
      (items) => dispatch({ type: 'SET_QUESTIONS', items }),
      report('GET /questions'),
    ),
    all(
      scopes.flatMap((s) =>
        s.stream ? [api.stats({ ...s, ...statsSince }), api.stats({ ...s, ...statsSince, by: 'channel' })] : [api.stats({ ...s, ...statsSince })],
      ),
    ).then((items) => dispatch({ type: 'SET_STATS', items }), report('GET /stats')),
  ]);
  return complete;
}

export function useLiveData(config, { includeDeleted = false, keepLastSeen = false } = {}) {
  const { api, dispatch, getState } = useActions();
  useEffect(() => {
    if (!keepLastSeen) return undefined;
    if (navigator.onLine === false) {
      const saved = loadLastSeen(config);
      if (saved) {
        dispatch({ type: 'SET_CHANNELS', items: saved.channels || [] });
        dispatch({ type: 'BACKFILL_MESSAGES', items: saved.messages || [] });
        dispatch({ type: 'SET_QUESTIONS', items: saved.questions || [] });
      }
    }
    const save = () => saveLastSeen(getState(), config);
    const every = setInterval(save, 30_000);
    const onHide = () => document.visibilityState === 'hidden' && save();
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      clearInterval(every);
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [config, dispatch, getState, keepLastSeen]);

  // the snapshot loaded at mount may fail (server down, page opened offline): it is loaded again
  // once the socket is open, whichever of the two comes first
  const live = useRef({ includeDeleted, opened: false, failed: false, reload: null, run: 0 });
  live.current.includeDeleted = includeDeleted; // read by reloads: toggling it keeps the socket
  useEffect(() => {
    const run = ++live.current.run;
    live.current.failed = false;
    loadSnapshot(api, dispatch, config, { includeDeleted }).then((ok) => {
      if (run !== live.current.run) return; // a later load took over
      live.current.failed = !ok;
      if (!ok && live.current.opened) live.current.reload?.();
    });
  }, [api, dispatch, config, includeDeleted]);

  useEffect(() => {
    const batcher = new FrameBatcher(dispatch);
    const l = live.current;
    const reload = () =>
      loadSnapshot(api, dispatch, config, { includeDeleted: l.includeDeleted, reconcile: true, reconcileBefore: Date.now() - RECONCILE_MARGIN_MS });
    l.opened = false;
    l.reload = () => {
      l.failed = false;
      return reload();
    };
    const socket = new ChatSocket({
      url: (since) => wsUrl(window.location, { channels: config.channels, stream: config.stream, since }),
      onFrame: (f) => batcher.push(f),
      onStatus: (status) => dispatch({ type: 'SOCKET', status }),
      onReconnected: reload,
      onOpened: () => {
        l.opened = true;
        if (l.failed) l.reload();
      },
    }).start();
    const online = () => socket.kick();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      socket.stop();
      batcher.dispose();
      l.reload = null;
    };
  }, [api, dispatch, config]);
}
