// Live charts from the stats windows (REST snapshot + `stats` frames), drawn in SVG.
import { memo, useMemo } from 'react';
import { useAppState } from '../state/store.jsx';
import { categoryMix, perMinute, PLATFORMS, topQuestions } from '../state/selectors.js';
import { useT } from '../i18n.js';
import { clampMarks } from '../util/text.js';

const W = 320;
const H = 110;
const PAD = { l: 30, r: 6, t: 8, b: 18 };
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

export function LineChart({ title, minutes, series, field }) {
  const t = useT();
  const platforms = PLATFORMS.filter((p) => series[p]);
  const max = Math.max(1, ...platforms.flatMap((p) => series[p].map((c) => c[field])));
  const x = (i) => PAD.l + (i * (W - PAD.l - PAD.r)) / Math.max(1, minutes.length - 1);
  const y = (v) => H - PAD.b - (v * (H - PAD.t - PAD.b)) / max;
  const latest = platforms.map((p) => `${t(`platform_${p}`)} ${series[p][series[p].length - 1]?.[field] ?? 0}`).join(', ');
  const label = platforms.length ? `${title}; ${t('latest', { values: latest })}` : `${title}; ${t('noData')}`;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <line className="axis" x1={PAD.l} y1={H - PAD.b} x2={W - PAD.r} y2={H - PAD.b} />
        <line className="grid" x1={PAD.l} y1={PAD.t} x2={W - PAD.r} y2={PAD.t} />
        <text className="tick" x={PAD.l - 4} y={PAD.t + 4} textAnchor="end">
          {max}
        </text>
        <text className="tick" x={PAD.l - 4} y={H - PAD.b} textAnchor="end">
          0
        </text>
        {minutes.length > 0 && (
          <>
            <text className="tick" x={PAD.l} y={H - 4}>
              {timeFormat.format(minutes[0])}
            </text>
            <text className="tick" x={W - PAD.r} y={H - 4} textAnchor="end">
              {timeFormat.format(minutes[minutes.length - 1])}
            </text>
          </>
        )}
        {platforms.map((p) => (
          <polyline key={p} className={`series series-${p}`} points={series[p].map((c, i) => `${x(i).toFixed(1)},${y(c[field]).toFixed(1)}`).join(' ')} />
        ))}
      </svg>
      {platforms.length === 0 && <p className="empty">{t('noData')}</p>}
    </figure>
  );
}

export function Stats() {
  const { stats, questions } = useAppState();
  return <StatsView stats={stats} questions={questions} />;
}

const StatsView = memo(function StatsView({ stats, questions }) {
  const t = useT();
  const state = { stats, questions };
  const { minutes, series } = useMemo(() => perMinute(state.stats, 30), [state.stats]);
  const mix = useMemo(() => categoryMix(state.stats), [state.stats]);
  const top = useMemo(() => topQuestions(state.questions, 5), [state.questions]);
  const mixTotal = mix.reduce((a, [, v]) => a + v, 0);

  return (
    <section className="panel stats-panel" aria-labelledby="stats-title">
      <h2 id="stats-title" className="panel-title">
        {t('stats')}
      </h2>
      <ul className="legend" aria-hidden="true">
        {PLATFORMS.map((p) => (
          <li key={p} className={`legend-${p}`}>
            {t(`platform_${p}`)}
          </li>
        ))}
      </ul>
      <div className="charts">
        <LineChart title={t('messagesPerMinute')} minutes={minutes} series={series} field="messages" />
        <LineChart title={t('questionsPerMinute')} minutes={minutes} series={series} field="questions" />
        <LineChart title={t('chattersPerMinute')} minutes={minutes} series={series} field="chatters" />
        <figure className="chart mix">
          <figcaption>{t('categoryMix')}</figcaption>
          {mix.length === 0 ? (
            <p className="empty">{t('noData')}</p>
          ) : (
            <ul className="bars">
              {mix.slice(0, 8).map(([name, n]) => {
                const pct = Math.round((100 * n) / mixTotal);
                return (
                  <li key={name}>
                    <span className="bar-label">{name}</span>
                    <span className="bar" aria-hidden="true">
                      <span className={`bar-fill cat-${/^[a-z_-]+$/.test(name) ? name : 'other'}`} style={{ width: `${pct}%` }} />
                    </span>
                    <span className="bar-value">
                      {n} ({pct}%)
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </figure>
        <figure className="chart top-questions">
          <figcaption>{t('topQuestions')}</figcaption>
          {top.length === 0 ? (
            <p className="empty">{t('noData')}</p>
          ) : (
            <ol>
              {top.map((q) => (
                <li key={q.id}>
                  <bdi>{clampMarks(q.question.slice(0, 200))}</bdi>{' '}
                  <span className="muted">
                    ▲ {q.upvotes} · ×{q.asks}
                    {q.answered ? ' ✓' : ''}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </figure>
      </div>
    </section>
  );
});
