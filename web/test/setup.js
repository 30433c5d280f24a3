import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// jsdom has no layout: the virtual list falls back to rendering the last rows
if (!globalThis.CSS) globalThis.CSS = {};
if (!globalThis.CSS.escape) globalThis.CSS.escape = (s) => String(s).replace(/["\\]/g, '\\$&');
