// Registers the service worker (built as /sw.js) that keeps the app shell and assets for offline use.
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  if (import.meta.env.DEV) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((e) => console.warn('MellChat: service worker not registered:', e));
  });
}
