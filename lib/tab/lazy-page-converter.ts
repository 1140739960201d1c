// The tab's page converter, made from the converter script (entrypoints/converter.ts) the first time
// the user converts. Until then there is nothing to restore and nothing converted. The controller
// loads the engine before it converts (lib/tab/controller.ts), so the writer is registered by then.
import type { PageConverter } from '../convert/page/dom';
import type { PageConverterLike } from './controller';
import { registeredConverterEngine } from './converter-registry';

export function pageConverterOnLoad(
  doc: Document,
  world: object,
): PageConverterLike & Pick<PageConverter, 'isConverted'> {
  let writer: PageConverter | null = null;
  const made = (): PageConverter => {
    if (writer) return writer;
    const create = registeredConverterEngine(world)?.createPageConverter;
    if (!create) throw new Error('converter-not-loaded'); // the controller loads the engine first
    writer = create(doc);
    return writer;
  };
  return {
    convert: (convertFn, lang) => made().convert(convertFn, lang),
    observe: (convertFn) => made().observe(convertFn),
    restore: () => writer?.restore() ?? Promise.resolve(),
    isConverted: () => writer?.isConverted() ?? false,
  };
}
