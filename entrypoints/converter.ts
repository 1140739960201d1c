import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerConverterEngine } from '../lib/content/converter-registry';
import { createTextConverter } from '../lib/convert/text';

// Injected into a tab's isolated world on the first conversion; carries the OpenCC tables.
export default defineUnlistedScript(() => {
  registerConverterEngine(globalThis, { createTextConverter });
});
