// PolicySite preview: live reload and the build-error overlay.
// Served only by `policysite preview` at /__policysite/live.js and never written into output/.
// An external script (no inline code, no inline styles) so the site's Content-Security-Policy holds.
(() => {
  'use strict';

  const root = '/__policysite/';
  const script = document.currentScript;
  // The build this page was served from; the server says which build is current when we connect.
  const servedBuild = script ? script.dataset.build : undefined;
  const scrollKey = 'policysite:scroll:' + location.pathname;

  restoreScroll();

  const events = new EventSource(root + 'events');
  events.addEventListener('hello', (e) => {
    const { build } = JSON.parse(e.data);
    // A rebuild finished between serving this page and connecting, or the server restarted.
    if (servedBuild && build && build !== servedBuild) {
      reload();
    }
  });
  events.addEventListener('reload', reload);
  events.addEventListener('css', swapStylesheets);
  events.addEventListener('errors', (e) => showErrors(JSON.parse(e.data)));
  events.addEventListener('ok', removeOverlay);

  function reload() {
    try {
      sessionStorage.setItem(scrollKey, JSON.stringify([scrollX, scrollY]));
    } catch {
      // Storage may be disabled; the page still reloads, at the top.
    }
    location.reload();
  }

  function restoreScroll() {
    let saved = null;
    try {
      saved = sessionStorage.getItem(scrollKey);
      sessionStorage.removeItem(scrollKey);
    } catch {
      return;
    }
    if (!saved) {
      return;
    }
    const [x, y] = JSON.parse(saved);
    if ('scrollRestoration' in history) {
      history.scrollRestoration = 'manual';
    }
    const restore = () => scrollTo(x, y);
    // Deferred scripts run before the load event: restore now and again once images and fonts are laid out.
    restore();
    addEventListener('load', restore, { once: true });
  }

  // Only a stylesheet changed: its fingerprinted name did, so read the new names from the page
  // as it is now served and swap each link once its replacement has loaded (no flash, no reload).
  async function swapStylesheets() {
    try {
      const response = await fetch(location.href, { cache: 'no-store' });
      const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
      const next = stylesheets(fresh).map((link) => new URL(link.getAttribute('href'), location.href).href);
      const current = stylesheets(document);
      if (next.length !== current.length) {
        reload();
        return;
      }
      current.forEach((link, i) => {
        if (link.href === next[i]) {
          return;
        }
        const replacement = link.cloneNode();
        replacement.href = next[i];
        const retire = () => link.remove();
        replacement.addEventListener('load', retire, { once: true });
        replacement.addEventListener('error', retire, { once: true });
        link.after(replacement);
      });
    } catch {
      reload();
    }
  }

  function stylesheets(doc) {
    return Array.from(doc.querySelectorAll('link[rel~="stylesheet"]'))
      .filter((link) => !(link.getAttribute('href') || '').startsWith(root));
  }

  // The overlay lives in a shadow root, so the site's CSS cannot touch it nor it the site's.
  // Every text goes in through textContent: a diagnostic quotes the author's input verbatim.
  let host = null;

  function showErrors(report) {
    removeOverlay();
    host = document.createElement('policysite-errors');
    const shadow = host.attachShadow({ mode: 'open' });

    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = root + 'live.css';
    shadow.append(style);

    const panel = element('section', 'panel');
    panel.setAttribute('role', 'alertdialog');
    panel.setAttribute('aria-labelledby', 'title');
    panel.setAttribute('aria-describedby', 'summary');

    const title = element('h2', 'title', report.title);
    title.id = 'title';
    const summary = element('p', 'summary', report.summary);
    summary.id = 'summary';

    const list = element('ol', 'diagnostics');
    for (const d of report.diagnostics) {
      const item = element('li', 'diagnostic ' + d.severity);
      item.append(
        element('code', 'location', d.location),
        element('span', 'severity', d.severity + ' ' + d.code),
        element('span', 'message', d.message));
      list.append(item);
    }

    const close = element('button', 'close', 'Dismiss');
    close.type = 'button';
    close.addEventListener('click', removeOverlay);

    panel.append(title, summary, list, close);
    shadow.append(panel);
    document.body.append(host);
    close.focus({ preventScroll: true });
  }

  function removeOverlay() {
    if (host) {
      host.remove();
      host = null;
    }
  }

  function element(name, className, text) {
    const node = document.createElement(name);
    node.className = className;
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }
})();
