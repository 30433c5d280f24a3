// The OBS browser-source view: the last few chat lines, or the current question, on a transparent
// (or dark / light) background, with no controls.
import { useMemo } from 'react';
import { useAppState } from '../state/store.jsx';
import { rankedQuestions, visibleMessages } from '../state/selectors.js';
import { useT } from '../i18n.js';
import { readableColour } from '../util/color.js';
import { clampMarks } from '../util/text.js';
import { PlatformMark } from './PlatformMark.jsx';
import { MessageText } from './MessageText.jsx';

const NO_FILTER = { platforms: null, category: '', questionsOnly: false, search: '' };

export function Overlay({ config }) {
  const t = useT();
  const state = useAppState();
  const colourTheme = config.theme === 'light' ? 'light' : 'dark';
  const lines = useMemo(() => visibleMessages(state.messages, NO_FILTER, false).slice(-config.limit), [state.messages, config.limit]);
  const question = useMemo(() => {
    if (config.mode !== 'question') return null;
    const now = state.nowAnswering && state.questions[state.nowAnswering];
    return now && !now.answered && !now.hidden ? now : rankedQuestions(state.questions, 'top', false)[0] || null;
  }, [config.mode, state.questions, state.nowAnswering]);

  if (config.mode === 'question') {
    return (
      <main className="overlay overlay-question" aria-label={t('questions')}>
        {question ? (
          <div className="ov-question" data-id={question.id}>
            <div className="ov-q-head">
              <PlatformMark platform={question.platform} />
              <bdi className="author">{clampMarks(question.display_name || question.username)}</bdi>
              <span className="ov-votes">▲ {question.upvotes}</span>
            </div>
            <p className="ov-q-text">
              <bdi>{clampMarks(question.question.slice(0, 400))}</bdi>
            </p>
          </div>
        ) : (
          <p className="ov-empty">{t('overlayNoQuestion')}</p>
        )}
      </main>
    );
  }
  return (
    <main className="overlay overlay-chat" aria-label={t('chat')}>
      {lines.length === 0 && <p className="ov-empty">{t('overlayEmpty')}</p>}
      <ul className="ov-lines">
        {lines.map((m) => (
          <li key={m.id} className={`ov-line ${m.kind === 'paid' || m.amount ? 'paid' : ''}`} data-id={m.id}>
            <PlatformMark platform={m.platform} />
            <bdi className="author" style={{ color: readableColour(m.color, m.username, colourTheme) }}>
              {clampMarks(m.display_name)}
            </bdi>
            <span aria-hidden="true">: </span>
            <MessageText message={m.message} emotes={m.emotes} platform={m.platform} maxChars={300} />
          </li>
        ))}
      </ul>
    </main>
  );
}
