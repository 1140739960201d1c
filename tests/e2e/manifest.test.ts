// The shipped manifests ask for no host access: activeTab + scripting, optional access per site.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './harness';

const manifest = (target: string) =>
  JSON.parse(readFileSync(join(ROOT, process.env.WENZHAI_OUT ?? '.output', target, 'manifest.json'), 'utf8'));

test('the Chrome build needs no host permissions and registers no content script', () => {
  const m = manifest('chrome-mv3');
  assert.deepEqual(m.permissions, ['activeTab', 'scripting', 'storage', 'unlimitedStorage']);
  assert.equal(m.host_permissions, undefined);
  assert.equal(m.content_scripts, undefined);
  assert.deepEqual(m.optional_host_permissions, ['*://*/*']);
});

test('the Firefox build has the same minimum and a gecko id with no data collection', () => {
  const m = manifest('firefox-mv2');
  assert.deepEqual(m.permissions, ['activeTab', 'scripting', 'storage', 'unlimitedStorage']);
  assert.equal(m.content_scripts, undefined);
  assert.equal(m.browser_specific_settings.gecko.id, 'wenzhai@example.org');
  assert.deepEqual(m.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
});
