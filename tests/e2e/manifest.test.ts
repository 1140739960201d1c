// The shipped manifests grant no host access: activeTab + scripting, nothing broader; per-site host
// access is only optional (asked for when the user makes a per-site rule).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './harness';

const manifest = (target: string) =>
  JSON.parse(readFileSync(join(ROOT, process.env.WENZHAI_OUT ?? '.output', target, 'manifest.json'), 'utf8'));

test('the Chrome build needs no host permissions and registers no content script', () => {
  const m = manifest('chrome-mv3');
  // offscreen (Chrome only, issue 5): the hover dictionary's worker outlives service-worker restarts.
  assert.deepEqual(m.permissions, [
    'activeTab',
    'scripting',
    'storage',
    'unlimitedStorage',
    'contextMenus',
    'offscreen',
  ]);
  assert.equal(m.host_permissions, undefined);
  // Save gestures (issue 6) and the hover card at the caret (issue 7): shortcuts grant activeTab only.
  assert.deepEqual(Object.keys(m.commands ?? {}).sort(), [
    'convert-page',
    'hover-at-caret',
    'open-reader',
    'save-article',
    'save-selection',
  ]);
  assert.equal(m.content_scripts, undefined);
  // Per-site rules (issue 4): host access only as optional, requested one origin at a time on opt-in.
  assert.deepEqual(m.optional_host_permissions, ['http://*/*', 'https://*/*']);
  assert.equal(m.optional_permissions, undefined);
});

test('the Firefox build has the same minimum and a gecko id with no data collection', () => {
  const m = manifest('firefox-mv2');
  assert.deepEqual(m.permissions, ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus']);
  assert.equal(m.content_scripts, undefined);
  // MV2 has no optional_host_permissions: the same per-site patterns are optional permissions there.
  assert.deepEqual(m.optional_permissions, ['http://*/*', 'https://*/*']);
  assert.equal(m.optional_host_permissions, undefined);
  assert.equal(m.host_permissions, undefined);
  assert.equal(m.browser_specific_settings.gecko.id, 'wenzhai@example.org');
  assert.deepEqual(m.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
});

test('both builds carry the icons at every store size, the toolbar button included (issue 7)', () => {
  for (const [target, actionKey] of [
    ['chrome-mv3', 'action'],
    ['firefox-mv2', 'browser_action'],
  ] as const) {
    const m = manifest(target);
    assert.deepEqual(
      Object.keys(m.icons).sort((a, b) => Number(a) - Number(b)),
      ['16', '32', '48', '96', '128'],
    );
    for (const file of [...Object.values(m.icons), ...Object.values(m[actionKey].default_icon)])
      assert.ok(
        existsSync(join(ROOT, process.env.WENZHAI_OUT ?? '.output', target, String(file))),
        `${target}: ${file}`,
      );
  }
  // The data-collection declaration is read from Firefox 140 (Android 142): no older minimum.
  const gecko = manifest('firefox-mv2').browser_specific_settings;
  assert.equal(gecko.gecko.strict_min_version, '140.0');
  assert.equal(gecko.gecko_android.strict_min_version, '142.0');
});

test('the injected content script stays at most 150 KiB (issue 16: the rest loads on first need)', () => {
  const dir = join(ROOT, process.env.WENZHAI_OUT ?? '.output', 'chrome-mv3');
  const content = statSync(join(dir, 'content-scripts', 'content.js')).size;
  assert.ok(content > 10 * 1024, `content.js is ${content} bytes: not a real build?`);
  assert.ok(content <= 150 * 1024, `content.js is ${content} bytes, over 150 KiB`);
  // What was moved out must still ship, or saving and the language switch break in tabs.
  assert.ok(existsSync(join(dir, 'clipper.js')), 'clipper.js (sanitizer, re-anchoring) is missing');
  const text = readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8');
  assert.ok(!text.includes('DOMPurify'), 'DOMPurify is back in the content script');
});
