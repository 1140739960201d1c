// Extension pages (the clippings reader) use the same converter bundle the tabs get, `converter.js`,
// instead of bundling OpenCC a second time: the script registers its engine on the page's global,
// and an extension page may read the data files (OpenCC's tables, the lexicon) itself.
import { MessageError } from '../dispatch/failure';
import { type ConverterEngine, registeredConverterEngine } from '../tab/converter-registry';

export async function loadEngineInExtensionPage(
  doc: Document,
  scriptUrl: string,
  lexiconUrl: string,
  /** OpenCC's tables: by default opencc.txt beside the lexicon (both in /convert/). */
  openccUrl = new URL('opencc.txt', lexiconUrl).href,
): Promise<ConverterEngine> {
  const world = doc.defaultView ?? globalThis;
  const existing = registeredConverterEngine(world);
  if (existing) return existing;
  await new Promise<void>((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = scriptUrl;
    script.onload = () => resolve();
    script.onerror = () => reject(new MessageError('failed', 'converter-not-loaded'));
    doc.head.append(script);
  });
  const engine = registeredConverterEngine(world);
  if (!engine) throw new MessageError('failed', 'converter-not-loaded');
  try {
    const response = await fetch(openccUrl);
    if (!response.ok) throw new Error(String(response.status));
    engine.installOpencc?.(await response.text());
  } catch {
    throw new MessageError('failed', 'converter-not-loaded'); // no conversion without OpenCC's tables
  }
  try {
    const response = await fetch(lexiconUrl);
    if (response.ok) engine.installLexicon?.(await response.text());
  } catch {
    // Without the lexicon, conversion is OpenCC's character-level one: still readable.
  }
  await engine.ready;
  return engine;
}
