import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { QuestionsPanel } from '../src/components/QuestionsPanel.jsx';
import { ApiError, createApi } from '../src/api/rest.js';
import { authFor, fakeApi, question, renderWithStore, token } from './helpers.jsx';

const items = () => [...document.querySelectorAll('.q-list .question')];
const texts = () => items().map((li) => li.querySelector('.q-text').textContent);

describe('QuestionsPanel', () => {
  it('ranksQuestionsAndReranksOnLiveUpvotesAndAsks', () => {
    const a = question({ question: 'A?', upvotes: 2 });
    const b = question({ question: 'B?', upvotes: 1 });
    const { frames } = renderWithStore(<QuestionsPanel />);
    frames({ type: 'question', data: a }, { type: 'question', data: b });
    expect(texts()).toEqual(['A?', 'B?']);
    frames({ type: 'upvotes', data: [{ type: 'question', id: b.id, upvotes: 4, trending: 1 }] });
    expect(texts()).toEqual(['B?', 'A?']);
    frames({ type: 'question', data: { ...a, asks: 5 } });
    expect(texts()).toEqual(['A?', 'B?']);
    expect(within(items()[0]).getByText('asked 5 times')).toBeTruthy();
  });

  it('sortsByNewAndTrending', () => {
    const old = question({ question: 'old?', timestamp: '2024-01-01T10:00:00Z', upvotes: 9 });
    const hot = question({ question: 'hot?', timestamp: '2024-01-01T09:00:00Z', trending: 8 });
    const fresh = question({ question: 'fresh?', timestamp: '2024-01-01T11:00:00Z' });
    const { frames } = renderWithStore(<QuestionsPanel />);
    frames({ type: 'question', data: old }, { type: 'question', data: hot }, { type: 'question', data: fresh });
    fireEvent.click(screen.getByRole('button', { name: 'New' }));
    expect(texts()[0]).toBe('fresh?');
    fireEvent.click(screen.getByRole('button', { name: 'Trending' }));
    expect(texts()[0]).toBe('hot?');
    fireEvent.click(screen.getByRole('button', { name: 'Top' }));
    expect(texts()[0]).toBe('old?');
  });

  it('upvotesOptimisticallyOnceAndKeepsTheVote', async () => {
    const api = fakeApi();
    const q = question({ upvotes: 3 });
    const { frames } = renderWithStore(<QuestionsPanel />, { api, initial: { auth: authFor('viewer') } });
    frames({ type: 'question', data: q });
    const vote = screen.getByRole('button', { name: /^Upvote,/ });
    await act(async () => fireEvent.click(vote));
    expect(api.upvote).toHaveBeenCalledWith('question', q.id);
    const voted = screen.getByRole('button', { name: /^Upvoted,/ });
    expect(voted.getAttribute('aria-pressed')).toBe('true');
    expect(voted.disabled).toBe(true);
    expect(within(voted).getByText('4')).toBeTruthy();
    await act(async () => fireEvent.click(voted));
    expect(api.upvote).toHaveBeenCalledTimes(1);
  });

  it('rollsBackTheVoteWhenTheServerRefusesIt', async () => {
    let reject;
    const api = fakeApi({ upvote: vi.fn(() => new Promise((_, r) => (reject = r))) });
    const q = question({ upvotes: 3 });
    const { frames, state } = renderWithStore(<QuestionsPanel />, { api, initial: { auth: authFor('viewer') } });
    frames({ type: 'question', data: q });
    fireEvent.click(screen.getByRole('button', { name: /^Upvote,/ }));
    expect(within(items()[0]).getByText('4')).toBeTruthy();
    await act(async () => reject(new ApiError(429, 'rate limited', 'try again in 10 s')));
    expect(within(items()[0]).getByText('3')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Upvote,/ }).disabled).toBe(false);
    expect(state().errors[0].detail).toBe('try again in 10 s');
  });

  it('fetchesAViewerTokenOnTheFirstVoteAndSendsItAsBearer', async () => {
    const viewer = token({ sub: 'viewer:abc', role: 'viewer' });
    const requests = [];
    const fetchImpl = vi.fn(async (url, init) => {
      requests.push({ url, method: init.method, auth: init.headers.Authorization });
      if (url === '/api/v1/viewers') return new Response(JSON.stringify({ token: viewer }), { status: 201 });
      if (url.endsWith('/upvote')) return new Response(JSON.stringify({ accepted: true }), { status: 202 });
      return new Response('[]', { status: 200 });
    });
    const q = question();
    const { frames, state } = renderWithStore(<QuestionsPanel />, { makeApi: (getToken) => createApi({ getToken, fetchImpl }) });
    frames({ type: 'question', data: q });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Upvote,/ })));
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[0]).toMatchObject({ url: '/api/v1/viewers', method: 'POST' });
    expect(requests[1]).toMatchObject({ url: `/api/v1/questions/${q.id}/upvote`, method: 'POST', auth: `Bearer ${viewer}` });
    expect(state().auth).toMatchObject({ role: 'viewer', source: 'viewer' });
    expect(localStorage.getItem('mellchat.viewerToken')).toBe(viewer);
  });

  it('fetchesANewViewerTokenWhenTheOneOfTheSessionExpires', async () => {
    const soon = Math.floor(Date.now() / 1000) + 120;
    const first = token({ sub: 'viewer:old', role: 'viewer', exp: soon });
    const second = token({ sub: 'viewer:new', role: 'viewer', exp: soon + 3600 });
    const requests = [];
    const fetchImpl = vi.fn(async (url, init) => {
      requests.push({ url, auth: init.headers.Authorization });
      if (url === '/api/v1/viewers') return new Response(JSON.stringify({ token: second }), { status: 201 });
      if (url.endsWith('/upvote')) return new Response(JSON.stringify({ accepted: true }), { status: 202 });
      return new Response('[]', { status: 200 });
    });
    const q = question();
    const { frames } = renderWithStore(<QuestionsPanel />, {
      makeApi: (getToken) => createApi({ getToken, fetchImpl }),
      initial: { auth: { token: first, role: 'viewer', subject: 'viewer:old', expired: false, source: 'viewer' } },
    });
    frames({ type: 'question', data: q });
    const realNow = Date.now;
    Date.now = () => realNow() + 10 * 60_000; // the session outlived the first token
    try {
      await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Upvote,/ })));
      await waitFor(() => expect(requests).toHaveLength(2));
    } finally {
      Date.now = realNow;
    }
    expect(requests[0].url).toBe('/api/v1/viewers');
    expect(requests[1]).toMatchObject({ url: `/api/v1/questions/${q.id}/upvote`, auth: `Bearer ${second}` });
  });

  it('letsModeratorsAnswerAndReopenThroughTheArchive', async () => {
    const api = fakeApi();
    const q = question({ question: 'when is the next stream?' });
    const { frames } = renderWithStore(<QuestionsPanel />, { api, initial: { auth: authFor('moderator') } });
    frames({ type: 'question', data: q });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Answered' })));
    expect(api.answer).toHaveBeenCalledWith(q.id, true);
    expect(screen.getByText('No open questions.')).toBeTruthy();
    frames({ type: 'answered', data: { ...q, answered: true, answered_at: '2024-01-01T12:10:00Z' } });
    fireEvent.click(screen.getByRole('button', { name: /^Answered 1/ }));
    expect(texts()).toEqual(['when is the next stream?']);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Reopen' })));
    expect(api.answer).toHaveBeenCalledWith(q.id, false);
  });

  it('hidesModerationButtonsFromViewers', () => {
    const { frames } = renderWithStore(<QuestionsPanel />, { initial: { auth: authFor('viewer') } });
    frames({ type: 'question', data: question() });
    expect(screen.queryByRole('button', { name: 'Answered' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Hide' })).toBeNull();
  });

  it('highlightsTheQuestionBeingAnsweredNow', () => {
    const q = question({ question: 'now this?' });
    const { frames } = renderWithStore(<QuestionsPanel />, { initial: { auth: authFor('streamer') } });
    frames({ type: 'question', data: q });
    fireEvent.click(screen.getByRole('button', { name: 'Answer now' }));
    expect(items()[0].classList.contains('now')).toBe(true);
    expect(items()[0].getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('status').textContent).toContain('now this?');
  });

  it('supportsKeyboardShortcutsForTheStreamer', async () => {
    const api = fakeApi();
    const a = question({ question: 'first?', upvotes: 5 });
    const b = question({ question: 'second?', upvotes: 3 });
    const { frames, state } = renderWithStore(<QuestionsPanel />, { api, initial: { auth: authFor('streamer') } });
    frames({ type: 'question', data: a }, { type: 'question', data: b });
    fireEvent.keyDown(window, { key: 'j' });
    fireEvent.keyDown(window, { key: 'j' });
    expect(items()[1].classList.contains('selected')).toBe(true);
    fireEvent.keyDown(window, { key: 'Enter' });
    expect(state().nowAnswering).toBe(b.id);
    await act(async () => fireEvent.keyDown(window, { key: 'a' }));
    expect(api.answer).toHaveBeenCalledWith(b.id, true);
    fireEvent.keyDown(window, { key: '2' });
    expect(screen.getByRole('button', { name: 'New' }).getAttribute('aria-pressed')).toBe('true');
    await act(async () => fireEvent.keyDown(window, { key: 'h' }));
    await waitFor(() => expect(api.hide).toHaveBeenCalled());
  });

  it('ignoresShortcutsWhileTyping', () => {
    const { frames, state } = renderWithStore(
      <>
        <input aria-label="typing here" />
        <QuestionsPanel />
      </>,
      { initial: { auth: authFor('streamer') } },
    );
    frames({ type: 'question', data: question() });
    fireEvent.keyDown(screen.getByLabelText('typing here'), { key: 'Enter' });
    expect(state().nowAnswering).toBeNull();
  });
});
