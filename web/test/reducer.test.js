import { describe, expect, it } from 'vitest';
import { initialState, MAX_MESSAGES, MAX_QUESTIONS, reducer } from '../src/state/reducer.js';
import { categoryMix, perMinute, rankedQuestions, visibleMessages } from '../src/state/selectors.js';
import { message, question } from './helpers.jsx';

const frames = (state, ...f) => reducer(state, { type: 'FRAMES', frames: f });

describe('reducer: message frames', () => {
  it('appendsBatchedMessagesInArrivalOrder', () => {
    const a = message();
    const b = message();
    const c = message();
    const s = frames(initialState(), { type: 'message', data: [a, b] }, { type: 'message', data: c });
    expect(s.messages.map((m) => m.id)).toEqual([a.id, b.id, c.id]);
    expect(s.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('dropsDuplicateIdsAndUpdatesTheKnownMessage', () => {
    const a = message();
    let s = frames(initialState(), { type: 'message', data: [a] });
    s = frames(s, { type: 'message', data: [{ ...a, upvotes: 4 }] });
    expect(s.messages).toHaveLength(1);
    expect(s.messages[0].upvotes).toBe(4);
  });

  it('ignoresMalformedMessagesAndUnknownFrames', () => {
    const s = frames(initialState(), { type: 'message', data: [null, 42, { no: 'id' }, message()] }, { type: 'bogus', data: {} }, null);
    expect(s.messages).toHaveLength(1);
  });

  it('capsRetainedMessagesKeepingTheNewest', () => {
    const batch = Array.from({ length: MAX_MESSAGES + 50 }, () => message());
    const s = frames(initialState(), { type: 'message', data: batch });
    expect(s.messages).toHaveLength(MAX_MESSAGES);
    expect(s.messages.at(-1).id).toBe(batch.at(-1).id);
    expect(s.messages[0].id).toBe(batch[50].id);
  });

  it('mergesSnapshotFramesInTimeOrder', () => {
    const live = message({ timestamp: '2024-01-01T12:00:10Z' });
    const newer = message({ timestamp: '2024-01-01T12:00:05Z' });
    const older = message({ timestamp: '2024-01-01T12:00:01Z' });
    let s = frames(initialState(), { type: 'message', data: [live] });
    // a snapshot lists history newest first
    s = frames(s, { type: 'message', snapshot: true, data: [newer, older] });
    expect(s.messages.map((m) => m.id)).toEqual([older.id, newer.id, live.id]);
  });

  it('sortsBackfilledHistoryByTime', () => {
    const late = message({ timestamp: '2024-01-01T12:00:10Z' });
    const early = message({ timestamp: '2024-01-01T12:00:01Z' });
    const s = reducer(initialState(), { type: 'BACKFILL_MESSAGES', items: [late, early] });
    expect(s.messages.map((m) => m.id)).toEqual([early.id, late.id]);
  });
});

describe('reducer: deleted frames', () => {
  it('flagsDeletedMessagesSoTheyAreRemovedFromView', () => {
    const a = message();
    const b = message();
    let s = frames(initialState(), { type: 'message', data: [a, b] });
    s = frames(s, { type: 'deleted', data: { platform: 'twitch', channel: 'pajlada', message_ids: [a.id] } });
    expect(s.messages.find((m) => m.id === a.id).deleted).toBe(true);
    const filters = { platforms: null, category: '', questionsOnly: false, search: '' };
    expect(visibleMessages(s.messages, filters, false).map((m) => m.id)).toEqual([b.id]);
    expect(visibleMessages(s.messages, filters, true).map((m) => m.id)).toEqual([a.id, b.id]);
  });

  it('flagsEveryMessageOfABannedUserInThatChannelOnly', () => {
    const x1 = message({ user_id: 'bad' });
    const x2 = message({ user_id: 'bad' });
    const elsewhere = message({ user_id: 'bad', channel: 'other' });
    const ok = message({ user_id: 'good' });
    let s = frames(initialState(), { type: 'message', data: [x1, x2, elsewhere, ok] });
    s = frames(s, { type: 'deleted', data: { platform: 'twitch', channel: 'pajlada', message_ids: [], user_id: 'bad' } });
    expect(s.messages.filter((m) => m.deleted).map((m) => m.id)).toEqual([x1.id, x2.id]);
  });

  it('aChatClearFlagsEveryEarlierMessageOfTheChannelAlsoThoseItDoesNotList', () => {
    const old = message();
    const recent = message();
    const elsewhere = message({ channel: 'other' });
    let s = frames(initialState(), { type: 'message', data: [old, recent, elsewhere] });
    s = frames(s, { type: 'deleted', data: { platform: 'twitch', channel: 'pajlada', message_ids: [recent.id], all: true } });
    expect(s.messages.filter((m) => m.deleted).map((m) => m.id)).toEqual([old.id, recent.id]);
    const after = message();
    s = frames(s, { type: 'message', data: [after] });
    expect(s.messages.find((m) => m.id === after.id).deleted).toBe(false);
  });

  it('aReloadDropsLinesDeletedWhileAwayWithinTheTimeItCovers', () => {
    const at = (sec, over = {}) => message({ timestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, sec)).toISOString(), ...over });
    const before = at(1);
    const gone = at(2);
    const kept = at(3);
    const elsewhere = at(2, { channel: 'other' });
    const newer = at(9);
    let s = frames(initialState(), { type: 'message', data: [before, gone, kept, elsewhere, newer] });
    // the reload returns the newest two of the channel: kept and a line the client had missed
    const missed = at(4);
    s = reducer(s, {
      type: 'BACKFILL_MESSAGES',
      items: [missed, kept],
      reconcile: { scope: { platform: 'twitch', channel: 'pajlada' }, limit: 2 },
    });
    const deleted = s.messages.filter((m) => m.deleted).map((m) => m.id);
    // two lines asked and two returned: they cover only 3 s to 4 s, where nothing is missing
    expect(deleted).toEqual([]);
    // lines received just before the reload may not be stored yet: left alone
    s = reducer(s, {
      type: 'BACKFILL_MESSAGES',
      items: [missed, kept],
      reconcile: { scope: { platform: 'twitch', channel: 'pajlada' }, limit: 200, receivedBefore: Date.now() - 5_000 },
    });
    expect(s.messages.filter((m) => m.deleted)).toEqual([]);
    s = reducer(s, {
      type: 'BACKFILL_MESSAGES',
      items: [missed, kept],
      reconcile: { scope: { platform: 'twitch', channel: 'pajlada' }, limit: 200, receivedBefore: Date.now() + 1 },
    });
    expect(s.messages.filter((m) => m.deleted).map((m) => m.id)).toEqual([before.id, gone.id]);
    expect(s.messages.find((m) => m.id === missed.id)).toBeTruthy();
    // a later copy from the server that is not deleted shows an inferred deletion was wrong
    s = frames(s, { type: 'message', data: [gone] });
    expect(s.messages.find((m) => m.id === gone.id).deleted).toBe(false);
    // a deletion a frame told stays
    s = frames(s, { type: 'deleted', data: { platform: 'twitch', channel: 'pajlada', message_ids: [gone.id] } });
    s = frames(s, { type: 'message', data: [gone] });
    expect(s.messages.find((m) => m.id === gone.id).deleted).toBe(true);
  });

  it('keepsTheQuestionsOfALongSessionBounded', () => {
    let s = initialState();
    const top = question({ upvotes: 50 });
    const hidden = question({ upvotes: 40 });
    s = frames(s, { type: 'question', data: top }, { type: 'question', data: hidden });
    s = frames(s, { type: 'deleted', data: { platform: 'twitch', channel: 'pajlada', message_ids: [], question_ids: [hidden.id] } });
    for (let i = 0; i < MAX_QUESTIONS + 300; i++) s = frames(s, { type: 'question', data: question({ upvotes: 0 }) });
    const n = Object.keys(s.questions).length;
    expect(n).toBeLessThanOrEqual(MAX_QUESTIONS + 200);
    expect(s.questions[top.id]).toBeTruthy();
    expect(s.questions[hidden.id]).toBeUndefined();
  });

  it('hidesQuestionsNamedByIdOrByTheirMessage', () => {
    const q1 = question();
    const q2 = question();
    let s = frames(initialState(), { type: 'question', data: q1 }, { type: 'question', data: q2 });
    s = frames(s, { type: 'deleted', data: { platform: 'twitch', channel: 'pajlada', message_ids: [q2.message_id], question_ids: [q1.id] } });
    expect(rankedQuestions(s.questions)).toEqual([]);
  });
});

describe('reducer: questions, upvotes, answered', () => {
  it('ranksTopByUpvotesPlusAsksAndReranksOnUpvoteFrames', () => {
    const a = question({ upvotes: 3 });
    const b = question({ upvotes: 1 });
    let s = frames(initialState(), { type: 'question', data: a }, { type: 'question', data: b });
    expect(rankedQuestions(s.questions, 'top').map((q) => q.id)).toEqual([a.id, b.id]);
    s = frames(s, { type: 'upvotes', data: [{ type: 'question', id: b.id, upvotes: 5, trending: 2.5 }] });
    expect(rankedQuestions(s.questions, 'top').map((q) => q.id)).toEqual([b.id, a.id]);
    expect(s.questions[b.id].trending).toBe(2.5);
  });

  it('sortsNewAndTrending', () => {
    const old = question({ timestamp: '2024-01-01T10:00:00Z', trending: 5 });
    const fresh = question({ timestamp: '2024-01-01T11:00:00Z', trending: 1 });
    const s = frames(initialState(), { type: 'question', data: old }, { type: 'question', data: fresh });
    expect(rankedQuestions(s.questions, 'new')[0].id).toBe(fresh.id);
    expect(rankedQuestions(s.questions, 'trending')[0].id).toBe(old.id);
  });

  it('countsMergedAsksInTheRanking', () => {
    const a = question({ upvotes: 2, asks: 1 });
    const b = question({ upvotes: 0, asks: 4 });
    const s = frames(initialState(), { type: 'question', data: a }, { type: 'question', data: b });
    expect(rankedQuestions(s.questions, 'top')[0].id).toBe(b.id);
  });

  it('movesAnsweredQuestionsToTheArchive', () => {
    const a = question();
    let s = frames(initialState(), { type: 'question', data: a });
    s = frames(s, { type: 'answered', data: { ...a, answered: true, answered_at: '2024-01-01T12:05:00Z' } });
    expect(rankedQuestions(s.questions, 'top', false)).toEqual([]);
    expect(rankedQuestions(s.questions, 'top', true).map((q) => q.id)).toEqual([a.id]);
  });

  it('updatesMessageUpvotes', () => {
    const m = message();
    let s = frames(initialState(), { type: 'message', data: [m] });
    s = frames(s, { type: 'upvotes', data: [{ type: 'message', id: m.id, upvotes: 7 }] });
    expect(s.messages[0].upvotes).toBe(7);
  });
});

describe('reducer: optimistic actions', () => {
  it('countsAnOptimisticVoteUntilTheServerCountIncludesIt', () => {
    const q = question({ upvotes: 2 });
    let s = frames(initialState(), { type: 'question', data: q });
    s = reducer(s, { type: 'VOTE_START', kind: 'question', id: q.id });
    expect(s.questions[q.id].upvotes).toBe(3);
    // a frame from before the vote was applied does not take it back
    s = frames(s, { type: 'upvotes', data: [{ type: 'question', id: q.id, upvotes: 2 }] });
    expect(s.questions[q.id].upvotes).toBe(3);
    s = frames(s, { type: 'upvotes', data: [{ type: 'question', id: q.id, upvotes: 4 }] });
    expect(s.questions[q.id].upvotes).toBe(4);
    expect(s.votes[q.id].state).toBe('done');
  });

  it('rollsBackAFailedVote', () => {
    const q = question({ upvotes: 2 });
    let s = frames(initialState(), { type: 'question', data: q });
    s = reducer(s, { type: 'VOTE_START', kind: 'question', id: q.id });
    s = reducer(s, { type: 'VOTE_FAILED', kind: 'question', id: q.id, error: { status: 500, detail: 'boom' } });
    expect(s.questions[q.id].upvotes).toBe(2);
    expect(s.votes[q.id]).toBeUndefined();
    expect(s.errors).toHaveLength(1);
  });

  it('takesBackTheIncrementOfADuplicateVoteButKeepsItMarked', () => {
    const q = question({ upvotes: 2 });
    let s = frames(initialState(), { type: 'question', data: q });
    s = reducer(s, { type: 'VOTE_START', kind: 'question', id: q.id });
    s = reducer(s, { type: 'VOTE_DONE', kind: 'question', id: q.id, duplicate: true });
    expect(s.questions[q.id].upvotes).toBe(2);
    expect(s.votes[q.id].state).toBe('duplicate');
  });

  it('rollsBackAFailedAnswer', () => {
    const q = question();
    let s = frames(initialState(), { type: 'question', data: q });
    s = reducer(s, { type: 'ANSWER_START', id: q.id, answered: true });
    expect(s.questions[q.id].answered).toBe(true);
    s = reducer(s, { type: 'ANSWER_FAILED', id: q.id, answered: true, error: { status: 403, detail: 'no' } });
    expect(s.questions[q.id].answered).toBe(false);
    expect(s.pending[q.id]).toBeUndefined();
  });
});

describe('reducer: channels and stats', () => {
  it('upsertsChannelStatusFrames', () => {
    let s = reducer(initialState(), { type: 'SET_CHANNELS', items: [{ platform: 'kick', channel: 'xqc', status: 'connecting' }] });
    s = frames(s, { type: 'channel', data: { platform: 'kick', channel: 'xqc', status: 'error', status_detail: 'set the chatroom id' } });
    expect(s.channels['kick:xqc']).toMatchObject({ status: 'error', status_detail: 'set the chatroom id' });
    s = reducer(s, { type: 'CHANNEL_REMOVED', platform: 'kick', channel: 'xqc' });
    expect(s.channels).toEqual({});
  });

  it('aggregatesStatsWindowsPerMinuteAndPlatform', () => {
    const w = (platform, channel, start, messages, chatters, categories = {}) => ({
      window_start: start,
      window_end: new Date(Date.parse(start) + 30_000).toISOString(),
      stream: 'default',
      platform,
      channel,
      messages,
      questions: 1,
      unique_chatters: chatters,
      upvotes: 0,
      categories,
    });
    const s = frames(
      initialState(),
      { type: 'stats', data: w('twitch', 'a', '2024-01-01T12:00:00Z', 10, 4, { question: 1, general: 9 }) },
      { type: 'stats', data: w('twitch', 'a', '2024-01-01T12:00:30Z', 5, 3, { general: 5 }) },
      { type: 'stats', data: w('kick', 'b', '2024-01-01T12:00:00Z', 7, 2) },
      // a window sent again replaces the first copy
      { type: 'stats', data: w('kick', 'b', '2024-01-01T12:00:00Z', 8, 2) },
    );
    const { minutes, series } = perMinute(s.stats, 5);
    expect(minutes).toHaveLength(5);
    expect(series.twitch.at(-1)).toMatchObject({ messages: 15, questions: 2, chatters: 4 });
    expect(series.kick.at(-1)).toMatchObject({ messages: 8 });
    expect(categoryMix(s.stats)).toEqual([
      ['general', 14],
      ['question', 1],
    ]);
  });

  it('uses the 1-minute windows when the job sends 10-second windows too', () => {
    const w = (platform, start, ms, messages) => ({
      window_start: start,
      window_end: new Date(Date.parse(start) + ms).toISOString(),
      stream: 'default',
      platform,
      channel: 'c',
      messages,
      questions: 0,
      unique_chatters: 1,
      upvotes: 0,
      categories: { general: messages },
    });
    const s = frames(
      initialState(),
      { type: 'stats', data: w('twitch', '2024-01-01T12:00:00Z', 60_000, 12) },
      { type: 'stats', data: w('twitch', '2024-01-01T12:00:00Z', 10_000, 5) },
      { type: 'stats', data: w('twitch', '2024-01-01T12:00:10Z', 10_000, 7) },
      { type: 'stats', data: w('*', '2024-01-01T12:00:00Z', 60_000, 12) },
      { type: 'stats', data: w('*', '2024-01-01T12:00:00Z', 10_000, 5) },
    );
    expect(perMinute(s.stats, 2).series.twitch.at(-1)).toMatchObject({ messages: 12 });
    expect(categoryMix(s.stats)).toEqual([['general', 12]]);
  });
});
