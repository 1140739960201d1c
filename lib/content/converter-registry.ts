// The conversion tables (~1 MB) are not part of the content script: the background injects
// `converter.js` into the frame on first use, and it registers its engine here, in the isolated
// world's global scope, which the page cannot see.
import type { ScriptTag, Source, Target } from '../types';

export interface ConverterEngine {
  createTextConverter(from: Source, to: Target, scriptHint?: ScriptTag): (text: string) => string;
}

const KEY = Symbol.for('wenzhai.converter-engine');
type Registry = { [KEY]?: ConverterEngine };

export function registerConverterEngine(world: object, engine: ConverterEngine): void {
  (world as Registry)[KEY] = engine;
}

export function registeredConverterEngine(world: object): ConverterEngine | undefined {
  return (world as Registry)[KEY];
}
