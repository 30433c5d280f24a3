import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ChatPanel } from '../src/components/ChatPanel.jsx';
import { authFor, fakeApi, message, renderWithStore } from './helpers.jsx';

const log = () => screen.getByRole('log');
const lines = () => [...log().querySelectorAll('.line')];

describe('ChatPanel', () => {
  it('showsMergedChatWithPlatformMarkAuthorBadgesAndEmotes', () => {
    const { frames } = renderWithStore(<ChatPanel />);
    frames({
      type: 'message',
      data: [
        message({ display_name: 'Pajlada', message: 'Kappa hi', emotes: [{ id: '25', name: 'Kappa', start: 0, end: 5 }], badges: [{ type: 'moderator', version: '1' }] }),
        message({ platform: 'youtube', display_name: 'Ютубер', message: 'привет', color: '' }),
        message({ platform: 'kick', display_name: 'kicker', message: 'gg [emote]', emotes: [{ id: '37221', name: 'emoteName', start: 3, end: 10 }] }),
      ],
    });
    expect(lines()).toHaveLength(3);
    const first = within(lines()[0]);
    expect(first.getByRole('img', { name: 'Twitch' })).toBeTruthy();
    expect(first.getByText('Pajlada')).toBeTruthy();
    expect(first.getByText('MOD')).toBeTruthy();
    const emote = first.getByAltText('Kappa');
    expect(emote.getAttribute('src')).toBe('https://static-cdn.jtvnw.net/emoticons/v2/25/default/dark/1.0');
    expect(within(lines()[1]).getByRole('img', { name: 'YouTube' })).toBeTruthy();
    expect(within(lines()[2]).getByAltText('[emote]').getAttribute('src')).toBe('https://files.kick.com/emotes/37221/fullsize');
    // the author's colour is set (adjusted for contrast)
    expect(first.getByText('Pajlada').style.color).not.toBe('');
  });

  it('showsReplyContextAndHighlightsPaidMessages', () => {
    const { frames } = renderWithStore(<ChatPanel />);
    const parent = message({ display_name: 'Alice', message: 'what game is this?' });
    frames({
      type: 'message',
      data: [
        parent,
        message({ message: '@Alice it is chess', reply_to: parent.platform_message_id }),
        message({ message: 'from the model', reply_to: 'gone', reply_parent: { username: 'bob', display_name: 'Bob', message: 'older text' } }),
        message({ kind: 'paid', message: 'take my bits', amount: { value: 100, currency: 'bits' } }),
        message({ kind: 'paid', message: 'super chat', amount: { value: 5, currency: 'USD' } }),
      ],
    });
    const [, reply, reply2, bits, usd] = lines();
    expect(within(reply).getByText('@Alice')).toBeTruthy();
    expect(within(reply).getByText('what game is this?')).toBeTruthy();
    expect(within(reply2).getByText('@Bob')).toBeTruthy();
    expect(bits.classList.contains('paid')).toBe(true);
    expect(within(bits).getByText('100 bits')).toBeTruthy();
    expect(within(usd).getByText(/5/).textContent).toMatch(/\$|USD/);
  });

  it('aReplyNoLongerQuotesADeletedParent', () => {
    const { frames } = renderWithStore(<ChatPanel />);
    const parent = message({ display_name: 'Troll', message: 'something vile' });
    const reply = message({
      message: '@Troll no',
      reply_to: parent.platform_message_id,
      reply_parent: { username: 'troll', display_name: 'Troll', message: 'something vile' },
    });
    frames({ type: 'message', data: [parent, reply] });
    expect(within(lines()[1]).getByText('something vile')).toBeTruthy();
    frames({ type: 'deleted', data: { platform: 'twitch', channel: 'pajlada', message_ids: [parent.id] } });
    expect(lines()).toHaveLength(1);
    expect(within(lines()[0]).getByText('@Troll')).toBeTruthy();
    expect(within(lines()[0]).queryByText('something vile')).toBeNull();
  });

  it('removesDeletedMessagesAndStrikesThemThroughForModeratorsWhoAsk', () => {
    const gone = message({ message: 'bad words' });
    const stays = message({ message: 'nice stream' });
    const { frames } = renderWithStore(<ChatPanel />);
    frames({ type: 'message', data: [gone, stays] });
    frames({ type: 'deleted', data: { platform: 'twitch', channel: 'pajlada', message_ids: [gone.id] } });
    expect(screen.queryByText('bad words')).toBeNull();
    expect(screen.getByText('nice stream')).toBeTruthy();
  });

  it('strikesDeletedLinesThroughForAModeratorWithShowDeleted', () => {
    const gone = message({ message: 'bad words' });
    const { frames } = renderWithStore(<ChatPanel showDeleted />, { initial: { auth: authFor('moderator') } });
    frames({ type: 'message', data: [gone] });
    frames({ type: 'deleted', data: { platform: 'twitch', channel: 'pajlada', message_ids: [gone.id] } });
    const text = screen.getByText('bad words');
    expect(text.closest('del')).not.toBeNull();
  });

  it('filtersByPlatformCategoryQuestionsOnlyAndSearch', () => {
    const { frames } = renderWithStore(<ChatPanel />);
    frames({
      type: 'message',
      data: [
        message({ platform: 'twitch', message: 'first twitch', category: 'general' }),
        message({ platform: 'kick', message: 'is this live?', category: 'question' }),
        message({ platform: 'youtube', message: 'LOL funny', category: 'humor' }),
      ],
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kick' }));
    expect(lines().map((l) => l.textContent)).toEqual([expect.stringContaining('is this live?')]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kick' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Questions only' }));
    expect(lines()).toHaveLength(1);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Questions only' }));
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'humor' } });
    expect(lines().map((l) => l.textContent)).toEqual([expect.stringContaining('LOL funny')]);
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Search chat'), { target: { value: 'TWITCH' } });
    expect(lines().map((l) => l.textContent)).toEqual([expect.stringContaining('first twitch')]);
  });

  it('letsAModeratorHideALineWhichGoesWhenTheDeletedFrameArrives', async () => {
    const api = fakeApi();
    const m = message({ message: 'spam spam' });
    const { frames } = renderWithStore(<ChatPanel />, { api, initial: { auth: authFor('moderator') } });
    frames({ type: 'message', data: [m] });
    fireEvent.click(screen.getByRole('button', { name: 'Hide this message' }));
    await waitFor(() => expect(api.hide).toHaveBeenCalledWith(m.id));
    expect(screen.getByText('spam spam').closest('.line').classList.contains('pending')).toBe(true);
    frames({ type: 'deleted', data: { platform: 'twitch', channel: 'pajlada', message_ids: [m.id] } });
    expect(screen.queryByText('spam spam')).toBeNull();
  });

  it('offersNoHideButtonToViewers', () => {
    const { frames } = renderWithStore(<ChatPanel />, { initial: { auth: authFor('viewer') } });
    frames({ type: 'message', data: [message()] });
    expect(screen.queryByRole('button', { name: 'Hide this message' })).toBeNull();
  });

  it('pausesWhenScrolledUpAndOffersAJumpToTheNewMessages', () => {
    const { frames } = renderWithStore(<ChatPanel />);
    frames({ type: 'message', data: [message({ message: 'before' })] });
    fireEvent.wheel(log(), { deltaY: -100 });
    frames({ type: 'message', data: [message({ message: 'after 1' }), message({ message: 'after 2' })] });
    expect(screen.queryByText('after 1')).toBeNull();
    const jump = screen.getByRole('button', { name: 'Jump to the latest messages' });
    expect(jump.textContent).toContain('2 new messages');
    fireEvent.click(jump);
    expect(screen.getByText('after 2')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Jump to the latest messages' })).toBeNull();
  });

  it('keepsUpWithAFloodOfBatchedFrames', () => {
    const { frames, state } = renderWithStore(<ChatPanel />);
    const t0 = performance.now();
    // 10 seconds at 500 messages/s, delivered as 60 batches a second
    for (let s = 0; s < 10; s++) {
      const batch = [];
      for (let f = 0; f < 60; f++) batch.push({ type: 'message', data: Array.from({ length: 8 }, () => message()) });
      frames(...batch);
    }
    const elapsed = performance.now() - t0;
    expect(state().messages.length).toBe(1500);
    // only a window of rows is in the DOM
    expect(lines().length).toBeLessThanOrEqual(60);
    expect(elapsed).toBeLessThan(20_000); // a loose bound for jsdom on a busy 2-core machine
  }, 30_000);

  it('upvotesAMessageOnce', async () => {
    const api = fakeApi();
    const m = message();
    const { frames } = renderWithStore(<ChatPanel />, { api, initial: { auth: authFor('viewer') } });
    frames({ type: 'message', data: [m] });
    const button = screen.getByRole('button', { name: /^Upvote/ });
    await act(async () => fireEvent.click(button));
    expect(api.upvote).toHaveBeenCalledWith('message', m.id);
    expect(screen.getByRole('button', { name: /^Upvoted/ }).disabled).toBe(true);
  });
});

describe('hostile chat text', () => {
  it('rendersMarkupAsTextAndNeverAsElements', () => {
    const onerror = vi.fn();
    globalThis.alert = onerror;
    const { frames, container } = renderWithStore(<ChatPanel />);
    frames({
      type: 'message',
      data: [
        message({ message: '<script>alert(1)</script>', display_name: '<b>bold</b>' }),
        message({ message: '<img src=x onerror=alert(1)>' }),
        message({ message: '"><svg onload=alert(1)>', color: 'red;background:url(javascript:alert(1))' }),
      ],
    });
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('svg')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelectorAll('img')).toHaveLength(0);
    expect(screen.getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(screen.getByText('<b>bold</b>')).toBeTruthy();
    expect(onerror).not.toHaveBeenCalled();
  });

  it('isolatesRightToLeftOverridesInsideTheirOwnElement', () => {
    const { frames } = renderWithStore(<ChatPanel />);
    frames({ type: 'message', data: [message({ display_name: '\u202Eevil\u202C', message: 'abc\u202Edef' })] });
    const name = screen.getByText('\u202Eevil\u202C');
    expect(name.tagName).toBe('BDI');
    expect(screen.getByText('abc\u202Edef').closest('bdi')).not.toBeNull();
  });

  it('clampsZalgoAndShortensTenKilobyteLines', () => {
    const zalgo = 'H' + '\u0336\u0334\u0337\u0338'.repeat(50) + 'i';
    const huge = 'x'.repeat(10_240);
    const { frames } = renderWithStore(<ChatPanel />);
    frames({ type: 'message', data: [message({ message: zalgo }), message({ message: huge })] });
    expect(screen.getByText('H\u0336\u0334i')).toBeTruthy();
    const longLine = lines()[1];
    expect(longLine.textContent.length).toBeLessThan(1200);
    expect(within(longLine).getByText(/9240 more characters/)).toBeTruthy();
  });
});

describe('emote images', () => {
  it('fallsBackToTheEmoteTextWhenTheImageFails', () => {
    const { frames } = renderWithStore(<ChatPanel />);
    frames({ type: 'message', data: [message({ platform: 'kick', message: 'hi emoteX', emotes: [{ id: '999', name: 'emoteX', start: 3, end: 9 }] })] });
    const img = screen.getByAltText('emoteX');
    fireEvent.error(img);
    expect(screen.queryByAltText('emoteX')).toBeNull();
    expect(screen.getByText('emoteX').tagName).toBe('SPAN');
  });
});
