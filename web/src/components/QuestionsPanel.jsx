// The ranked question queue: top / new / trending, live asks and upvotes, one optimistic vote per
// question, answer / reopen / hide and "now answering" for moderators, the answered archive, and
// keyboard shortcuts for the streamer.
import { memo, useEffect, useMemo, useState } from 'react';
import { useActions, useAppState } from '../state/store.jsx';
import { rankedQuestions } from '../state/selectors.js';
import { can } from '../api/auth.js';
import { useT } from '../i18n.js';
import { PlatformMark } from './PlatformMark.jsx';
import { clampMarks } from '../util/text.js';

const SORTS = ['top', 'new', 'trending'];

function isTyping(target) {
  if (!target || !target.tagName) return false;
  const tag = target.tagName.toLowerCase();
  return tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable;
}

const QuestionItem = memo(function QuestionItem({ q, selected, now, moderator, voted, pending, actions, onSelect }) {
  const t = useT();
  const platforms = [...new Set([q.platform, ...q.sources.map((s) => s?.platform)].filter(Boolean))];
  const cls = ['question'];
  if (selected) cls.push('selected');
  if (now) cls.push('now');
  if (pending) cls.push('pending');
  return (
    <li className={cls.join(' ')} data-id={q.id} aria-current={now ? 'true' : undefined} onClick={() => onSelect(q.id)}>
      <div className="q-head">
        {platforms.map((p) => (
          <PlatformMark key={p} platform={p} />
        ))}
        <bdi className="q-author">{clampMarks(q.display_name || q.username)}</bdi>
        {q.asks > 1 && <span className="asks">{t('asks', { n: q.asks })}</span>}
        {now && <span className="now-label">{t('nowAnswering')}</span>}
      </div>
      <p className="q-text">
        <bdi>{clampMarks(q.question.length > 600 ? `${q.question.slice(0, 600)}…` : q.question)}</bdi>
      </p>
      <div className="q-actions">
        <button
          type="button"
          className={`vote ${voted ? 'on' : ''}`}
          aria-pressed={voted}
          disabled={voted || q.answered}
          onClick={(e) => {
            e.stopPropagation();
            actions.upvote('question', q.id);
          }}
          aria-label={`${voted ? t('upvoted') : t('upvote')}, ${t('upvotes', { n: q.upvotes })}`}
          title={voted ? t('upvoted') : t('upvote')}
        >
          ▲ <span className="count">{q.upvotes}</span>
        </button>
        {moderator && !q.answered && (
          <>
            <button type="button" className="ghost" aria-pressed={now} onClick={() => actions.nowAnswering(now ? null : q.id)} title={t('answerThisLong')}>
              {t('answerThis')}
            </button>
            <button type="button" className="primary answer" disabled={pending} onClick={() => actions.setAnswered(q.id, true)} title={t('markAnsweredLong')}>
              {t('markAnswered')}
            </button>
          </>
        )}
        {moderator && q.answered && (
          <button type="button" className="ghost reopen" disabled={pending} onClick={() => actions.setAnswered(q.id, false)} title={t('reopenLong')}>
            {t('reopen')}
          </button>
        )}
        {moderator && q.message_id && (
          <button type="button" className="ghost danger" onClick={() => actions.hide(q.message_id)} title={t('hideMessage')}>
            {t('hide')}
          </button>
        )}
      </div>
    </li>
  );
});

/** Reads the slices it needs, so that the panel does not re-render for every chat batch. */
export function QuestionsPanel({ compact = false }) {
  const { questions, votes, pending, nowAnswering, auth } = useAppState();
  return <QuestionsView compact={compact} questions={questions} votes={votes} pending={pending} nowAnswering={nowAnswering} role={auth.role} />;
}

const QuestionsView = memo(function QuestionsView({ compact, questions, votes, pending, nowAnswering, role }) {
  const t = useT();
  const state = { questions, votes, pending, nowAnswering, auth: { role } };
  const actions = useActions();
  const moderator = can.moderate(state.auth.role);
  const [sort, setSort] = useState('top');
  const [archive, setArchive] = useState(false);
  const [selected, setSelected] = useState(null);
  const [help, setHelp] = useState(false);

  const open = useMemo(() => rankedQuestions(state.questions, sort, false), [state.questions, sort]);
  const answered = useMemo(() => rankedQuestions(state.questions, sort, true), [state.questions, sort]);
  const list = archive ? answered : open;
  const now = state.nowAnswering ? state.questions[state.nowAnswering] : null;

  useEffect(() => {
    if (!can.shortcuts(state.auth.role)) return undefined;
    const onKey = (e) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const idx = list.findIndex((q) => q.id === selected);
      const current = list[idx] || null;
      const target = current || (state.nowAnswering && state.questions[state.nowAnswering]) || list[0];
      const move = (d) => {
        if (!list.length) return;
        const next = list[Math.min(list.length - 1, Math.max(0, (idx < 0 ? (d > 0 ? -1 : 0) : idx) + d))];
        setSelected(next.id);
        document.querySelector(`.question[data-id="${CSS.escape(next.id)}"]`)?.scrollIntoView?.({ block: 'nearest' });
      };
      switch (e.key) {
        case 'j':
          move(1);
          break;
        case 'k':
          move(-1);
          break;
        case 'Enter':
          if (e.target?.tagName === 'BUTTON' || e.target?.tagName === 'A' || !target || target.answered) return;
          actions.nowAnswering(target.id);
          break;
        case 'a':
          if (!target || target.answered) return;
          actions.setAnswered(target.id, true);
          if (current) move(1);
          break;
        case 'u':
          if (answered[0]) actions.setAnswered((archive && current ? current : answered[0]).id, false);
          break;
        case 'h':
          if (target?.message_id) actions.hide(target.message_id);
          break;
        case 'v':
          if (target) actions.upvote('question', target.id);
          break;
        case '1':
        case '2':
        case '3':
          setSort(SORTS[Number(e.key) - 1]);
          break;
        case '?':
          setHelp((h) => !h);
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [list, selected, state.auth.role, state.nowAnswering, state.questions, actions, answered, archive]);

  return (
    <section className={`panel questions-panel ${compact ? 'compact' : ''}`} aria-labelledby="questions-title">
      <h2 id="questions-title" className="panel-title">
        {t('questions')}
      </h2>
      <div className="q-toolbar">
        <div className="seg" role="group" aria-label={t('sort')}>
          {SORTS.map((s) => (
            <button key={s} type="button" aria-pressed={sort === s} onClick={() => setSort(s)} disabled={archive}>
              {t(`sort_${s}`)}
            </button>
          ))}
        </div>
        <div className="seg" role="group">
          <button type="button" aria-pressed={!archive} onClick={() => setArchive(false)}>
            {t('openQuestions')} <span className="count">{open.length}</span>
          </button>
          <button type="button" aria-pressed={archive} onClick={() => setArchive(true)}>
            {t('answeredArchive')} <span className="count">{answered.length}</span>
          </button>
        </div>
        {can.shortcuts(state.auth.role) && (
          <button type="button" className="ghost" aria-expanded={help} onClick={() => setHelp((h) => !h)} title={t('shortcuts')}>
            ⌨<span className="sr-only">{t('shortcuts')}</span>
          </button>
        )}
      </div>
      {help && (
        <p className="help" role="note">
          {t('shortcutsHelp')}
        </p>
      )}
      {now && !now.answered && !archive && (
        <div className="now-banner" role="status">
          <span className="now-label">{t('nowAnswering')}</span> <bdi>{clampMarks(now.question)}</bdi>
        </div>
      )}
      {list.length === 0 ? (
        <p className="empty">{archive ? t('noAnswered') : t('noQuestions')}</p>
      ) : (
        <ol className="q-list" aria-label={archive ? t('answeredArchive') : t('openQuestions')}>
          {list.slice(0, 200).map((q) => (
            <QuestionItem
              key={q.id}
              q={q}
              selected={selected === q.id}
              now={state.nowAnswering === q.id}
              moderator={moderator}
              voted={Boolean(state.votes[q.id])}
              pending={Boolean(state.pending[q.id])}
              actions={actions}
              onSelect={setSelected}
            />
          ))}
        </ol>
      )}
    </section>
  );
});
