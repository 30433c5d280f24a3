// One chat line: platform, time, badges, author (readable colour), reply context, text with
// emotes, paid amount, and the per-line actions (upvote, hide for moderators).
import { memo } from 'react';
import { PlatformMark } from './PlatformMark.jsx';
import { MessageText } from './MessageText.jsx';
import { readableColour } from '../util/color.js';
import { clampMarks } from '../util/text.js';
import { useT } from '../i18n.js';

const BADGE_LABEL = {
  broadcaster: 'HOST',
  owner: 'HOST',
  moderator: 'MOD',
  vip: 'VIP',
  subscriber: 'SUB',
  member: 'MEMBER',
  founder: 'FOUNDER',
  verified: '✓',
  partner: '✓',
  staff: 'STAFF',
  'sub-gifter': 'GIFTER',
  bits: 'BITS',
  og: 'OG',
  premium: 'PRIME',
  turbo: 'TURBO',
  artist: 'ARTIST',
  glitchcon2020: 'GLITCHCON',
};

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

export function formatAmount(amount) {
  if (!amount || amount.value == null) return '';
  const value = Number(amount.value);
  const currency = String(amount.currency || '');
  if (/^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(value);
    } catch {
      // unknown code: fall through
    }
  }
  return `${value} ${currency}`.trim();
}

function Badges({ badges }) {
  if (!badges.length) return null;
  return (
    <span className="badges">
      {badges.slice(0, 4).map((b, i) => {
        const type = String(b?.type ?? '');
        const label = BADGE_LABEL[type] || type.slice(0, 10).toUpperCase();
        const title = [type, b?.version, b?.count ? String(b.count) : ''].filter(Boolean).join(' ');
        return (
          <span key={i} className={`badge badge-${/^[a-z-]+$/.test(type) ? type : 'other'}`} title={title} aria-label={title}>
            {label}
          </span>
        );
      })}
    </span>
  );
}

function ReplyContext({ m, parent }) {
  const t = useT();
  const rp = m.reply_parent;
  const name = rp ? rp.display_name || rp.displayName || rp.username : parent?.display_name;
  // a deleted parent's words are gone for everyone, also where they are quoted
  const text = parent?.deleted ? null : rp ? rp.message : parent?.message;
  if (!name && !text) return null;
  return (
    <div className="reply" aria-label={t('replyTo', { name: name || '' })}>
      <span aria-hidden="true">↪ </span>
      {name && <bdi className="reply-author">@{clampMarks(String(name))}</bdi>}
      {text && (
        <>
          {' '}
          <bdi className="reply-text">{clampMarks(String(text).slice(0, 140))}</bdi>
        </>
      )}
    </div>
  );
}

export const ChatLine = memo(function ChatLine({ m, theme, parent, canModerate, onHide, onUpvote, pendingHide, voted }) {
  const t = useT();
  const colour = readableColour(m.color, m.username, theme);
  const paid = m.kind === 'paid' || Boolean(m.amount);
  const cls = ['line', `kind-${/^[a-z]+$/.test(m.kind) ? m.kind : 'chat'}`];
  if (paid) cls.push('paid');
  if (m.deleted) cls.push('deleted');
  if (pendingHide) cls.push('pending');
  if (m.action) cls.push('action');
  if (m.category === 'question') cls.push('is-question');
  return (
    <div className={cls.join(' ')} data-id={m.id} data-platform={m.platform}>
      {(m.reply_to || m.reply_parent) && <ReplyContext m={m} parent={parent} />}
      <div className="line-main">
        <PlatformMark platform={m.platform} />
        <time className="ts" dateTime={m.timestamp}>
          {timeFormat.format(m.t)}
        </time>
        <Badges badges={m.badges} />
        <bdi className="author" style={{ color: colour }}>
          {clampMarks(m.display_name)}
        </bdi>
        {paid && <span className="amount">{formatAmount(m.amount) || t('paid')}</span>}
        <span className="sep" aria-hidden="true">
          {m.action ? ' ' : ': '}
        </span>
        {m.deleted ? (
          <del className="deleted-text" aria-label={t('deleted')}>
            <MessageText message={m.message} emotes={m.emotes} platform={m.platform} />
          </del>
        ) : (
          <MessageText message={m.message} emotes={m.emotes} platform={m.platform} />
        )}
        <span className="line-actions">
          {onUpvote && (
            <button
              type="button"
              className={`mini vote ${voted ? 'on' : ''}`}
              aria-pressed={voted}
              disabled={voted}
              onClick={() => onUpvote('message', m.id)}
              title={voted ? t('upvoted') : t('upvote')}
              aria-label={`${voted ? t('upvoted') : t('upvote')}, ${t('upvotes', { n: m.upvotes })}`}
            >
              ▲{m.upvotes > 0 ? ` ${m.upvotes}` : ''}
            </button>
          )}
          {canModerate && !m.deleted && (
            <button
              type="button"
              className="mini hide"
              disabled={pendingHide}
              onClick={() => onHide(m.id)}
              title={t('hideMessage')}
              aria-label={t('hideMessage')}
            >
              ✕
            </button>
          )}
        </span>
      </div>
    </div>
  );
});
