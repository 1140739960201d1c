// The content controller with the sliced detector (the content script's wiring): the handlers use it,
// never the synchronous one, and two requests while it runs share one detection.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { detectArticleSliced } from '../../lib/article/detect';
import { createPageConverter } from '../../lib/convert/page/dom';
import { createTextConverter, langForTarget } from '../../lib/convert/text/text';
import { dispatch, envelope } from '../../lib/messages';
import { createContentController } from '../../lib/tab/controller';

const DEMO = readFileSync(resolve(import.meta.dirname, '../fixtures/demo/news.html'), 'utf8');

describe('content controller with sliced detection', () => {
  it('detects once in slices for concurrent requests and saves that article', async () => {
    document.open();
    document.write(DEMO);
    document.close();
    const save = vi.fn(async () => ({ id: 3, updated: false }));
    const sliced = vi.fn((doc: Document, url: string) => detectArticleSliced(doc, url, { budgetMs: 0 }));
    const controller = createContentController({
      document,
      url: () => 'https://news.example/a.html',
      detect: () => {
        throw new Error('the synchronous detector is not the handlers’ path');
      },
      detectSliced: sliced,
      pageConverter: createPageConverter(document),
      loadEngine: async () => ({ createTextConverter }),
      langForTarget,
      save,
      setHover: () => {},
      hoverEnabled: () => false,
    });
    const [a, b] = await Promise.all([
      dispatch(controller.handlers, envelope('content', 'getState', { quick: true }), undefined),
      dispatch(controller.handlers, envelope('content', 'getState', {}), undefined),
    ]);
    expect(a.ok && b.ok).toBe(true);
    expect(sliced).toHaveBeenCalledTimes(1);
    const saved = await dispatch(controller.handlers, envelope('content', 'saveArticle', {}), undefined);
    expect(saved.ok).toBe(true);
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'article',
        title: '市委常委會召開會議 研究部署推動高質量發展和一季度經濟工作',
      }),
    );
    expect(sliced).toHaveBeenCalledTimes(1);
  });
});
