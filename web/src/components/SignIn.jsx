// Sign-in by pasting a token. The JWT payload is decoded only to show the role.
import { useEffect, useRef, useState } from 'react';
import { decodeJwt, describeToken } from '../api/auth.js';
import { useT } from '../i18n.js';

/** Keeps Tab and Shift+Tab inside the dialog. */
function trapFocus(e) {
  const focusable = [...e.currentTarget.querySelectorAll('textarea, button, input, select, a[href]')].filter((el) => !el.disabled);
  if (!focusable.length) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

export function SignInDialog({ onSubmit, onClose }) {
  const t = useT();
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const input = useRef(null);
  const opener = useRef(typeof document !== 'undefined' ? document.activeElement : null);

  useEffect(() => {
    input.current?.focus();
    const prev = opener.current;
    return () => prev?.focus?.();
  }, []);

  const submit = (e) => {
    e.preventDefault();
    const token = value.trim();
    if (!decodeJwt(token)) {
      setError(t('tokenInvalid'));
      return;
    }
    if (describeToken(token).expired) {
      setError(t('tokenExpired'));
      return;
    }
    onSubmit(token);
  };

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="signin-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
          if (e.key === 'Tab') trapFocus(e);
        }}
      >
        <h2 id="signin-title">{t('signInTitle')}</h2>
        <p className="muted">{t('signInHelp')}</p>
        <form onSubmit={submit}>
          <label className="field">
            <span>{t('token')}</span>
            <textarea
              ref={input}
              name="token"
              rows={4}
              value={value}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={Boolean(error)}
              aria-describedby={error ? 'signin-error' : undefined}
              onChange={(e) => setValue(e.target.value)}
            />
          </label>
          {error && (
            <p id="signin-error" className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="modal-actions">
            <button type="button" className="ghost" onClick={onClose}>
              {t('cancel')}
            </button>
            <button type="submit" className="primary">
              {t('signIn')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
