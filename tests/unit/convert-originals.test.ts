import { describe, expect, it } from 'vitest';
import { TextOriginals } from '../../lib/convert/page/dom-originals';

const texts = (values: string[]): Text[] => values.map((v) => document.createTextNode(v));
const write = (o: TextOriginals, node: Text, value: string, known = false): boolean =>
  o.write(node, node.data, value, known);

describe('TextOriginals', () => {
  it('puts every original back and is empty after', () => {
    const o = new TextOriginals();
    const [a, b] = texts(['发展', '头发']);
    write(o, a!, '發展');
    write(o, b!, '頭髮');
    expect(o.empty).toBe(false);
    expect(o.putBack(Number.POSITIVE_INFINITY)).toBe(true);
    expect([a!.data, b!.data]).toEqual(['发展', '头发']);
    expect(o.empty).toBe(true);
  });

  it('gives a node written twice its oldest text back', () => {
    const o = new TextOriginals();
    const [a] = texts(['干燥']);
    write(o, a!, '乾燥');
    write(o, a!, '幹燥'); // a second pass that did not know the node yet
    o.putBack(Number.POSITIVE_INFINITY);
    expect(a!.data).toBe('干燥');
  });

  it('looks originals up, and writing a known node again records nothing', () => {
    const o = new TextOriginals();
    const [a, b] = texts(['发展', '没有']);
    write(o, a!, '發展');
    expect(o.sourceOf(a!)).toBe('发展');
    expect(o.sourceOf(b!)).toBe('没有');
    expect(o.knows(a!)).toBe(true);
    expect(o.knows(b!)).toBe(false);
    write(o, a!, '发展了', true);
    o.putBack(Number.POSITIVE_INFINITY);
    expect(a!.data).toBe('发展');
  });

  it("leaves the page's own text alone once the page changed a node, and restores what it wrote after", () => {
    const o = new TextOriginals();
    const [a, b] = texts(['发展', '里面']);
    write(o, a!, '發展');
    write(o, b!, '裡面');
    a!.data = '页面新写的';
    o.forget(a!);
    expect(o.sourceOf(a!)).toBe('页面新写的');
    write(o, b!, '裏面', o.knows(b!));
    b!.data = '又改了';
    o.forget(b!);
    write(o, b!, '又改了！');
    o.putBack(Number.POSITIVE_INFINITY);
    expect([a!.data, b!.data]).toEqual(['页面新写的', '又改了']);
  });

  it('adds nothing for page changes to text it never wrote', () => {
    const o = new TextOriginals();
    const [clock] = texts(['10:00']);
    for (let i = 0; i < 100; i++) o.forget(clock!);
    expect(o.empty).toBe(true);
  });

  it('keeps the entries a stopped restore did not reach, minus those the page changed meanwhile', () => {
    const o = new TextOriginals();
    const nodes = texts(Array.from({ length: 200 }, (_, i) => `第${i}段发展`));
    for (const node of nodes) write(o, node, node.data.replace('发', '發'));
    // Changed by the page before the restore; written again by a later pass.
    const early = nodes[195]!;
    early.data = '页面早先写的';
    o.forget(early);
    write(o, early, '頁面早先寫的');
    // One slice: the newest entries only (the clock is read every 64 entries).
    expect(o.putBack(Number.NEGATIVE_INFINITY)).toBe(false);
    expect(early.data).toBe('页面早先写的');
    expect(nodes[199]!.data).toBe('第199段发展');
    expect(nodes[0]!.data).toBe('第0段發展');
    // The page changes a node not yet put back, and a new pass starts and writes it again.
    const late = nodes[10]!;
    late.data = '页面后来写的';
    o.forget(late);
    write(o, late, '頁面後來寫的');
    o.endRestore();
    expect(o.sourceOf(late)).toBe('页面后来写的');
    expect(o.sourceOf(nodes[11]!)).toBe('第11段发展');
    expect(o.putBack(Number.POSITIVE_INFINITY)).toBe(true);
    expect(late.data).toBe('页面后来写的');
    expect(early.data).toBe('页面早先写的');
    expect(nodes.filter((n) => n !== late && n !== early).every((n) => n.data.includes('发'))).toBe(true);
  });
});
