import { act, render } from '@testing-library/react';
import { vi } from 'vitest';
import { I18nContext, makeT } from '../src/i18n.js';
import { StoreProvider, useActions } from '../src/state/store.jsx';

let n = 0;
export function message(over = {}) {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    platform: 'twitch',
    channel: 'pajlada',
    stream: 'default',
    platform_message_id: `pm-${n}`,
    user_id: `u${n}`,
    username: `user${n}`,
    display_name: `User${n}`,
    message: `hello ${n}`,
    timestamp: new Date(Date.UTC(2024, 0, 1, 12, 0, n % 60)).toISOString(),
    kind: 'chat',
    badges: [],
    color: '#FF0000',
    emotes: [],
    category: 'general',
    confidence: 0.9,
    upvotes: 0,
    deleted: false,
    ...over,
  };
}

export function question(over = {}) {
  n++;
  return {
    id: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    message_id: `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    stream: 'default',
    platform: 'twitch',
    channel: 'pajlada',
    username: `asker${n}`,
    display_name: `Asker${n}`,
    question: `question number ${n}?`,
    timestamp: new Date(Date.UTC(2024, 0, 1, 12, 0, n % 60)).toISOString(),
    answered: false,
    answered_at: null,
    upvotes: 0,
    asks: 1,
    score: 1,
    trending: 0,
    sources: [{ platform: 'twitch', channel: 'pajlada' }],
    ...over,
  };
}

/** A fake REST client: every method is a vi.fn answering with empty data unless overridden. */
export function fakeApi(over = {}) {
  return {
    channels: vi.fn(async () => []),
    messages: vi.fn(async () => []),
    questions: vi.fn(async () => []),
    stats: vi.fn(async () => []),
    addChannel: vi.fn(async (platform, channel, stream) => ({ platform, channel, stream: stream || 'default', status: 'connecting' })),
    removeChannel: vi.fn(async () => null),
    upvote: vi.fn(async () => ({ accepted: true })),
    answer: vi.fn(async () => ({})),
    hide: vi.fn(async () => ({ accepted: true })),
    viewerToken: vi.fn(async () => null),
    ...over,
  };
}

/** A JWT-shaped token (unsigned; the client only reads the payload). */
export function token(payload) {
  const enc = (o) => Buffer.from(JSON.stringify(o), 'utf8').toString('base64url');
  return `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(payload)}.c2lnbmF0dXJl`;
}

export function authFor(role) {
  return { token: token({ sub: `${role}-1`, role }), role, subject: `${role}-1`, source: 'pasted', expired: false };
}

/**
 * Renders `ui` inside the store with a fake API. Returns the testing-library result plus
 * `frames(...f)`, which applies WebSocket frames as the batcher would, and `api`.
 */
export function renderWithStore(ui, { api = fakeApi(), makeApi, initial, lang = 'en' } = {}) {
  const ref = {};
  function Probe() {
    ref.actions = useActions();
    return null;
  }
  const result = render(
    <I18nContext.Provider value={{ lang, t: makeT(lang) }}>
      <StoreProvider makeApi={makeApi || (() => api)} initial={initial}>
        <Probe />
        {ui}
      </StoreProvider>
    </I18nContext.Provider>,
  );
  const frames = (...f) => act(() => ref.actions.dispatch({ type: 'FRAMES', frames: f }));
  return { ...result, api, frames, actions: () => ref.actions, state: () => ref.actions.getState() };
}
