// No user-facing literal strings in components and page wiring: JSX text and the attributes people
// read (aria-label, title, placeholder, alt) must come from t(). Catches a string added in English only.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { ERROR_REASONS } from '../../lib/dispatch/failure';
import { catalogOf, LOCALES } from '../../lib/i18n';
import { errorKey } from '../../lib/i18n/errors';
import { nonEmpty } from './non-empty';

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

// ---- Errors (issue 16): a failure travels as a reason with params (lib/protocol/result.ts) and is
// translated where it is shown (lib/i18n/errors.ts). So no error is built from an English sentence,
// and no UI puts an error's `message` (a developer's detail, in English) into what the user reads.

/** Files still waiting on their owner's change: the hover engine moves to lib/hover (issue 16 item 1)
 *  and shows `errorText(answer.error)` there. Empty this list when that lands. */
const PENDING_ERROR_TEXT = new Set<string>([]);
/** The command line speaks English to a developer's terminal; it is not the extension's UI. */
const NOT_UI = /^lib\/(cli\.ts|node\/)/;

function codeSources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Errors built from sentences, and error details shown to the user, in one file, as `file:line text`. */
function errorTextIn(file: string, text: string, reasons: ReadonlySet<string>): string[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const at = (node: ts.Node) => `${file}:${src.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const calleeName = (node: ts.CallExpression | ts.NewExpression): string =>
    ts.isIdentifier(node.expression) ? node.expression.text : '';
  // `error.message`, `(e as Error).message`, `answer.error.message`: what an exception or a failure
  // says, in English. (`state.message`, `row.message` hold text already translated.)
  const isCaught = (node: ts.Expression): boolean => {
    let e = node;
    while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) e = e.expression;
    const name = ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : '';
    return /^(e|err|error|caught|thrown|failure)$/i.test(name) || /Error$/.test(name);
  };
  const detailIn = (node: ts.Node): ts.Node | undefined => {
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'message' && isCaught(node.expression))
      return node;
    // String(error): an exception's text, English whatever the UI language.
    const [only] = ts.isCallExpression(node) ? node.arguments : [];
    if (ts.isCallExpression(node) && node.expression.getText(src) === 'String' && only && isCaught(only))
      return node;
    return ts.forEachChild(node, detailIn);
  };
  const isWritten = (node: ts.Node): boolean =>
    ts.isBinaryExpression(node.parent) &&
    node.parent.left === node &&
    node.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
  const visit = (node: ts.Node): void => {
    // fail(code, 'reason') / new MessageError(code, 'reason'): the second argument is a known reason.
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node);
      const reason = node.arguments?.[1];
      if ((name === 'fail' || name === 'MessageError') && reason) {
        const sentence = ts.isStringLiteralLike(reason) && !reasons.has(reason.text);
        if (sentence || ts.isTemplateExpression(reason) || detailIn(reason))
          found.push(`${at(node)} ${name}(…, ${reason.getText(src)})`);
      }
      // t(key, { message: error.message }): an untranslated detail inside a translated template.
      if (name === 't' && ts.isCallExpression(node)) {
        for (const arg of node.arguments.slice(1)) {
          const detail = detailIn(arg);
          if (detail) found.push(`${at(detail)} t(…, ${detail.getText(src)})`);
        }
      }
    }
    // answer.error.message anywhere in UI code: the log detail, not the user's words.
    if (
      ts.isPropertyAccessExpression(node) &&
      node.name.text === 'message' &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'error' &&
      !isWritten(node)
    ) {
      found.push(`${at(node)} ${node.getText(src)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return found;
}

describe('errors reach the user as reasons, translated at the edge', () => {
  const reasons = new Set(ERROR_REASONS);

  test('the check finds a sentence, an unknown reason and a shown detail (it is not vacuous)', () => {
    const sample = [
      `throw new MessageError('failed', 'No article was detected.');`,
      `return fail('forbidden', 'not-a-reason');`,
      `return fail('forbidden', 'not-from-tab');`,
      `setNotice(t('error', { message: answer.error.message }));`,
      `show({ text: caught.message && t('error', { message: String(caught.message) }) });`,
      `failure.error.message = caught.message; show(t('error', { message: state.message }));`,
      `return fail('failed', error instanceof Error ? error.message : String(error));`,
      `setNotice(t('error', { message: String(error) }));`,
    ].join('\n');
    expect(errorTextIn('sample.ts', sample, reasons)).toEqual([
      `sample.ts:1 MessageError(…, 'No article was detected.')`,
      `sample.ts:2 fail(…, 'not-a-reason')`,
      'sample.ts:4 t(…, answer.error.message)',
      'sample.ts:4 answer.error.message',
      'sample.ts:5 t(…, caught.message)',
      `sample.ts:7 fail(…, error instanceof Error ? error.message : String(error))`,
      'sample.ts:8 t(…, String(error))',
    ]);
  });

  test('lib/, components/ and entrypoints/ have none', () => {
    const files = [...codeSources('lib'), ...codeSources('components'), ...codeSources('entrypoints')]
      .map((file) => relative(ROOT, file).split('\\').join('/'))
      .filter((file) => !NOT_UI.test(file) && !PENDING_ERROR_TEXT.has(file));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => errorTextIn(file, readFileSync(join(ROOT, file), 'utf8'), reasons));
    expect(found).toEqual([]);
  });

  test('every reason has its words in all three catalogs', () => {
    for (const locale of nonEmpty(LOCALES)) {
      const catalog = catalogOf(locale);
      for (const reason of nonEmpty(ERROR_REASONS))
        expect(catalog[errorKey(reason)], `${locale} ${reason}`).toBeTruthy();
    }
    const hans = catalogOf('zh-Hans');
    for (const reason of nonEmpty(ERROR_REASONS)) expect(hans[errorKey(reason)]).toMatch(/\p{Script=Han}/u);
  });
});
