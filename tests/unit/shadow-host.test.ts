import { describe, expect, it } from 'vitest';
import { createShadowHost } from '../../lib/hover/shadow-host';

describe('createShadowHost', () => {
  it('builds a marked host with every inline declaration important and a closed root', () => {
    const { host, frame } = createShadowHost(
      document,
      'wenzhai-test',
      'position: fixed; top: 0',
      '.x { color: red }',
    );
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.hasAttribute('data-wenzhai-ui')).toBe(true);
    expect(host.getAttribute('style')).toBe(
      'all: initial !important; position: fixed !important; top: 0 !important;',
    );
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(frame.getRootNode()).not.toBe(document);
    expect(frame.previousElementSibling?.textContent).toBe('.x { color: red }');
  });
});
