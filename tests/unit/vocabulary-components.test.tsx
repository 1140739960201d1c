import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewCard } from '../../components/ReviewCard';
import { headword, VocabularyList } from '../../components/VocabularyList';
import type { Word, WordContext } from '../../lib/vocabulary/types';

const word = (id: number, simplified = `词${id}`): Word => ({
  id,
  simplified,
  traditional: simplified,
  pinyin: 'cí',
  definitions: ['word'],
  key: simplified,
  state: 'new',
  hsk2: null,
  hsk3: 4,
  frequency: id,
  sites: [],
  note: '',
  addedAt: id,
  updatedAt: id,
});

const host = (): HTMLElement => {
  const el = document.createElement('div');
  document.body.append(el);
  return el;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('vocabulary components', () => {
  it('puts only the rows in view in the DOM for 20,000 words, and opens one by click', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => word(i + 1));
    const onOpen = vi.fn();
    const el = host();
    act(() => {
      render(
        <VocabularyList
          words={words}
          traditionalFirst={false}
          selected={new Set()}
          onToggle={() => undefined}
          onOpen={onOpen}
          height={640}
        />,
        el,
      );
    });
    const rows = el.querySelectorAll('li.word-row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('20000');
    act(() => el.querySelector<HTMLButtonElement>('li.word-row[data-index="2"] button.open')?.click());
    expect(onOpen).toHaveBeenCalledWith(3);
  });

  it('shows both scripts, the reader’s first', () => {
    expect(headword({ simplified: '经济', traditional: '經濟' }, true)).toBe('經濟 〔经济〕');
    expect(headword({ simplified: '经济', traditional: '經濟' }, false)).toBe('经济 〔經濟〕');
    expect(headword({ simplified: '中国', traditional: '中国' }, false)).toBe('中国');
  });

  it('hides the word in its sentence for cloze until the answer is shown', () => {
    const context: WordContext = {
      id: 1,
      wordId: 1,
      sentence: '经济持续发展。',
      start: 0,
      length: 2,
      url: 'https://news.example.cn/a',
      title: '标题',
      site: null,
      published: null,
      clippingId: null,
      savedAt: 1,
    };
    const el = host();
    const props = {
      word: { ...word(1, '经济'), traditional: '經濟' },
      contexts: [context],
      cloze: true,
      traditionalFirst: true,
      reading: 'zhuyin' as const,
      onShow: () => undefined,
      onGrade: vi.fn(),
    };
    act(() => render(<ReviewCard {...props} shown={false} />, el));
    expect(el.textContent).not.toContain('经济');
    expect(el.textContent).not.toContain('經濟');
    expect(el.querySelector('.cloze')).not.toBeNull();
    act(() => render(<ReviewCard {...props} shown={true} />, el));
    expect(el.querySelector('[data-testid="review-word"]')?.textContent).toBe('經濟');
    expect(el.querySelector('mark')?.textContent).toBe('经济');
    expect(el.querySelector('.pinyin')?.textContent).toBe('ㄘˊ');
    act(() => (el.querySelector('[data-grade="3"]') as HTMLButtonElement).click());
    expect(props.onGrade).toHaveBeenCalledWith(3);
  });
});
