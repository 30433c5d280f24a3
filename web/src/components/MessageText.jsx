// Chat text as React text nodes and emote <img>s, placed by the emotes' UTF-16 offsets.
import { memo, useState } from 'react';
import { segments } from '../util/text.js';
import { useT } from '../i18n.js';

/** Emote images that failed to load (blocked CDN, removed emote): shown as their text from then on. */
const failed = new Set();

function Emote({ url, alt }) {
  const [broken, setBroken] = useState(() => failed.has(url));
  if (broken) return <span className="emote-text">{alt}</span>;
  return (
    <img
      className="emote"
      src={url}
      alt={alt}
      title={alt}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      draggable={false}
      onError={() => {
        failed.add(url);
        setBroken(true);
      }}
    />
  );
}

export const MessageText = memo(function MessageText({ message, emotes, platform, maxChars }) {
  const t = useT();
  const parts = segments(message, emotes, platform, maxChars);
  return (
    <bdi className="msg-text">
      {parts.map((p, i) => {
        if (p.emote) return <Emote key={i} url={p.url} alt={p.alt} />;
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
