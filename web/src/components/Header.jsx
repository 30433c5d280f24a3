// Title, live connection state, the signed-in role, sign in / out, and the panel tabs on phones.
import { useState } from 'react';
import { useActions, useAppState } from '../state/store.jsx';
import { useT } from '../i18n.js';
import { SignInDialog } from './SignIn.jsx';

export const TABS = ['chat', 'questions', 'channels', 'stats'];

export function Header({ tab, onTab }) {
  const t = useT();
  const state = useAppState();
  const actions = useActions();
  const [signingIn, setSigningIn] = useState(false);
  const { role, source } = state.auth;
  const socket = state.online ? state.socket : 'closed';

  return (
    <header className="header">
      <div className="brand">
        <img src="/icons/icon.svg" alt="" width="28" height="28" />
        <h1>{t('appName')}</h1>
      </div>
      <div className={`conn conn-${socket}`} role="status" aria-live="polite">
        <span className="status-dot" aria-hidden="true" />
        {state.online ? t(`socket_${socket}`) : t('offline')}
      </div>
      <nav className="tabs" aria-label={t('mainNav')}>
        {TABS.map((name) => (
          <button key={name} type="button" className="tab" aria-pressed={tab === name} onClick={() => onTab(name)}>
            {t(name)}
          </button>
        ))}
      </nav>
      <div className="account">
        <span className={`role role-${role}`} title={t('signedInAs', { role: t(`role_${role}`) })}>
          {t(`role_${role}`)}
        </span>
        {source === 'pasted' ? (
          <button type="button" className="ghost" onClick={actions.signOut}>
            {t('signOut')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => setSigningIn(true)}>
            {t('signIn')}
          </button>
        )}
      </div>
      {signingIn && (
        <SignInDialog
          onClose={() => setSigningIn(false)}
          onSubmit={(token) => {
            actions.signIn(token);
            setSigningIn(false);
          }}
        />
      )}
    </header>
  );
}

export function Errors() {
  const t = useT();
  const { errors } = useAppState();
  const { dispatch } = useActions();
  if (!errors.length) return null;
  return (
    <div className="toasts" role="alert">
      {errors.map((e) => (
        <div key={e.id} className="toast">
          <span>{t('actionFailed', { detail: e.detail || e.status })}</span>
          <button type="button" className="ghost" onClick={() => dispatch({ type: 'DISMISS_ERROR', id: e.id })} aria-label={t('dismiss')}>
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
