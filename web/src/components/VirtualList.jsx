// A windowed list for the chat: only the rows in (and near) the viewport are in the DOM. Row
// heights vary (wrapped lines, replies); each rendered row is measured and remembered by key,
// rows not yet seen use an estimate. With `follow`, the list stays scrolled to the bottom.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';

const AT_BOTTOM_SLACK = 40;

function firstAfter(offsets, y) {
  // the first index i with offsets[i + 1] > y
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1] > y) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo);
}

export function VirtualList({
  items,
  getKey,
  renderItem,
  estimate = 30,
  overscan = 400,
  follow = true,
  onAtBottomChange,
  fallbackRows = 60,
  label,
  id,
  className = '',
}) {
  const scrollRef = useRef(null);
  const heights = useRef(new Map());
  const atBottomRef = useRef(true);
  const followRef = useRef(follow);
  followRef.current = follow;
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  const [version, setVersion] = useState(0);

  // rows not measured yet count as one line: the smallest height measured so far
  const guess = useRef(estimate);

  const offsets = useMemo(() => {
    const o = new Array(items.length + 1);
    o[0] = 0;
    const g = guess.current;
    for (let i = 0; i < items.length; i++) o[i + 1] = o[i] + (heights.current.get(getKey(items[i])) ?? g);
    return o;
  }, [items, version, getKey]);

  const total = offsets[items.length];
  let start;
  let end;
  if (viewport <= 0) {
    // not laid out (hidden panel, test DOM): render the end (or start) of the list
    start = follow ? Math.max(0, items.length - fallbackRows) : 0;
    end = Math.min(items.length, start + fallbackRows);
  } else {
    const top = follow ? Math.max(0, total - viewport) : scrollTop;
    start = items.length ? firstAfter(offsets, Math.max(0, top - overscan)) : 0;
    end = items.length ? Math.min(items.length, firstAfter(offsets, top + viewport + overscan) + 1) : 0;
  }

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    // only a row whose height differs from what the offsets assumed needs another pass
    let changed = false;
    const rows = el.querySelectorAll('[data-vkey]');
    const measured = [];
    for (const row of rows) measured.push([row.getAttribute('data-vkey'), row.offsetHeight]);
    if (guess.current === estimate && measured.length) {
      const min = Math.min(...measured.map(([, h]) => h).filter((h) => h > 0));
      if (Number.isFinite(min) && min !== guess.current) {
        guess.current = min;
        changed = true;
      }
    }
    for (const [key, h] of measured) {
      if (h <= 0) continue;
      const assumed = heights.current.get(key) ?? guess.current;
      heights.current.set(key, h);
      if (assumed !== h) changed = true;
    }
    if (heights.current.size > items.length * 2 + 1000) {
      const live = new Set(items.map(getKey));
      for (const k of heights.current.keys()) if (!live.has(k)) heights.current.delete(k);
    }
    if (changed) setVersion((v) => v + 1);
    if (follow && el.scrollHeight > el.clientHeight) el.scrollTop = el.scrollHeight;
  });

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return undefined;
    const measure = () => setViewport(el.clientHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const onScroll = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    // while following, the window is derived from the total height: no re-render per scroll event
    if (!followRef.current) setScrollTop(el.scrollTop);
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight <= AT_BOTTOM_SLACK;
    if (atBottom !== atBottomRef.current) {
      atBottomRef.current = atBottom;
      if (!atBottom) setScrollTop(el.scrollTop);
      onAtBottomChange?.(atBottom);
    }
  }, [onAtBottomChange]);

  // a user who scrolls up leaves the bottom at once, before a new batch could pull the list back
  const leaveBottom = useCallback(() => {
    if (atBottomRef.current) {
      atBottomRef.current = false;
      if (scrollRef.current) setScrollTop(scrollRef.current.scrollTop);
      onAtBottomChange?.(false);
    }
  }, [onAtBottomChange]);
  const onWheel = useCallback((e) => e.deltaY < 0 && leaveBottom(), [leaveBottom]);
  const onKeyDown = useCallback(
    (e) => ['ArrowUp', 'PageUp', 'Home'].includes(e.key) && e.target === scrollRef.current && leaveBottom(),
    [leaveBottom],
  );

  const rows = [];
  for (let i = start; i < end; i++) {
    const item = items[i];
    const key = getKey(item);
    rows.push(
      <div key={key} data-vkey={key} className="vrow" style={{ transform: `translateY(${offsets[i]}px)` }}>
        {renderItem(item, i)}
      </div>,
    );
  }

  return (
    <div
      ref={scrollRef}
      id={id}
      className={`vlist ${className}`}
      onScroll={onScroll}
      onWheel={onWheel}
      onTouchMove={leaveBottom}
      onKeyDown={onKeyDown}
      tabIndex={0}
      role="log"
      aria-live="off"
      aria-label={label}
    >
      <div className="vlist-inner" style={{ height: total }}>
        {rows}
      </div>
    </div>
  );
}
