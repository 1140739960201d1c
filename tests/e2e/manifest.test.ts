// The shipped manifests ask for no host access: activeTab + scripting, nothing broader.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './harness';

const manifest = (target: string) =>
  JSON.parse(readFileSync(join(ROOT, process.env.WENZHAI_OUT ?? '.output', target, 'manifest.json'), 'utf8'));

test('the Chrome build needs no host permissions and registers no content script', () => {
  const m = manifest('chrome-mv3');
  assert.deepEqual(m.permissions, ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus']);
  assert.equal(m.host_permissions, undefined);
  // Save gestures (issue 6): a shortcut for each save; they grant activeTab, nothing more.
  assert.deepEqual(Object.keys(m.commands ?? {}).sort(), ['save-article', 'save-selection']);
  assert.equal(m.content_scripts, undefined);
  assert.equal(m.optional_host_permissions, undefined);
});

test('the Firefox build has the same minimum and a gecko id with no data collection', () => {
  const m = manifest('firefox-mv2');
  assert.deepEqual(m.permissions, ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus']);
  assert.equal(m.content_scripts, undefined);
  assert.equal(m.optional_permissions, undefined);
  assert.equal(m.browser_specific_settings.gecko.id, 'wenzhai@example.org');
  assert.deepEqual(m.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
});
