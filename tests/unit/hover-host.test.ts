import { describe, expect, it } from 'vitest';
import { createGuardedHost, hostDeclarations } from '../../lib/hover/host';
import { createMarks, randomHighlightName } from '../../lib/page-text/highlights';

const OPTIONS = { kind: 'hover', hostStyle: 'position: fixed; top: 0', css: '.frame { color: red }' };

describe('guarded host', () => {
  it('is a plain div marked as ours, with a closed root the page cannot reach', () => {
    const guarded = createGuardedHost(document, OPTIONS);
    expect(guarded.host.localName).toBe('div');
    expect(guarded.host.getAttribute('data-wenzhai-ui')).toBe('hover');
    expect(guarded.host.shadowRoot).toBeNull();
    expect(guarded.host.parentNode).toBe(document.documentElement);
    expect(guarded.frame.getRootNode()).not.toBe(document);
    expect(guarded.host.getAttribute('style')).toBe(hostDeclarations(OPTIONS.hostStyle));
    expect(hostDeclarations('top: 0')).toMatch(
      /display: block !important;.*opacity: 1 !important;.*top: 0 !important;$/,
    );
    guarded.remove();
  });

  it('does not care which custom element names the page has defined', () => {
    customElements.define('wenzhai-hover', class extends HTMLElement {});
    expect(() => createGuardedHost(document, OPTIONS).remove()).not.toThrow();
  });

  it('re-asserts its styles and attributes and re-mounts itself each time it is shown', () => {
    const guarded = createGuardedHost(document, OPTIONS);
    const { host } = guarded;
    host.style.setProperty('display', 'none', 'important');
    host.style.setProperty('transform', 'scale(0)', 'important');
    for (const name of ['inert', 'aria-hidden', 'hidden', 'popover']) host.setAttribute(name, '');
    host.remove();
    guarded.show();
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.getAttribute('style')).toBe(hostDeclarations(OPTIONS.hostStyle));
    for (const name of ['inert', 'aria-hidden', 'hidden', 'popover'])
      expect(host.hasAttribute(name)).toBe(false);
    expect(guarded.frame.hidden).toBe(false);
    guarded.hide();
    expect(guarded.frame.hidden).toBe(true);
    guarded.remove();
    expect(host.isConnected).toBe(false);
  });
});

describe('highlight names', () => {
  it('are a kind plus random bits, different per instance', () => {
    const fixed = (bytes: Uint8Array) => bytes.fill(0xab);
    expect(randomHighlightName('word', fixed)).toBe(`m${'ab'.repeat(12)}-word`);
    const a = randomHighlightName('word', (b) => crypto.getRandomValues(b));
    const b = randomHighlightName('word', (b) => crypto.getRandomValues(b));
    expect(a).toMatch(/^m[0-9a-f]{24}-word$/);
    expect(a).not.toBe(b);
  });

  it('marks nothing and reports it where the browser has no highlight API', () => {
    const marks = createMarks(document, 'word', 'color: red;');
    const range = document.createRange();
    const has = 'highlights' in (globalThis.CSS ?? {});
    expect(marks.set([range])).toBe(has);
    marks.dispose();
  });
});
