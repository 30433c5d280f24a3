import { describe, expect, it } from 'vitest';
import { clampMarks, emoteUrl, segments } from '../src/util/text.js';
import { BACKGROUNDS, contrast, parseHex, readableColour } from '../src/util/color.js';
import { makeT, pickLanguage } from '../src/i18n.js';
import { decodeJwt, describeToken, roleOf } from '../src/api/auth.js';
import { readConfig } from '../src/config.js';
import { token } from './helpers.jsx';

describe('emote placement', () => {
  it('placesEmotesByUtf16OffsetsAfterAnEmoji', () => {
    // "Kappa 😂 Kappa": the emoji is two UTF-16 units, so the second Kappa is at 9..14
    const text = 'Kappa 😂 Kappa';
    const parts = segments(text, [
      { id: '25', name: 'Kappa', start: 0, end: 5 },
      { id: '25', name: 'Kappa', start: 9, end: 14 },
    ], 'twitch');
    expect(parts.map((p) => p.text ?? `[${p.alt}]`)).toEqual(['[Kappa]', ' 😂 ', '[Kappa]']);
    expect(parts[0].url).toBe('https://static-cdn.jtvnw.net/emoticons/v2/25/default/dark/1.0');
  });

  it('usesTheEmoteUrlWhenGivenAndKickFallback', () => {
    expect(emoteUrl({ id: 'x', url: 'https://yt3.ggpht.com/e.png' }, 'youtube')).toBe('https://yt3.ggpht.com/e.png');
    expect(emoteUrl({ id: '37221' }, 'kick')).toBe('https://files.kick.com/emotes/37221/fullsize');
    expect(emoteUrl({ id: 'x' }, 'youtube')).toBeNull();
  });

  it('neverUsesANonHttpsUrl', () => {
    expect(emoteUrl({ id: '1', url: 'javascript:alert(1)' }, 'twitch')).toBe('https://static-cdn.jtvnw.net/emoticons/v2/1/default/dark/1.0');
    expect(emoteUrl({ id: '../../x?y' }, 'twitch')).toBe('https://static-cdn.jtvnw.net/emoticons/v2/..%2F..%2Fx%3Fy/default/dark/1.0');
  });

  it('keepsTextForInvalidOrOverlappingRanges', () => {
    const parts = segments('ab cd', [
      { id: '1', name: 'x', start: 3, end: 99 },
      { id: '2', name: 'y', start: 0, end: 2 },
      { id: '3', name: 'z', start: 1, end: 3 },
      { id: '4', name: 'w', start: -1, end: 1 },
    ], 'twitch');
    expect(parts.map((p) => p.text ?? `[${p.alt}]`)).toEqual(['[ab]', ' cd']);
  });

  it('shortensVeryLongLinesWithoutSplittingASurrogatePair', () => {
    const long = 'a'.repeat(999) + '😂' + 'b'.repeat(9000);
    const parts = segments(long, [], 'twitch', 1000);
    expect(parts[0].text).toBe('a'.repeat(999));
    expect(parts.at(-1).truncated).toBe(long.length - 1000);
  });
});

describe('hostile text helpers', () => {
  it('clampsStackedCombiningMarks', () => {
    const zalgo = 'Z' + '\u0300\u0301\u0302\u0303\u0304\u0305'.repeat(20) + 'a';
    expect(clampMarks(zalgo)).toBe('Z\u0300\u0301a');
    expect(clampMarks('é café')).toBe('é café');
  });
});

describe('author colours', () => {
  it('keepsContrastOnBothThemes', () => {
    for (const c of ['#000000', '#0000FF', '#FFFFFF', '#FFFF00', '', 'red; background: url(x)', '#1E90FF']) {
      for (const theme of ['dark', 'light']) {
        const out = readableColour(c, 'someone', theme);
        expect(out).toMatch(/^#[0-9a-f]{6}$/);
        for (const bg of BACKGROUNDS[theme]) expect(contrast(parseHex(out), parseHex(bg))).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});

describe('language choice', () => {
  it('picksRussianForRussianBrowsersAndEnglishOtherwise', () => {
    expect(pickLanguage(['ru-RU', 'en-US'])).toBe('ru');
    expect(pickLanguage(['en-GB', 'ru'])).toBe('en');
    expect(pickLanguage(['de-DE', 'ru'])).toBe('ru');
    expect(pickLanguage(['fr-FR'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
    expect(pickLanguage(['en-US'], 'ru')).toBe('ru');
  });

  it('usesRussianPluralForms', () => {
    const t = makeT('ru');
    expect(t('newMessages', { n: 1 })).toBe('1 новое сообщение');
    expect(t('newMessages', { n: 3 })).toBe('3 новых сообщения');
    expect(t('newMessages', { n: 11 })).toBe('11 новых сообщений');
    expect(makeT('en')('newMessages', { n: 2 })).toBe('2 new messages');
  });
});

describe('tokens', () => {
  it('readsTheRoleFromTheJwtPayload', () => {
    expect(roleOf(decodeJwt(token({ role: 'moderator' })))).toBe('moderator');
    expect(roleOf(decodeJwt(token({ roles: ['viewer', 'streamer'] })))).toBe('streamer');
    expect(roleOf(decodeJwt(token({ scope: 'read admin' })))).toBe('admin');
    expect(decodeJwt('not a token')).toBeNull();
    expect(decodeJwt('a.b.c')).toBeNull();
    expect(describeToken(token({ role: 'moderator', exp: 1 })).expired).toBe(true);
    expect(describeToken(token({ role: 'мод', sub: 'Ёжик' })).subject).toBe('Ёжик');
  });
});

describe('URL configuration', () => {
  it('readsOverlayParametersAndRejectsBadChannels', () => {
    const c = readConfig('?view=overlay&mode=question&channels=twitch:a,evil:b,kick:c&theme=light&limit=500');
    expect(c).toMatchObject({ view: 'overlay', mode: 'question', theme: 'light', limit: 50 });
    expect(c.channels).toEqual(['twitch:a', 'kick:c']);
    expect(readConfig('?view=overlay').theme).toBe('transparent');
    expect(readConfig('').view).toBe('app');
  });
});
