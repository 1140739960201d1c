import { defineConfig } from 'wxt';

// Why: the extension asks for nothing broad by default. The content script is injected on demand
// through activeTab + scripting; per-site host access is optional and requested on the user's opt-in.
export default defineConfig({
  imports: false,
  // Parallel work (several builds at once) can point the output elsewhere.
  outDir: process.env.WENZHAI_OUT ?? '.output',
  manifest: ({ browser }) => ({
    name: 'Wenzhai 文摘',
    description:
      'Read Chinese news: article detection, 简⇄繁 conversion, hover glossary, clippings. Nothing leaves your device.',
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage'],
    // MV3 names optional host access apart; MV2 (Firefox) lists it with the optional permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['*://*/*'] }
      : { optional_host_permissions: ['*://*/*'] }),
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
