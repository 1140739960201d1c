// JSON-LD blocks of a page, flattened: arrays and @graph are expanded so callers can look for the first
// Article-like object. Pages often carry broken JSON here; a block that fails to parse is skipped.

import { queryAll } from './query';

export type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collect(value: unknown, out: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out);
  } else if (isObject(value)) {
    out.push(value);
    if (Array.isArray(value['@graph'])) collect(value['@graph'], out);
  }
}

/** Every JSON object of every `<script type="application/ld+json">`, articles first. */
export function readJsonLd(document: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of queryAll(document, 'script[type="application/ld+json"]')) {
    const text = script.textContent?.trim();
    if (!text) continue;
    try {
      collect(JSON.parse(text), out);
    } catch {
      // Malformed JSON-LD is common (trailing commas, HTML entities); the other sources still apply.
    }
  }
  const isArticle = (o: JsonObject): boolean => /Article|Posting|Report/i.test(String(o['@type'] ?? ''));
  return [...out.filter(isArticle), ...out.filter((o) => !isArticle(o))];
}

/** A string field, or the `name` of an object field, or the names of an array field joined with "、". */
export function jsonName(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(jsonName).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join('、') : null;
  }
  if (isObject(value)) return jsonName(value.name);
  return null;
}
