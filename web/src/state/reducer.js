// The application state: one reducer over the live frames of /ws and the REST snapshots.
// Chat text stays a plain string here; it is rendered as React text nodes only.

import { rankedQuestions } from './selectors.js';

/** How many chat messages are kept; older ones are dropped (the REST history has them). */
export const MAX_MESSAGES = 1500;
// questions kept in a long session: the open ones that rank highest, then the latest answered
// (hidden ones go first); pruned in steps, so that most frames cost nothing extra
export const MAX_QUESTIONS = 1000;
const QUESTIONS_SLACK = 200;
/** How long stats windows are kept, relative to the newest window. */
export const STATS_RETENTION_MS = 2 * 60 * 60 * 1000;

export function initialState(overrides = {}) {
  return {
    messages: [], // oldest first, at most MAX_MESSAGES
    seq: 0, // arrival counter: each message gets the next number
    questions: {}, // id -> Question (+ hidden)
    channels: {}, // "platform:channel" -> Channel
    stats: {}, // window key -> stats window
    votes: {}, // item id -> { state: 'pending'|'done'|'duplicate', base }
    pending: {}, // item id -> 'hide' | 'answer' | 'unanswer'
    nowAnswering: null,
    socket: 'connecting', // connecting | open | reconnecting | closed
    online: true,
    auth: { token: null, role: 'anonymous', subject: null, source: null },
    errors: [], // recent action errors shown to the user
    ...overrides,
  };
}

const str = (v) => (typeof v === 'string' ? v : v == null ? '' : String(v));
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : Number(v) || 0);

/** A Message from the wire with its collections present and a numeric time `t`; null if unusable. */
export function normaliseMessage(m) {
  if (!m || typeof m !== 'object' || typeof m.id !== 'string' || !m.id) return null;
  const t = Date.parse(m.timestamp);
  const username = str(m.username);
  return {
    ...m,
    platform: str(m.platform),
    channel: str(m.channel),
    username,
    display_name: str(m.display_name) || username,
    message: str(m.message),
    kind: str(m.kind) || 'chat',
    badges: Array.isArray(m.badges) ? m.badges : [],
    emotes: Array.isArray(m.emotes) ? m.emotes : [],
    upvotes: num(m.upvotes),
    deleted: m.deleted === true,
    t: Number.isFinite(t) ? t : Date.now(),
  };
}

export function normaliseQuestion(q) {
  if (!q || typeof q !== 'object' || typeof q.id !== 'string' || !q.id) return null;
  const t = Date.parse(q.timestamp);
  return {
    ...q,
    question: str(q.question),
    username: str(q.username),
    display_name: str(q.display_name) || str(q.username),
    upvotes: num(q.upvotes),
    asks: Math.max(1, num(q.asks)),
    trending: num(q.trending),
    score: num(q.score),
    answered: q.answered === true,
    sources: Array.isArray(q.sources) ? q.sources : [],
    t: Number.isFinite(t) ? t : Date.now(),
  };
}

export const channelKey = (c) => `${c.platform}:${c.channel}`;
const windowKey = (w) =>
  `${w.stream ?? ''}|${w.platform}|${w.channel}|${w.window_start}|${w.window_end}`;

/** Live messages are appended in arrival order; a known id is updated in place. */
function addMessages(state, incoming, { sort = false } = {}) {
  if (!incoming.length) return state;
  let seq = state.seq;
  const messages = state.messages.slice();
  const index = new Map();
  messages.forEach((m, i) => index.set(m.id, i));
  let changed = false;
  for (const raw of incoming) {
    const m = normaliseMessage(raw);
    if (!m) continue;
    const i = index.get(m.id);
    if (i !== undefined) {
      const old = messages[i];
      // a deletion told by a frame stays; one only inferred by a reload (gone) yields to the server
      const deleted = old.gone ? m.deleted : old.deleted || m.deleted;
      messages[i] = { ...m, seq: old.seq, received: old.received, deleted };
    } else {
      m.seq = ++seq;
      m.received = Date.now();
      index.set(m.id, messages.length);
      messages.push(m);
    }
    changed = true;
  }
  if (!changed) return state;
  if (sort) messages.sort((a, b) => a.t - b.t || a.seq - b.seq);
  const kept = messages.length > MAX_MESSAGES ? messages.slice(-MAX_MESSAGES) : messages;
  return { ...state, messages: kept, seq };
}

/** The count to show for an item while the user's own vote may not have been counted yet. */
function withVote(state, id, serverCount) {
  const v = state.votes[id];
  if (v && v.state === 'pending' && serverCount <= v.base) return v.base + 1;
  return serverCount;
}

function upsertQuestion(state, raw) {
  const q = normaliseQuestion(raw);
  if (!q) return state;
  const old = state.questions[q.id];
  const upvotes = withVote(state, q.id, q.upvotes);
  const pending = { ...state.pending };
  if (pending[q.id] === 'answer' && q.answered) delete pending[q.id];
  if (pending[q.id] === 'unanswer' && !q.answered) delete pending[q.id];
  const questions = { ...state.questions, [q.id]: { ...q, upvotes, hidden: old?.hidden === true } };
  return { ...state, pending, questions: pruneQuestions(questions, state.nowAnswering) };
}

function pruneQuestions(questions, keepId) {
  const ids = Object.keys(questions);
  if (ids.length <= MAX_QUESTIONS + QUESTIONS_SLACK) return questions;
  const kept = {};
  let n = 0;
  const keep = (list) => {
    for (const q of list) {
      if (n >= MAX_QUESTIONS) return;
      kept[q.id] = q;
      n++;
    }
  };
  keep(rankedQuestions(questions, 'top', false));
  keep(rankedQuestions(questions, 'top', true));
  if (keepId && questions[keepId]) kept[keepId] = questions[keepId];
  return kept;
}

function applyUpvotes(state, items) {
  if (!Array.isArray(items)) items = [items];
  let questions = state.questions;
  let messages = state.messages;
  const votes = { ...state.votes };
  for (const u of items) {
    if (!u || typeof u.id !== 'string') continue;
    const count = num(u.upvotes);
    if (votes[u.id]?.state === 'pending' && count > votes[u.id].base) {
      votes[u.id] = { ...votes[u.id], state: 'done' };
    }
    if (u.type === 'message') {
      const i = messages.findIndex((m) => m.id === u.id);
      if (i >= 0) {
        if (messages === state.messages) messages = messages.slice();
        messages[i] = { ...messages[i], upvotes: withVote(state, u.id, count) };
      }
    } else {
      const q = questions[u.id];
      if (q) {
        if (questions === state.questions) questions = { ...questions };
        questions[u.id] = {
          ...q,
          upvotes: withVote(state, u.id, count),
          trending: u.trending == null ? q.trending : num(u.trending),
        };
      }
    }
  }
  return { ...state, questions, messages, votes };
}

function applyDeleted(state, d) {
  if (!d || typeof d !== 'object') return state;
  const ids = new Set(Array.isArray(d.message_ids) ? d.message_ids : []);
  const qids = new Set(Array.isArray(d.question_ids) ? d.question_ids : []);
  const user = d.user_id ? str(d.user_id) : null;
  // a chat clear (`all`) lists only the ids the job still remembers: it covers every earlier line
  // of the channel, and every line shown arrived before it
  const wholeChannel = d.all === true;
  const hit = (m) =>
    ids.has(m.id) ||
    ((wholeChannel || (user !== null && m.user_id === user)) && m.platform === d.platform && m.channel === d.channel);
  const messages = state.messages.map((m) => (!m.deleted && hit(m) ? { ...m, deleted: true } : m));
  let questions = state.questions;
  for (const q of Object.values(state.questions)) {
    if (!q.hidden && (qids.has(q.id) || ids.has(q.message_id))) {
      if (questions === state.questions) questions = { ...questions };
      questions[q.id] = { ...q, hidden: true };
    }
  }
  const pending = { ...state.pending };
  for (const id of ids) if (pending[id] === 'hide') delete pending[id];
  const nowAnswering =
    state.nowAnswering && questions[state.nowAnswering]?.hidden ? null : state.nowAnswering;
  return { ...state, messages, questions, pending, nowAnswering };
}

/**
 * After a reload of a scope's newest messages (deleted ones left out): a line shown within the time
 * they cover that is not among them was deleted meanwhile (while the socket was down, say), which no
 * frame will say any more. `scope` is `{platform, channel}` or `{stream}`, `limit` what was asked.
 */
function dropMissing(state, { scope, limit, receivedBefore = Infinity }, items) {
  const got = items.map(normaliseMessage).filter(Boolean);
  if (!got.length) return state;
  const ids = new Set(got.map((m) => m.id));
  const newest = Math.max(...got.map((m) => m.t));
  const oldest = got.length < limit ? -Infinity : Math.min(...got.map((m) => m.t));
  const inScope = (m) =>
    scope.stream !== undefined ? m.stream === scope.stream : m.platform === scope.platform && m.channel === scope.channel;
  let changed = false;
  const messages = state.messages.map((m) => {
    // only lines shown well before the reload: a line just shown may not be stored yet
    if (m.deleted || ids.has(m.id) || !inScope(m) || !(m.received < receivedBefore)) return m;
    if (m.t >= newest || m.t <= oldest) return m;
    changed = true;
    return { ...m, deleted: true, gone: true };
  });
  return changed ? { ...state, messages } : state;
}

function addStats(state, windows) {
  if (!Array.isArray(windows)) windows = [windows];
  const stats = { ...state.stats };
  let newest = 0;
  for (const w of windows) {
    if (!w || typeof w !== 'object' || !w.window_start) continue;
    const end = Date.parse(w.window_end || w.window_start);
    if (!Number.isFinite(end)) continue;
    stats[windowKey(w)] = { ...w, start: Date.parse(w.window_start), end };
  }
  for (const w of Object.values(stats)) newest = Math.max(newest, w.end);
  for (const [k, w] of Object.entries(stats)) {
    if (w.end < newest - STATS_RETENTION_MS) delete stats[k];
  }
  return { ...state, stats };
}

function upsertChannel(state, c) {
  if (!c || typeof c !== 'object' || !c.platform || !c.channel) return state;
  const key = channelKey(c);
  return { ...state, channels: { ...state.channels, [key]: { ...state.channels[key], ...c } } };
}

/** Applies one WebSocket frame `{type, data, ...}`; unknown types are ignored. */
export function applyFrame(state, frame) {
  if (!frame || typeof frame !== 'object') return state;
  const { data } = frame;
  switch (frame.type) {
    case 'message':
      // a snapshot (sent on subscribe and on resume) is history: it is merged in time order
      return addMessages(state, Array.isArray(data) ? data : [data], { sort: frame.snapshot === true });
    case 'question':
    case 'answered':
      return (Array.isArray(data) ? data : [data]).reduce(upsertQuestion, state);
    case 'upvotes':
      return applyUpvotes(state, data);
    case 'deleted':
      return applyDeleted(state, data);
    case 'stats':
      return addStats(state, data);
    case 'channel':
      return (Array.isArray(data) ? data : [data]).reduce(upsertChannel, state);
    default:
      return state;
  }
}

function pushError(state, error) {
  return { ...state, errors: [...state.errors.slice(-4), { id: state.seq + Math.random(), ...error }] };
}

export function reducer(state, action) {
  switch (action.type) {
    case 'FRAMES':
      return action.frames.reduce(applyFrame, state);
    case 'BACKFILL_MESSAGES': {
      const next = addMessages(state, action.items, { sort: true });
      return action.reconcile ? dropMissing(next, action.reconcile, action.items) : next;
    }
    case 'SET_QUESTIONS':
      return action.items.reduce(upsertQuestion, state);
    case 'SET_CHANNELS': {
      const channels = {};
      for (const c of action.items) if (c && c.platform && c.channel) channels[channelKey(c)] = c;
      return { ...state, channels };
    }
    case 'CHANNEL_REMOVED': {
      const channels = { ...state.channels };
      delete channels[channelKey(action)];
      return { ...state, channels };
    }
    case 'SET_STATS':
      return addStats(state, action.items);
    case 'SOCKET':
      return state.socket === action.status ? state : { ...state, socket: action.status };
    case 'ONLINE':
      return { ...state, online: action.online };
    case 'AUTH':
      return { ...state, auth: action.auth };
    case 'VOTE_START': {
      const current =
        action.kind === 'message'
          ? state.messages.find((m) => m.id === action.id)?.upvotes ?? 0
          : state.questions[action.id]?.upvotes ?? 0;
      const s = { ...state, votes: { ...state.votes, [action.id]: { state: 'pending', base: current } } };
      return bumpCount(s, action.kind, action.id, +1);
    }
    case 'VOTE_DONE': {
      const v = state.votes[action.id];
      if (!v) return state;
      if (action.duplicate) {
        // the server already had this voter's vote: nothing was added, take ours back
        const s = { ...state, votes: { ...state.votes, [action.id]: { ...v, state: 'duplicate' } } };
        return v.state === 'pending' ? bumpCount(s, action.kind, action.id, -1) : s;
      }
      return state;
    }
    case 'VOTE_FAILED': {
      const v = state.votes[action.id];
      if (!v) return state;
      const votes = { ...state.votes };
      delete votes[action.id];
      const s = { ...state, votes };
      const rolled = v.state === 'pending' ? bumpCount(s, action.kind, action.id, -1) : s;
      return pushError(rolled, action.error);
    }
    case 'ANSWER_START': {
      const q = state.questions[action.id];
      if (!q) return state;
      return {
        ...state,
        pending: { ...state.pending, [action.id]: action.answered ? 'answer' : 'unanswer' },
        questions: {
          ...state.questions,
          [action.id]: { ...q, answered: action.answered, answered_at: action.answered ? new Date().toISOString() : null },
        },
        nowAnswering: action.answered && state.nowAnswering === action.id ? null : state.nowAnswering,
      };
    }
    case 'ANSWER_FAILED': {
      const q = state.questions[action.id];
      const pending = { ...state.pending };
      delete pending[action.id];
      const questions = q ? { ...state.questions, [action.id]: { ...q, answered: !action.answered } } : state.questions;
      return pushError({ ...state, pending, questions }, action.error);
    }
    case 'HIDE_START':
      return { ...state, pending: { ...state.pending, [action.id]: 'hide' } };
    case 'HIDE_FAILED': {
      const pending = { ...state.pending };
      delete pending[action.id];
      return pushError({ ...state, pending }, action.error);
    }
    case 'NOW_ANSWERING':
      return { ...state, nowAnswering: action.id };
    case 'ERROR':
      return pushError(state, action.error);
    case 'DISMISS_ERROR':
      return { ...state, errors: state.errors.filter((e) => e.id !== action.id) };
    default:
      return state;
  }
}

function bumpCount(state, kind, id, delta) {
  if (kind === 'message') {
    const i = state.messages.findIndex((m) => m.id === id);
    if (i < 0) return state;
    const messages = state.messages.slice();
    messages[i] = { ...messages[i], upvotes: Math.max(0, messages[i].upvotes + delta) };
    return { ...state, messages };
  }
  const q = state.questions[id];
  if (!q) return state;
  return { ...state, questions: { ...state.questions, [id]: { ...q, upvotes: Math.max(0, q.upvotes + delta) } } };
}
