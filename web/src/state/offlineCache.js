// The last chat, questions and channels, kept in localStorage so that the app opened without a
// network shows what was there (marked as offline). It is restored only when the browser is
// offline at start: online, the server's snapshot is the truth (deletions included).

import { rankedQuestions } from './selectors.js';

const KEY = 'mellchat.lastSeen';
const MAX_MESSAGES = 150;
const MAX_QUESTIONS = 50;

const configKey = (config) => `${config.stream}|${config.channels.join(',')}`;

export function saveLastSeen(state, config, storage = globalThis.localStorage) {
  try {
    const messages = state.messages.filter((m) => !m.deleted).slice(-MAX_MESSAGES);
    const questions = rankedQuestions(state.questions).slice(0, MAX_QUESTIONS);
    storage?.setItem(KEY, JSON.stringify({ key: configKey(config), savedAt: Date.now(), messages, questions, channels: Object.values(state.channels) }));
  } catch {
    // storage full or unavailable: the cache is only a convenience
  }
}

export function loadLastSeen(config, storage = globalThis.localStorage) {
  try {
    const saved = JSON.parse(storage?.getItem(KEY) || 'null');
    if (!saved || saved.key !== configKey(config)) return null;
    return saved;
  } catch {
    return null;
  }
}
