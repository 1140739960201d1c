// A lint over the unit tests themselves (issue 16 §7): a `for … of` loop (or a forEach) whose body
// asserts must go over a literal list or over `nonEmpty(…)`, so a computed list that comes out empty fails instead of
// passing with nothing checked. (vitest.config's requireAssertions catches a test with no assertion at
// all; this catches the loop in a test that has other assertions.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nonEmpty } from './non-empty';

const DIR = resolve(import.meta.dirname);

/** The index of the parenthesis closing the one at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The loop's body from `from`: a `{ … }` block to its matching brace, or the one statement. */
function bodyAfter(text: string, from: number): string {
  const rest = text.slice(from).trimStart();
  if (!rest.startsWith('{')) return rest.split('\n')[0] ?? '';
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '{') depth++;
    else if (rest[i] === '}' && --depth === 0) return rest.slice(0, i + 1);
  }
  return rest;
}

/** `for (… of X)` loops whose body calls expect, where X is computed (not a literal list or string)
 *  and not wrapped in nonEmpty(…): "file:line: X". */
function unguardedLoops(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\bfor \((?:const|let) /g)) {
    const open = match.index + 'for '.length;
    const close = closing(text, open);
    const head = text.slice(open + 1, close);
    const at = head.indexOf(' of ');
    if (close < 0 || at < 0) continue;
    const iterable = head.slice(at + 4).trim();
    if (/^[[`'"]/.test(iterable) || iterable.startsWith('nonEmpty(')) continue;
    if (!bodyAfter(text, close + 1).includes('expect(')) continue;
    found.push(`${file}:${lineOf(text, match.index)}: ${iterable}`);
  }
  // The same for `X.forEach((…) => { … expect … })`.
  for (const match of text.matchAll(/(\S+)\.forEach\(/g)) {
    const receiver = match[1]!;
    if (/^[[`'"]/.test(receiver) || receiver.startsWith('nonEmpty(')) continue;
    const open = match.index + match[0].length - 1;
    if (!text.slice(open, closing(text, open)).includes('expect(')) continue;
    found.push(`${file}:${lineOf(text, match.index)}: ${receiver}`);
  }
  return found;
}

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

describe('loops of assertions in the unit tests', () => {
  it('finds a computed loop, and passes a literal or guarded one', () => {
    const source = [
      'for (const s of scores(list)) expect(s).toBe(1);',
      'for (const s of [1, 2]) expect(s).toBe(1);',
      'for (const s of nonEmpty(scores(list))) {',
      '  expect(s).toBe(1);',
      '}',
      'for (const s of rows) {',
      '  expect(s).toBe(1);',
      '}',
      'for (const s of rows) total += s;',
      'rows.forEach((s) => {',
      '  expect(s).toBe(1);',
      '});',
      'nonEmpty(rows).forEach((s) => expect(s).toBe(1));',
      'listeners.forEach((l) => l());',
    ].join('\n');
    expect(unguardedLoops('x.ts', source)).toEqual(['x.ts:1: scores(list)', 'x.ts:6: rows', 'x.ts:10: rows']);
  });

  it('every loop that asserts over a computed list asserts the list is not empty', () => {
    const files = nonEmpty(
      readdirSync(DIR).filter((f) => /\.test\.tsx?$/.test(f) && f !== 'test-loops.test.ts'),
      'the unit test files',
    );
    const found = files.flatMap((f) => unguardedLoops(f, readFileSync(join(DIR, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
