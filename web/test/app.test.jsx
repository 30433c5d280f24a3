import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../src/App.jsx';
import { readConfig } from '../src/config.js';
import { fakeApi, message, question, token } from './helpers.jsx';

class FakeWS {
  static last = null;
  constructor(url) {
    this.url = url;
    this.readyState = 0;
    FakeWS.last = this;
    setTimeout(() => {
      this.readyState = 1;
      this.onopen?.();
    }, 0);
  }
  push(frame) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
  send() {}
  close() {
    this.readyState = 3;
  }
}

let realWS;
beforeEach(() => {
  realWS = globalThis.WebSocket;
  globalThis.WebSocket = FakeWS;
});
afterEach(() => {
  globalThis.WebSocket = realWS;
});

describe('App', () => {
  it('loadsTheSnapshotThenAppliesLiveFramesFromTheSocket', async () => {
    const api = fakeApi({
      channels: vi.fn(async () => [{ platform: 'twitch', channel: 'pajlada', stream: 'default', status: 'live' }]),
      messages: vi.fn(async () => [message({ message: 'from history' })]),
      questions: vi.fn(async () => [question({ question: 'from the queue?' })]),
    });
    render(<App config={readConfig('?channels=twitch:pajlada')} makeApi={() => api} languages={['en-US']} />);
    await waitFor(() => expect(screen.getByText('from history')).toBeTruthy());
    expect(screen.getAllByText('from the queue?').length).toBeGreaterThan(0);
    expect(api.messages).toHaveBeenCalledWith({ platform: 'twitch', channel: 'pajlada', limit: 200 });
    await waitFor(() => expect(screen.getByText('Live')).toBeTruthy());
    expect(FakeWS.last.url).toMatch(/\/ws\?channels=twitch%3Apajlada$/);
    FakeWS.last.push({ type: 'message', stream: 'default', platform: 'twitch', channel: 'pajlada', data: [message({ message: 'live line' })] });
    await waitFor(() => expect(screen.getByText('live line')).toBeTruthy());
    expect(screen.getByRole('heading', { name: 'Chat' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Questions' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Channels' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Stats' })).toBeTruthy();
  });

  it('asksOnlyForWhatTheSocketKeepsUpToDate', async () => {
    const api = fakeApi();
    render(<App config={readConfig('?channels=twitch:pajlada')} makeApi={() => api} languages={['en']} />);
    await waitFor(() => expect(api.stats).toHaveBeenCalled());
    const scope = { platform: 'twitch', channel: 'pajlada' };
    expect(api.questions).toHaveBeenCalledWith({ ...scope, status: 'all', sort: 'top', limit: 200 });
    expect(api.questions).toHaveBeenCalledTimes(1);
    for (const [params] of api.stats.mock.calls) expect(params).toMatchObject(scope);

    const plain = fakeApi();
    render(<App config={readConfig('')} makeApi={() => plain} languages={['en']} />);
    await waitFor(() => expect(plain.stats).toHaveBeenCalled());
    // a client that names nothing is subscribed to stream default
    expect(plain.messages).toHaveBeenCalledWith({ stream: 'default', limit: 200 });
    expect(plain.questions).toHaveBeenCalledWith({ stream: 'default', status: 'all', sort: 'top', limit: 200 });
    for (const [params] of plain.stats.mock.calls) expect(params.stream).toBe('default');
  });

  it('loadsTheSnapshotAgainWhenTheFirstConnectionFollowsAFailedStart', async () => {
    let up = false;
    const api = fakeApi({
      messages: vi.fn(async () => (up ? [message({ message: 'history after all' })] : Promise.reject(new TypeError('server down')))),
    });
    const slowWS = class extends FakeWS {
      constructor(url) {
        super(url);
        up = true; // the server is back by the time the socket connects
      }
    };
    globalThis.WebSocket = slowWS;
    render(<App config={readConfig('?channels=twitch:pajlada')} makeApi={() => api} languages={['en']} />);
    await waitFor(() => expect(screen.getByText('history after all')).toBeTruthy());
    expect(api.messages).toHaveBeenCalledTimes(2);
  });

  it('loadsTheSnapshotAgainWhenItFailsAfterTheSocketOpened', async () => {
    let calls = 0;
    const api = fakeApi({
      messages: vi.fn(() => {
        calls++;
        return calls === 1
          ? new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), 50))
          : Promise.resolve([message({ message: 'history on the second try' })]);
      }),
    });
    render(<App config={readConfig('?channels=twitch:pajlada')} makeApi={() => api} languages={['en']} />);
    await waitFor(() => expect(screen.getByText('history on the second try')).toBeTruthy());
    expect(api.messages).toHaveBeenCalledTimes(2);
  });

  it('showingDeletedLinesReloadsHistoryWithoutReconnecting', async () => {
    localStorage.setItem('mellchat.token', token({ sub: 'mod-1', role: 'moderator' }));
    try {
      const api = fakeApi();
      const sockets = [];
      globalThis.WebSocket = class extends FakeWS {
        constructor(url) {
          super(url);
          sockets.push(this);
        }
      };
      render(<App config={readConfig('?channels=twitch:pajlada')} makeApi={() => api} languages={['en']} />);
      await waitFor(() => expect(screen.getByText('Live')).toBeTruthy());
      fireEvent.click(screen.getByRole('checkbox', { name: 'Show deleted' }));
      await waitFor(() =>
        expect(api.messages).toHaveBeenCalledWith({ platform: 'twitch', channel: 'pajlada', limit: 200, include_deleted: true }),
      );
      expect(sockets).toHaveLength(1);
    } finally {
      localStorage.removeItem('mellchat.token');
    }
  });

  it('speaksRussianToARussianBrowser', async () => {
    render(<App config={readConfig('')} makeApi={() => fakeApi()} languages={['ru-RU', 'en']} />);
    expect(screen.getByRole('heading', { name: 'Чат' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Вопросы' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ru');
    await waitFor(() => expect(FakeWS.last.url).toMatch(/\/ws$/));
  });

  it('rendersTheOverlayWithoutControls', async () => {
    render(<App config={readConfig('?view=overlay&mode=chat&stream=show&theme=transparent')} makeApi={() => fakeApi()} languages={['en']} />);
    expect(screen.getByText('Waiting for chat…')).toBeTruthy();
    expect(document.querySelector('button')).toBeNull();
    await waitFor(() => expect(FakeWS.last.url).toMatch(/\/ws\?stream=show$/));
    expect(document.documentElement.dataset.overlay).toBe('transparent');
  });
});

describe('offline start', () => {
  it('showsTheLastChatSeenWhenOpenedWithoutNetwork', async () => {
    const { saveLastSeen } = await import('../src/state/offlineCache.js');
    const { initialState } = await import('../src/state/reducer.js');
    const config = readConfig('');
    const seen = message({ message: 'seen before going offline' });
    const gone = message({ message: 'deleted before', deleted: true });
    saveLastSeen({ ...initialState(), messages: [seen, gone], questions: { q: question({ id: 'q', question: 'still open?' }) } }, config);
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      const api = fakeApi({ messages: vi.fn(async () => Promise.reject(new TypeError('offline'))) });
      render(<App config={config} makeApi={() => api} languages={['en']} />);
      await waitFor(() => expect(screen.getByText('seen before going offline')).toBeTruthy());
      expect(screen.queryByText('deleted before')).toBeNull();
      expect(screen.getAllByText('still open?').length).toBeGreaterThan(0);
      expect(screen.getByText('Offline: showing the last chat seen')).toBeTruthy();
    } finally {
      onLine.mockRestore();
    }
  });
});
