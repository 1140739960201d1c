// The popup shows its controls at once on a page that never goes quiet (issue 15 §5): a `quick`
// getState detects once without waiting and says the answer may still change; the settled getState
// that follows gives the final answer.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupPanel } from '../../components/PopupPanel';
import { dispatch, envelope, type Result } from '../../lib/messages';
import { createContentController } from '../../lib/tab/controller';
import type { Article, TabState } from '../../lib/types';

const stateOf = (answer: Result<unknown>): TabState => {
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.value as TabState;
};

function article(isArticle: boolean): Article {
  return {
    isArticle,
    title: isArticle ? '标题' : '',
    byline: null,
    published: null,
    site: null,
    lang: 'zh-Hans',
    paragraphs: isArticle ? ['这是一段文章的正文。'] : [],
    html: '',
  } as unknown as Article;
}

function setup(detectSettled?: () => Promise<Article>) {
  document.body.innerHTML = '<p>直播页面</p>';
  return createContentController({
    document,
    url: () => 'https://live.example/',
    detect: () => article(false),
    ...(detectSettled ? { detectSettled } : {}),
    pageConverter: { convert: async () => 0, observe: () => undefined, restore: async () => undefined },
    loadEngine: async () => ({ createTextConverter: () => (s: string) => s }),
    langForTarget: () => 'zh-CN',
    save: async () => ({ id: 1, updated: false }),
    setHover: () => undefined,
    hoverEnabled: () => false,
  });
}

describe('getState quick', () => {
  it('answers before the settled detection, marked detecting, then the settled answer replaces it', async () => {
    let settle: (a: Article) => void = () => undefined;
    const settled = vi.fn(() => new Promise<Article>((resolve) => (settle = resolve)));
    const controller = setup(settled);
    const quick = stateOf(
      await dispatch(controller.handlers, envelope('content', 'getState', { quick: true }), undefined),
    );
    expect(quick.detecting).toBe(true);
    expect(quick.article.isArticle).toBe(false);
    expect(settled).not.toHaveBeenCalled();

    const pending = dispatch(controller.handlers, envelope('content', 'getState', {}), undefined);
    await Promise.resolve();
    expect(settled).toHaveBeenCalledTimes(1);
    settle(article(true));
    const final = stateOf(await pending);
    expect(final.detecting).toBeUndefined();
    expect(final.article.isArticle).toBe(true);
    expect(final.article.title).toBe('标题');
  });

  it('is final at once when there is no settling detection', async () => {
    const controller = setup();
    const quick = stateOf(
      await dispatch(controller.handlers, envelope('content', 'getState', { quick: true }), undefined),
    );
    expect(quick.detecting).toBeUndefined();
  });

  it('rejects a non-boolean quick', async () => {
    const answer = await dispatch(
      setup().handlers,
      envelope('content', 'getState', { quick: 'yes' } as never),
      undefined,
    );
    expect(answer.ok).toBe(false);
  });
});

describe('PopupPanel while detecting', () => {
  afterEach(() => render(null, document.body));

  it('shows the actions and a detecting status', () => {
    const state: TabState = {
      url: 'https://live.example/',
      article: { isArticle: false, title: '', byline: null, published: null, site: null, length: 0 },
      script: 'zh-Hans',
      convertedTo: null,
      hoverEnabled: false,
      detecting: true,
    };
    const noop = () => undefined;
    render(
      <PopupPanel
        status={{ kind: 'ready', state }}
        notice={null}
        busy={false}
        traditionalTarget="tw"
        onConvert={noop}
        onRestore={noop}
        onToggleHover={noop}
        onSave={noop}
        onOpenClippings={noop}
      />,
      document.body,
    );
    expect(document.querySelector('[data-testid="article-status"]')).toBeNull();
    const status = document.querySelector('[data-testid="article-detecting"]')!;
    expect(status.textContent).toBe('Looking for an article…');
    expect(status.getAttribute('aria-busy')).toBe('true');
    const labels = Array.from(document.querySelectorAll('button')).map((b) => b.textContent);
    expect(labels).toContain('Save article');
    expect(labels.length).toBeGreaterThan(4);
  });
});
