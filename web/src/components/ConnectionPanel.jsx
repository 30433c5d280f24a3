// Channels with their live status (and the reason when something is wrong); streamers and admins
// add and remove channels.
import { memo, useEffect, useState } from 'react';
import { useActions, useAppState } from '../state/store.jsx';
import { can } from '../api/auth.js';
import { PLATFORMS } from '../state/selectors.js';
import { useT } from '../i18n.js';
import { PlatformMark } from './PlatformMark.jsx';

const STATUSES = ['connecting', 'live', 'reconnecting', 'offline', 'error'];

function useNow(ms = 15_000) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

function ago(t, iso, now) {
  const at = Date.parse(iso);
  if (!Number.isFinite(at)) return '';
  const min = Math.floor((now - at) / 60_000);
  return min < 1 ? t('justNow') : t('minutesAgo', { n: min });
}

export function ConnectionPanel() {
  const { channels, auth } = useAppState();
  return <ConnectionView channels={channels} role={auth.role} />;
}

const ConnectionView = memo(function ConnectionView({ channels: byKey, role }) {
  const t = useT();
  const state = { channels: byKey, auth: { role } };
  const actions = useActions();
  const now = useNow();
  const manage = can.manageChannels(state.auth.role);
  const [platform, setPlatform] = useState('twitch');
  const [name, setName] = useState('');
  const [stream, setStream] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const channels = Object.values(state.channels).sort(
    (a, b) => String(a.stream || '').localeCompare(String(b.stream || '')) || `${a.platform}:${a.channel}`.localeCompare(`${b.platform}:${b.channel}`),
  );

  const add = async (e) => {
    e.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    setError('');
    try {
      await actions.addChannel(platform, name.trim(), stream.trim() || undefined);
      setName('');
    } catch (err) {
      setError(err?.detail || err?.message || String(err));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (c) => {
    const label = `${c.platform}:${c.channel}`;
    if (!window.confirm(t('confirmRemove', { name: label }))) return;
    try {
      await actions.removeChannel(c.platform, c.channel);
    } catch (err) {
      setError(err?.detail || err?.message || String(err));
    }
  };

  return (
    <section className="panel connection-panel" aria-labelledby="channels-title">
      <h2 id="channels-title" className="panel-title">
        {t('channels')}
      </h2>
      {channels.length === 0 ? (
        <p className="empty">{t('noChannels')}</p>
      ) : (
        <ul className="channel-list" aria-label={t('channelStatus')}>
          {channels.map((c) => {
            const status = STATUSES.includes(c.status) ? c.status : 'connecting';
            return (
              <li key={`${c.platform}:${c.channel}`} className={`channel status-${status}`} data-channel={`${c.platform}:${c.channel}`}>
                <PlatformMark platform={c.platform} />
                <div className="channel-main">
                  <div className="channel-name">
                    <bdi>{c.channel}</bdi>
                    {c.stream && c.stream !== 'default' && <span className="stream-tag">{c.stream}</span>}
                  </div>
                  <div className="channel-meta">
                    <span className={`status-dot dot-${status}`} aria-hidden="true" />
                    <span className="status-text">{t(`status_${status}`)}</span>
                    {c.last_message_at && <span> · {t('lastMessage', { time: ago(t, c.last_message_at, now) })}</span>}
                    {c.messages_total != null && <span> · {t('messagesTotal', { n: Number(c.messages_total) || 0 })}</span>}
                  </div>
                  {c.status_detail && status !== 'live' && (
                    <div className={`status-detail ${status === 'error' ? 'is-error' : ''}`} role={status === 'error' ? 'alert' : undefined}>
                      {String(c.status_detail)}
                    </div>
                  )}
                </div>
                {manage && (
                  <button type="button" className="ghost danger" onClick={() => remove(c)} aria-label={t('removeChannel', { name: `${c.platform}:${c.channel}` })}>
                    {t('remove')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {manage && (
        <form className="add-channel" onSubmit={add} aria-label={t('addChannel')}>
          <h3>{t('addChannel')}</h3>
          <label className="field">
            <span>{t('platform')}</span>
            <select value={platform} onChange={(e) => setPlatform(e.target.value)}>
              {PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {t(`platform_${p}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('channelName')}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} autoComplete="off" />
          </label>
          <label className="field">
            <span>{t('stream')}</span>
            <input value={stream} onChange={(e) => setStream(e.target.value)} placeholder="default" maxLength={100} autoComplete="off" />
          </label>
          <button type="submit" className="primary" disabled={busy}>
            {t('add')}
          </button>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </section>
  );
});
