// Constants the build defines (wxt.config.ts `vite.define`); each is a literal in the bundle, so the
// minifier drops the code a release build does not need.

/** True except in release builds (`npm run zip`, WENZHAI_RELEASE=1): the test hooks on extension pages. */
declare const __WENZHAI_TEST_HOOKS__: boolean;
