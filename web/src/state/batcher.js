// Frames arrive faster than the screen can show them (hundreds of messages a second); they are
// queued and handed to the reducer in one batch on an animation frame, at most every `minInterval`
// ms (a flood is applied 20 times a second, not 60, which leaves the browser time to scroll and
// paint), or after `maxDelay` ms when the tab is hidden and animation frames stop.

export class FrameBatcher {
  constructor(
    dispatch,
    {
      raf = globalThis.requestAnimationFrame?.bind(globalThis),
      caf = globalThis.cancelAnimationFrame?.bind(globalThis),
      maxDelay = 250,
      minInterval = 50,
      now = () => performance.now(),
    } = {},
  ) {
    this.dispatch = dispatch;
    this.minInterval = minInterval;
    this.now = now;
    this.lastFlush = -Infinity;
    this.onFrame = this.onFrame.bind(this);
    this.raf = raf;
    this.caf = caf;
    this.maxDelay = maxDelay;
    this.queue = [];
    this.rafId = null;
    this.timer = null;
    this.flush = this.flush.bind(this);
  }

  push(frame) {
    this.queue.push(frame);
    if (this.rafId === null && this.timer === null) {
      if (this.raf) this.rafId = this.raf(this.onFrame);
      this.timer = setTimeout(this.flush, this.maxDelay);
    }
  }

  onFrame() {
    this.rafId = null;
    if (this.now() - this.lastFlush < this.minInterval) {
      this.rafId = this.raf(this.onFrame);
      return;
    }
    this.flush();
  }

  flush() {
    if (this.rafId !== null && this.caf) this.caf(this.rafId);
    if (this.timer !== null) clearTimeout(this.timer);
    this.rafId = null;
    this.timer = null;
    if (!this.queue.length) return;
    this.lastFlush = this.now();
    const frames = this.queue;
    this.queue = [];
    this.dispatch({ type: 'FRAMES', frames });
  }

  dispose() {
    this.flush();
    this.dispatch = () => {};
  }
}
