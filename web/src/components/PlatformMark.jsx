import { useT } from '../i18n.js';

const LETTER = { twitch: 'T', youtube: 'Y', kick: 'K' };

/** The platform a line came from: a coloured letter, named for screen readers. */
export function PlatformMark({ platform }) {
  const t = useT();
  const name = LETTER[platform] ? t(`platform_${platform}`) : String(platform || '?');
  return (
    <span className={`pmark pmark-${LETTER[platform] ? platform : 'other'}`} role="img" aria-label={name} title={name}>
      {LETTER[platform] || '?'}
    </span>
  );
}
