import { defineConfig } from 'wxt';

// Why: the extension asks for nothing broad by default. The content script is injected on demand
// through activeTab + scripting. Per-site host access is only *optional*: asked for, one origin at a
// time, when the user chooses "Always convert this site to …" (lib/sites).
export default defineConfig({
  imports: false,
  // Parallel work (several builds at once) can point the output elsewhere.
  outDir: process.env.WENZHAI_OUT ?? '.output',
  // Firefox's sources zip (for the store's review): generated data is rebuilt by `npm install`
  // (postinstall → build:data), so it is left out, as are test screenshots.
  zip: {
    excludeSources: [
      'public/dict/**',
      'public/reader/words.bin',
      'public/convert/**',
      'tests/e2e/screenshots/**',
      '.tmp/**',
    ],
  },
  // Test hooks (handles on an extension page's globalThis that the end-to-end tests and the bench
  // drive) are compiled out of release builds: `npm run zip` sets WENZHAI_RELEASE=1, so the packages
  // sent to the stores carry none. lib/build-flags.d.ts declares the constant.
  vite: () => ({
    define: { __WENZHAI_TEST_HOOKS__: JSON.stringify(process.env.WENZHAI_RELEASE !== '1') },
  }),
  hooks: {
    // The toolbar button's own icons, 1× and 2× (set here: WXT rebuilds the MV2 browser_action from the
    // popup entrypoint and drops a default_icon given in `manifest.action`).
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const action of [manifest.action, manifest.browser_action])
        if (action) action.default_icon ??= { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    // Manifest strings in the browser's language (issue 7): public/_locales/{en,zh_CN,zh_TW}/messages.json.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'contextMenus',
      // Chrome: the hover dictionary is held by an offscreen document's worker, which a service-worker
      // restart does not unload (issue 5: the first hover after a restart stays fast).
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Save gestures (issue 6): each shortcut grants activeTab on the tab it was pressed in.
    commands: {
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSaveArticle__',
      },
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandSaveSelection__',
      },
      // Keyboard users (issue 7): the hover card for the word at the caret, also where Wenzhai has not
      // been started yet (the shortcut grants activeTab like a click).
      'hover-at-caret': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHoverAtCaret__',
      },
      // Convert / show original without opening the popup (default script from Options → Reading).
      'convert-page': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_commandConvertPage__',
      },
      // Reader view (issue 18). No suggested key: Chrome allows four, all taken above; the user picks one
      // at chrome://extensions/shortcuts (Firefox: about:addons → Manage Extension Shortcuts).
      'open-reader': {
        description: '__MSG_commandOpenReader__',
      },
    },
    action: { default_title: '__MSG_actionTitle__' },
    // Per-site rules (issue 4): never granted at install; the popup requests `<origin>/*` for the one
    // site the user picks. MV2 has no optional_host_permissions (WXT drops the key), so Firefox MV2
    // declares the same patterns as optional_permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'wenzhai@example.org',
              // 140 (desktop) and 142 (Android) are the first to read data_collection_permissions;
              // an older minimum makes addons-linter warn that the declaration would be ignored.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
