import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { detectArticle } from '../../lib/article/detect';
import { createPageConverter } from '../../lib/convert/page/dom';
import { createTextConverter, langForTarget } from '../../lib/convert/text/text';
import { dispatch, envelope, type Result } from '../../lib/messages';
import { createContentController } from '../../lib/tab/controller';
import type { TabState } from '../../lib/types';

const stateOf = (answer: Result<unknown>): TabState | null => (answer.ok ? (answer.value as TabState) : null);

const DEMO = readFileSync(resolve(import.meta.dirname, '../fixtures/demo/news.html'), 'utf8');

function setup() {
  document.open();
  document.write(DEMO);
  document.close();
  const save = vi.fn(async () => ({ id: 9, updated: false }));
  let hover = false;
  const controller = createContentController({
    document,
    url: () => 'https://news.example/a.html',
    detect: detectArticle,
    pageConverter: createPageConverter(document),
    loadEngine: async () => ({ createTextConverter }),
    langForTarget,
    save,
    setHover: (on) => {
      hover = on;
    },
    hoverEnabled: () => hover,
  });
  return { controller, save };
}

describe('content controller', () => {
  it('reports the detected article and script', async () => {
    const { controller } = setup();
    const answer = await dispatch(controller.handlers, envelope('content', 'getState', {}), undefined);
    expect(stateOf(answer)).toMatchObject({
      article: { isArticle: true, title: '市委常委會召開會議 研究部署推動高質量發展和一季度經濟工作' },
      script: 'zh-Hant',
      convertedTo: null,
      hoverEnabled: false,
    });
  });

  it('converts, switches target from the original, and restores', async () => {
    const { controller } = setup();
    const before = document.body.innerHTML;
    const toCn = await dispatch(
      controller.handlers,
      envelope('content', 'convert', { target: 'cn' }),
      undefined,
    );
    expect(stateOf(toCn)?.convertedTo).toBe('cn');
    expect(document.body.textContent).toContain('市委常委会召开会议');
    await dispatch(controller.handlers, envelope('content', 'convert', { target: 'hk' }), undefined);
    expect(document.body.textContent).toContain('市委常委會召開會議');
    await dispatch(controller.handlers, envelope('content', 'restore', {}), undefined);
    expect(document.body.innerHTML).toBe(before);
  });

  it('saves the article as detected before conversion', async () => {
    const { controller, save } = setup();
    await dispatch(controller.handlers, envelope('content', 'convert', { target: 'cn' }), undefined);
    const answer = await dispatch(controller.handlers, envelope('content', 'saveArticle', {}), undefined);
    expect(answer).toEqual({ ok: true, value: { id: 9, updated: false } });
    const [input] = save.mock.calls[0] as unknown as [
      { title: string; text: string; kind: string; script: string },
    ];
    expect(input).toMatchObject({
      kind: 'article',
      script: 'zh-Hant',
      title: '市委常委會召開會議 研究部署推動高質量發展和一季度經濟工作',
    });
    expect(input.text).toContain('會議還研究了其他事項');
  });

  it('toggles hover and rejects bad targets', async () => {
    const { controller } = setup();
    const on = await dispatch(
      controller.handlers,
      envelope('content', 'setHover', { enabled: true }),
      undefined,
    );
    expect(stateOf(on)?.hoverEnabled).toBe(true);
    const bad = await dispatch(
      controller.handlers,
      { wenzhai: 1, to: 'content', name: 'convert', params: { target: 'xx' } },
      undefined,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
