// Frames arrive faster than the screen can show them (hundreds of messages a second); they are
// queued and handed to the reducer once per animation frame, or after `maxDelay` ms when the tab
// is hidden and animation frames stop.

export class FrameBatcher {
  constructor(dispatch, { raf = globalThis.requestAnimationFrame?.bind(globalThis), caf = globalThis.cancelAnimationFrame?.bind(globalThis), maxDelay = 250 } = {}) {
    this.dispatch = dispatch;
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
      if (this.raf) this.rafId = this.raf(this.flush);
      this.timer = setTimeout(this.flush, this.maxDelay);
    }
  }

  flush() {
    if (this.rafId !== null && this.caf) this.caf(this.rafId);
    if (this.timer !== null) clearTimeout(this.timer);
    this.rafId = null;
    this.timer = null;
    if (!this.queue.length) return;
    const frames = this.queue;
    this.queue = [];
    this.dispatch({ type: 'FRAMES', frames });
  }

  dispose() {
    this.flush();
    this.dispatch = () => {};
  }
}
