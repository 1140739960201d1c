// No user-facing literal strings in components and page wiring: JSX text and the attributes people
// read (aria-label, title, placeholder, alt) must come from t(). Catches a string added in English only.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
/** Names that read the same in every language (keys on the keyboard). */
const ALLOWED = new Set(['Shift', 'Alt', 'Esc', 'Enter', 'Tab']);
const READ_ATTRIBUTES = /^(aria-label|aria-description|aria-roledescription|title|placeholder|alt)$/;
const WORDS = /\p{L}{2,}/u;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Literal user-facing text in one .tsx file, as `file:line text`. */
function literalsIn(file: string, text: string): string[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node) => `${file}:${src.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      const words = node.text.trim();
      if (WORDS.test(words) && !ALLOWED.has(words)) found.push(`${at(node)} ${words}`);
    }
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.test(node.name.getText())) {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value) && WORDS.test(value.text))
        found.push(`${at(node)} ${value.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return found;
}

describe('user-facing strings come from the catalogs', () => {
  test('the check finds a literal (it is not vacuous)', () => {
    const sample = `export const A = () => <p title="Hello there">Save now {x}<kbd>Shift</kbd></p>;`;
    expect(literalsIn('sample.tsx', sample)).toEqual(['sample.tsx:1 Hello there', 'sample.tsx:1 Save now']);
  });

  test('components/ and entrypoints/ have none', () => {
    const files = [...sources('components'), ...sources('entrypoints')];
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => literalsIn(relative(ROOT, file), readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
