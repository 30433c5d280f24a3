// Chat text as React text nodes and emote <img>s, placed by the emotes' UTF-16 offsets.
import { memo } from 'react';
import { segments } from '../util/text.js';
import { useT } from '../i18n.js';

export const MessageText = memo(function MessageText({ message, emotes, platform, maxChars }) {
  const t = useT();
  const parts = segments(message, emotes, platform, maxChars);
  return (
    <bdi className="msg-text">
      {parts.map((p, i) => {
        if (p.emote) {
          return (
            <img
              key={i}
              className="emote"
              src={p.url}
              alt={p.alt}
              title={p.alt}
              loading="lazy"
              decoding="async"
              referrerPolicy="no-referrer"
              draggable={false}
            />
          );
        }
        if (p.truncated) {
          return (
            <span key={i} className="truncated">
              {t('more', { n: p.truncated })}
            </span>
          );
        }
        return <span key={i}>{p.text}</span>;
      })}
    </bdi>
  );
});
