// Marks drawn over page text with the CSS Custom Highlight API (no DOM change the page's layout or
// scripts can trip over), shared by the hover word, the glossary underline and saved passages.
// Each set of marks has an unguessable per-instance name, so page CSS written in advance
// (`::highlight(wenzhai-word) { color: transparent }`) cannot blank or restyle them. The registry is
// the document's, so a page script can still list it and read the ranges (README, How it works).

type HighlightRegistry = {
  set(name: string, h: unknown): void;
  delete(name: string): void;
  has(name: string): boolean;
};
type HighlightCtor = new (...ranges: Range[]) => unknown;

export interface Marks {
  /** Marks exactly these ranges (none: clears). False when the browser has no highlight API. */
  set(ranges: readonly Range[]): boolean;
  clear(): void;
  dispose(): void;
}

function api(doc: Document): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const w = doc.defaultView as unknown as {
    CSS?: { highlights?: HighlightRegistry };
    Highlight?: HighlightCtor;
  };
  return w?.CSS?.highlights && w.Highlight ? { registry: w.CSS.highlights, Highlight: w.Highlight } : null;
}

/** A CSS identifier no page can know in advance: `kind` plus 96 random bits. */
export function randomHighlightName(kind: string, random: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = random(new Uint8Array(12));
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `m${hex}-${kind}`;
}

const cryptoRandom = (bytes: Uint8Array): Uint8Array => globalThis.crypto.getRandomValues(bytes);

/** Marks of one kind, styled by `declarations` (e.g. `background-color: …`). */
export function createMarks(doc: Document, kind: string, declarations: string, random = cryptoRandom): Marks {
  const name = randomHighlightName(kind, random);
  let sheet: CSSStyleSheet | null = null;
  const adopt = (): void => {
    // Re-adopted when the page drops it from the document's list.
    if (sheet && doc.adoptedStyleSheets.includes(sheet)) return;
    try {
      const Sheet = (doc.defaultView as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet;
      sheet ??= new Sheet();
      sheet.replaceSync(`::highlight(${name}) { ${declarations} }`);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      sheet = null; // marks are a nicety: the card and the saves work without them
    }
  };
  return {
    set(ranges) {
      const highlights = api(doc);
      if (!highlights) return false;
      if (ranges.length === 0) {
        highlights.registry.delete(name);
        return true;
      }
      adopt();
      highlights.registry.set(name, new highlights.Highlight(...ranges));
      return true;
    },
    clear() {
      api(doc)?.registry.delete(name);
    },
    dispose() {
      api(doc)?.registry.delete(name);
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      sheet = null;
    },
  };
}
