import { useEffect, useMemo, useRef, useState } from 'react';
import { I18nContext, makeT, pickLanguage, useT } from './i18n.js';
import { StoreProvider, useAppState } from './state/store.jsx';
import { useLiveData } from './state/live.js';
import { can } from './api/auth.js';
import { Header, Errors } from './components/Header.jsx';
import { ChatPanel } from './components/ChatPanel.jsx';
import { QuestionsPanel } from './components/QuestionsPanel.jsx';
import { ConnectionPanel } from './components/ConnectionPanel.jsx';
import { Stats } from './components/Stats.jsx';
import { Overlay } from './components/Overlay.jsx';

function prefersLight() {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: light)').matches;
}

function Live({ config, includeDeleted }) {
  useLiveData(config, { includeDeleted, keepLastSeen: true });
  return null;
}

function Main({ config }) {
  const t = useT();
  const state = useAppState();
  const [tab, setTab] = useState('chat');
  const [showDeleted, setShowDeleted] = useState(false);
  const searchRef = useRef(null);
  const theme = config.theme === 'light' || (!config.theme && prefersLight()) ? 'light' : 'dark';
  const includeDeleted = showDeleted && can.moderate(state.auth.role);

  useEffect(() => {
    const onKey = (e) => {
      const tag = e.target?.tagName?.toLowerCase();
      if (e.key === '/' && !['input', 'textarea', 'select'].includes(tag)) {
        e.preventDefault();
        setTab('chat');
        setTimeout(() => searchRef.current?.focus(), 0);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div className={`app tab-${tab}`}>
      <a className="skip" href="#chat-log">
        {t('skipToChat')}
      </a>
      <Live config={config} includeDeleted={includeDeleted} />
      <Header tab={tab} onTab={setTab} />
      <Errors />
      <main className="layout">
        <div className="col col-chat" data-tab="chat">
          <ChatPanel theme={theme} showDeleted={showDeleted} onShowDeletedChange={setShowDeleted} searchRef={searchRef} />
        </div>
        <div className="col col-questions" data-tab="questions">
          <QuestionsPanel />
        </div>
        <div className="col col-side" tabIndex={0} role="region" aria-label={`${t('channels')}, ${t('stats')}`}>
          <div data-tab="channels">
            <ConnectionPanel />
          </div>
          <div data-tab="stats">
            <Stats />
          </div>
        </div>
      </main>
    </div>
  );
}

function OverlayRoot({ config }) {
  useLiveData(config);
  useEffect(() => {
    document.documentElement.dataset.theme = config.theme === 'light' ? 'light' : 'dark';
    document.documentElement.dataset.overlay = config.theme;
  }, [config.theme]);
  return <Overlay config={config} />;
}

export function App({ config, makeApi, languages, initial }) {
  const lang = pickLanguage(languages, config.lang);
  const i18n = useMemo(() => ({ lang, t: makeT(lang) }), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <I18nContext.Provider value={i18n}>
      <StoreProvider makeApi={makeApi} initial={initial}>
        {config.view === 'overlay' ? <OverlayRoot config={config} /> : <Main config={config} />}
      </StoreProvider>
    </I18nContext.Provider>
  );
}
