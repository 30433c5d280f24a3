import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ConnectionPanel } from '../src/components/ConnectionPanel.jsx';
import { Stats } from '../src/components/Stats.jsx';
import { Overlay } from '../src/components/Overlay.jsx';
import { Header } from '../src/components/Header.jsx';
import { readConfig } from '../src/config.js';
import { authFor, fakeApi, message, question, renderWithStore, token } from './helpers.jsx';

describe('ConnectionPanel', () => {
  it('showsEachChannelsLiveStatusAndTheReasonOfAnError', () => {
    const { frames } = renderWithStore(<ConnectionPanel />);
    frames(
      { type: 'channel', data: { platform: 'twitch', channel: 'pajlada', stream: 'default', status: 'live', messages_total: 12 } },
      { type: 'channel', data: { platform: 'kick', channel: 'xqc', stream: 'default', status: 'error', status_detail: 'Kick refused the lookup: add the chatroom id (kick:xqc#123)' } },
      { type: 'channel', data: { platform: 'youtube', channel: '@show', stream: 'default', status: 'reconnecting', status_detail: 'HTTP 503, retrying' } },
    );
    const row = (name) => document.querySelector(`[data-channel="${name}"]`);
    expect(within(row('twitch:pajlada')).getByText('live')).toBeTruthy();
    expect(within(row('twitch:pajlada')).getByText(/12 messages/)).toBeTruthy();
    expect(within(row('kick:xqc')).getByText('error')).toBeTruthy();
    expect(within(row('kick:xqc')).getByRole('alert').textContent).toContain('add the chatroom id');
    expect(within(row('youtube:@show')).getByText('reconnecting')).toBeTruthy();
    frames({ type: 'channel', data: { platform: 'kick', channel: 'xqc', status: 'live', status_detail: '' } });
    expect(within(row('kick:xqc')).getByText('live')).toBeTruthy();
    expect(within(row('kick:xqc')).queryByRole('alert')).toBeNull();
  });

  it('letsAStreamerAddAndRemoveChannels', async () => {
    const api = fakeApi();
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderWithStore(<ConnectionPanel />, { api, initial: { auth: authFor('streamer') } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Platform' }), { target: { value: 'kick' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Channel \(/ }), { target: { value: 'trainwreckstv' } });
    fireEvent.change(screen.getByLabelText('Stream'), { target: { value: 'show' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add' })));
    expect(api.addChannel).toHaveBeenCalledWith('kick', 'trainwreckstv', 'show');
    expect(screen.getByText('trainwreckstv')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Remove kick:trainwreckstv' })));
    expect(api.removeChannel).toHaveBeenCalledWith('kick', 'trainwreckstv');
    expect(screen.queryByText('trainwreckstv')).toBeNull();
  });

  it('showsTheServersReasonWhenAddingFails', async () => {
    const api = fakeApi({ addChannel: vi.fn(async () => Promise.reject(Object.assign(new Error('x'), { detail: 'channel must be a Twitch login' }))) });
    renderWithStore(<ConnectionPanel />, { api, initial: { auth: authFor('admin') } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Channel \(/ }), { target: { value: 'bad name' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add' })));
    expect(screen.getByRole('alert').textContent).toBe('channel must be a Twitch login');
  });

  it('offersNoChannelManagementToModeratorsAndViewers', () => {
    const { frames } = renderWithStore(<ConnectionPanel />, { initial: { auth: authFor('moderator') } });
    frames({ type: 'channel', data: { platform: 'twitch', channel: 'a', status: 'live' } });
    expect(screen.queryByRole('button', { name: 'Add' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
  });
});

describe('Stats', () => {
  const win = (platform, start, messages, extra = {}) => ({
    window_start: start,
    window_end: new Date(Date.parse(start) + 60_000).toISOString(),
    stream: 'default',
    platform,
    channel: platform === '*' ? '*' : 'c',
    messages,
    questions: 2,
    unique_chatters: 7,
    upvotes: 0,
    categories: {},
    ...extra,
  });

  it('drawsPerMinuteChartsCategoryMixAndTopQuestionsFromLiveFrames', () => {
    const { frames } = renderWithStore(<Stats />);
    expect(screen.getAllByText('No data yet.').length).toBeGreaterThan(0);
    frames(
      { type: 'stats', data: win('twitch', '2024-01-01T12:00:00Z', 40) },
      { type: 'stats', data: win('twitch', '2024-01-01T12:01:00Z', 55) },
      { type: 'stats', data: win('kick', '2024-01-01T12:01:00Z', 12) },
      { type: 'stats', data: win('*', '2024-01-01T12:01:00Z', 67, { categories: { question: 4, greeting: 20, general: 43 } }) },
      { type: 'question', data: question({ question: 'most wanted?', upvotes: 9 }) },
    );
    const chart = screen.getByRole('img', { name: /^Messages per minute/ });
    expect(chart.getAttribute('aria-label')).toContain('Twitch 55');
    expect(chart.getAttribute('aria-label')).toContain('Kick 12');
    expect(chart.querySelectorAll('polyline')).toHaveLength(2);
    expect(screen.getByRole('img', { name: /^Unique chatters per minute/ }).getAttribute('aria-label')).toContain('Twitch 7');
    expect(screen.getByText('greeting')).toBeTruthy();
    expect(screen.getByText('43 (64%)')).toBeTruthy();
    expect(screen.getByText('most wanted?')).toBeTruthy();
    frames({ type: 'stats', data: win('kick', '2024-01-01T12:02:00Z', 30) });
    expect(screen.getByRole('img', { name: /^Messages per minute/ }).getAttribute('aria-label')).toContain('Kick 30');
  });
});

describe('Overlay', () => {
  it('showsTheLastChatLinesOnly', () => {
    const config = readConfig('?view=overlay&mode=chat&limit=3');
    const { frames } = renderWithStore(<Overlay config={config} />);
    expect(screen.getByText('Waiting for chat…')).toBeTruthy();
    const batch = Array.from({ length: 6 }, (_, i) => message({ message: `line ${i}` }));
    frames({ type: 'message', data: batch });
    const shown = [...document.querySelectorAll('.ov-line')].map((li) => li.textContent);
    expect(shown).toHaveLength(3);
    expect(shown[2]).toContain('line 5');
    expect(document.querySelector('button')).toBeNull();
  });

  it('showsTheTopOpenQuestionAndMovesOnWhenItIsAnswered', () => {
    const config = readConfig('?view=overlay&mode=question');
    const a = question({ question: 'top one?', upvotes: 5 });
    const b = question({ question: 'next one?', upvotes: 1 });
    const { frames } = renderWithStore(<Overlay config={config} />);
    expect(screen.getByText('No open question')).toBeTruthy();
    frames({ type: 'question', data: a }, { type: 'question', data: b });
    expect(screen.getByText('top one?')).toBeTruthy();
    frames({ type: 'answered', data: { ...a, answered: true } });
    expect(screen.getByText('next one?')).toBeTruthy();
  });
});

describe('Header and sign-in', () => {
  it('signsInWithAPastedTokenAndShowsItsRole', async () => {
    const { state } = renderWithStore(<Header tab="chat" onTab={() => {}} />);
    expect(screen.getByText('guest')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const dialog = screen.getByRole('dialog', { name: 'Sign in with a token' });
    fireEvent.change(within(dialog).getByLabelText('Token'), { target: { value: 'nonsense' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    expect(within(dialog).getByRole('alert').textContent).toContain('not a token');
    const mod = token({ sub: 'mod-anna', role: 'moderator' });
    fireEvent.change(within(dialog).getByLabelText('Token'), { target: { value: ` ${mod} ` } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('moderator')).toBeTruthy();
    expect(state().auth.token).toBe(mod);
    expect(localStorage.getItem('mellchat.token')).toBe(mod);
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(screen.getByText('guest')).toBeTruthy());
    expect(localStorage.getItem('mellchat.token')).toBeNull();
  });

  it('refusesAnExpiredToken', () => {
    renderWithStore(<Header tab="chat" onTab={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    fireEvent.change(screen.getByLabelText('Token'), { target: { value: token({ role: 'admin', exp: 1000 }) } });
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('alert').textContent).toContain('expired');
  });

  it('showsTheConnectionStateInRussian', () => {
    const { actions } = renderWithStore(<Header tab="chat" onTab={() => {}} />, { lang: 'ru' });
    act(() => actions().dispatch({ type: 'SOCKET', status: 'open' }));
    expect(screen.getByText('В эфире')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Войти' })).toBeTruthy();
  });
});

describe('sign-in dialog keyboard', () => {
  it('keepsTabInsideTheDialogAndClosesOnEscape', () => {
    renderWithStore(<Header tab="chat" onTab={() => {}} />);
    const opener = screen.getByRole('button', { name: 'Sign in' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog');
    const field = within(dialog).getByLabelText('Token');
    expect(document.activeElement).toBe(field);
    const submit = within(dialog).getByRole('button', { name: 'Sign in' });
    submit.focus();
    fireEvent.keyDown(submit, { key: 'Tab' });
    expect(document.activeElement).toBe(field);
    fireEvent.keyDown(field, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(submit);
    fireEvent.keyDown(submit, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});
