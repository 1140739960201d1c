import { defineConfig } from 'wxt';

// Why: the extension asks for nothing broad by default. The content script is injected on demand
// through activeTab + scripting. (Per-site host access, asked for on the user's opt-in, comes with the
// per-site conversion rule; until then nothing broader is declared.)
export default defineConfig({
  imports: false,
  // Parallel work (several builds at once) can point the output elsewhere.
  outDir: process.env.WENZHAI_OUT ?? '.output',
  manifest: ({ browser }) => ({
    name: 'Wenzhai 文摘',
    description:
      'Read Chinese news: article detection, 简⇄繁 conversion, hover glossary, clippings. Nothing leaves your device.',
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus'],
    // Save gestures (issue 6): each shortcut grants activeTab on the tab it was pressed in.
    commands: {
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the article on this tab to Wenzhai clippings',
      },
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Save the selected text to Wenzhai clippings',
      },
    },
    action: { default_title: 'Wenzhai 文摘' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'wenzhai@example.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
