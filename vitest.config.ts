import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    environmentOptions: {
      // Fixture pages link stylesheets and scripts that do not exist here; tests never fetch.
      happyDOM: {
        settings: {
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 20_000,
    // A test that asserts nothing fails (issue 16 §7): e.g. a loop of expects over a list that came out empty.
    expect: { requireAssertions: true },
  },
});
