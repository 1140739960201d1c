// User-facing strings live here, not in components. English for now; 简体/繁體 catalogs plug in beside it.
const en = {
  appName: 'Wenzhai 文摘',
  loading: 'Reading the page…',
  articleFound: 'Article found',
  noArticle: 'No article detected on this page',
  characters: '{n} characters',
  script: 'Script',
  scriptHans: '简 Simplified',
  scriptHant: '繁 Traditional',
  scriptOther: 'Not Chinese',
  convertToSimplified: 'Convert to 简体',
  convertToTraditional: 'Convert to 繁體',
  showOriginal: 'Show original',
  convertedTo: 'Showing {target}',
  hoverOn: 'Hover glossary: on',
  hoverOff: 'Hover glossary: off',
  saveArticle: 'Save article',
  saved: 'Saved to clippings',
  updated: 'Clipping updated',
  openClippings: 'Open clippings',
  cannotRunHere: 'Wenzhai cannot run on this page (browser pages and stores are off limits).',
  error: 'Something went wrong: {message}',
  clippingsTitle: 'Clippings',
  noClippings:
    'No clippings yet. Open a Chinese article, click the Wenzhai button and choose “Save article”.',
  back: 'Back to the list',
  source: 'Source',
  savedAt: 'Saved {date}',
  glossaryBadge: 'News term',
  userBadge: 'My term',
  noEntries: 'No dictionary entry',
  optionsTitle: 'Wenzhai settings',
  hoverByDefault: 'Turn the hover glossary on when Wenzhai starts on a page',
  traditionalVariant: 'Traditional variant for “Convert to 繁體”',
  credits: 'Credits',
} as const;

export type MessageKey = keyof typeof en;

/** The string for `key` with `{name}` placeholders filled in. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
