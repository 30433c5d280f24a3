// Loads the REST snapshot and keeps the WebSocket open; frames go through the batcher.
import { useEffect } from 'react';
import { useActions } from './store.jsx';
import { ChatSocket, wsUrl } from '../api/socket.js';
import { FrameBatcher } from './batcher.js';
import { loadLastSeen, saveLastSeen } from './offlineCache.js';

function parseChannel(spec) {
  const i = spec.indexOf(':');
  return { platform: spec.slice(0, i).toLowerCase(), channel: spec.slice(i + 1).split('#')[0] };
}

/** Loads history, questions, channels and stats; failures are reported, not fatal. */
export async function loadSnapshot(api, dispatch, config, { includeDeleted = false } = {}) {
  // the live frames go on without a snapshot; a failed one is only logged
  const report = (what) => (e) => {
    console.warn(`MellChat: ${what} failed: ${e?.detail || e?.message || e}`);
    return [];
  };
  const chans = config.channels.map(parseChannel);
  const messageQueries = chans.length ? chans.map((c) => ({ ...c, limit: 200 })) : [{ ...(config.stream ? { stream: config.stream } : {}), limit: 200 }];
  if (includeDeleted) messageQueries.forEach((q) => (q.include_deleted = true));
  const streamParam = config.stream ? { stream: config.stream } : {};
  await Promise.all([
    api.channels().then((items) => dispatch({ type: 'SET_CHANNELS', items }), report('GET /channels')),
    ...messageQueries.map((q) =>
      api.messages(q).then((items) => dispatch({ type: 'BACKFILL_MESSAGES', items }), report('GET /messages')),
    ),
    api
      .questions({ ...streamParam, status: 'all', sort: 'top', limit: 200 })
      .then((items) => dispatch({ type: 'SET_QUESTIONS', items }), report('GET /questions')),
    (() => {
      // the job writes 1-minute and 10-second windows; the charts use the 1-minute ones
      const since = { ...streamParam, from: new Date(Date.now() - 60 * 60_000).toISOString(), window: '1m', limit: 1000 };
      return Promise.all([api.stats(since), api.stats({ ...since, by: 'channel' })]).then(
        ([stream, channels]) => dispatch({ type: 'SET_STATS', items: [...stream, ...channels] }),
        report('GET /stats'),
      );
    })(),
  ]);
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

  useEffect(() => {
    loadSnapshot(api, dispatch, config, { includeDeleted });
  }, [api, dispatch, config, includeDeleted]);

  useEffect(() => {
    const batcher = new FrameBatcher(dispatch);
    const socket = new ChatSocket({
      url: (since) => wsUrl(window.location, { channels: config.channels, stream: config.stream, since }),
      onFrame: (f) => batcher.push(f),
      onStatus: (status) => dispatch({ type: 'SOCKET', status }),
      onReconnected: () => loadSnapshot(api, dispatch, config),
    }).start();
    const online = () => socket.kick();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      socket.stop();
      batcher.dispose();
    };
  }, [api, dispatch, config]);
}
