// The merged live chat: filters, the virtualised log, pause-on-scroll with a "N new" button.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useActions, useAppState } from '../state/store.jsx';
import { knownCategories, PLATFORMS, visibleMessages } from '../state/selectors.js';
import { can } from '../api/auth.js';
import { useT } from '../i18n.js';
import { VirtualList } from './VirtualList.jsx';
import { ChatLine } from './ChatLine.jsx';

const getKey = (m) => m.id;

function lazyLookups(messages) {
  let byId = null;
  let byPlatformId = null;
  return {
    byId() {
      if (!byId) byId = new Map(messages.map((m) => [m.id, m]));
      return byId;
    },
    byPlatformId() {
      if (!byPlatformId) {
        byPlatformId = new Map();
        for (const m of messages) if (m.platform_message_id) byPlatformId.set(`${m.platform}:${m.platform_message_id}`, m);
      }
      return byPlatformId;
    },
  };
}

export function ChatPanel({ theme = 'dark', showDeleted = false, onShowDeletedChange, searchRef }) {
  const t = useT();
  const state = useAppState();
  const actions = useActions();
  const moderator = can.moderate(state.auth.role);
  const [platforms, setPlatforms] = useState(() => new Set());
  const [category, setCategory] = useState('');
  const [questionsOnly, setQuestionsOnly] = useState(false);
  const [search, setSearch] = useState('');
  const [paused, setPaused] = useState(false);
  const frozen = useRef([]);

  const filters = useMemo(() => ({ platforms, category, questionsOnly, search }), [platforms, category, questionsOnly, search]);
  const deletedShown = moderator && showDeleted;
  const visible = useMemo(() => visibleMessages(state.messages, filters, deletedShown), [state.messages, filters, deletedShown]);
  const categories = useMemo(() => knownCategories(state.messages, state.stats), [state.messages, state.stats]);

  // lookups built only when needed (paused view, replies: their parent's text, or that it is deleted)
  const lookups = useMemo(() => lazyLookups(state.messages), [state.messages]);

  // while paused the list shows what was there when the user scrolled up (updated, not extended)
  let shown = visible;
  let newCount = 0;
  if (paused) {
    const byId = lookups.byId();
    shown = frozen.current.map((m) => byId.get(m.id) || m).filter((m) => deletedShown || !m.deleted);
    const lastSeq = frozen.current.length ? frozen.current[frozen.current.length - 1].seq : 0;
    for (let i = visible.length - 1; i >= 0 && visible[i].seq > lastSeq; i--) newCount++;
  }

  const onAtBottomChange = useCallback(
    (atBottom) => {
      if (atBottom) setPaused(false);
      else {
        frozen.current = visible;
        setPaused(true);
      }
    },
    [visible],
  );
  const resume = () => setPaused(false);
  const resetAnd = (fn) => (...a) => {
    setPaused(false);
    fn(...a);
  };

  const onHide = useCallback((id) => actions.hide(id), [actions]);
  const onUpvote = useCallback((kind, id) => actions.upvote(kind, id), [actions]);

  const renderItem = (m) => (
    <ChatLine
      m={m}
      theme={theme}
      parent={m.reply_to ? lookups.byPlatformId().get(`${m.platform}:${m.reply_to}`) : undefined}
      canModerate={moderator}
      onHide={onHide}
      onUpvote={onUpvote}
      pendingHide={state.pending[m.id] === 'hide'}
      voted={Boolean(state.votes[m.id]) && state.votes[m.id].state !== 'failed'}
    />
  );

  const togglePlatform = resetAnd((p) =>
    setPlatforms((old) => {
      const next = new Set(old);
      if (next.has(p)) next.delete(p);
      else next.add(p);
      return next;
    }),
  );

  return (
    <section className="panel chat-panel" aria-labelledby="chat-title">
      <h2 id="chat-title" className="panel-title">
        {t('chat')}
      </h2>
      <form className="filters" role="search" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
        <fieldset className="platform-filter">
          <legend className="sr-only">{t('platform')}</legend>
          {PLATFORMS.map((p) => (
            <label key={p} className={`chip chip-${p}`}>
              <input type="checkbox" checked={platforms.has(p)} onChange={() => togglePlatform(p)} />
              {t(`platform_${p}`)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="sr-only">{t('category')}</span>
          <select value={category} onChange={(e) => resetAnd(setCategory)(e.target.value)} aria-label={t('category')}>
            <option value="">{t('anyCategory')}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={questionsOnly} onChange={(e) => resetAnd(setQuestionsOnly)(e.target.checked)} />
          {t('questionsOnly')}
        </label>
        {moderator && (
          <label className="check">
            <input type="checkbox" checked={showDeleted} onChange={(e) => onShowDeletedChange?.(e.target.checked)} />
            {t('showDeleted')}
          </label>
        )}
        <label className="field grow">
          <span className="sr-only">{t('search')}</span>
          <input
            ref={searchRef}
            type="search"
            value={search}
            placeholder={t('search')}
            aria-label={t('search')}
            onChange={(e) => resetAnd(setSearch)(e.target.value)}
          />
        </label>
      </form>
      <div className="chat-body">
        {shown.length === 0 && <p className="empty">{t('emptyChat')}</p>}
        <VirtualList
          items={shown}
          getKey={getKey}
          renderItem={renderItem}
          follow={!paused}
          onAtBottomChange={onAtBottomChange}
          label={t('chatLog')}
          id="chat-log"
        />
        {paused && newCount > 0 && (
          <button type="button" className="jump" onClick={resume} aria-label={t('jumpToLatest')}>
            ↓ {t('newMessages', { n: newCount })}
          </button>
        )}
      </div>
    </section>
  );
}
