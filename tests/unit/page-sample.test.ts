// The script/language sample of a page without an article: the first characters of the body's text,
// read by a bounded walk (a 1M-character page's whole textContent is one long task).
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../lib/article/detect';
import { createContentController } from '../../lib/tab/controller';
import { pageTextSample } from '../../lib/tab/page-sample';
import type { TabState } from '../../lib/types';

describe('pageTextSample', () => {
  it('is the start of the body text, scripts and nested elements included, cut at max', () => {
    document.body.innerHTML =
      '<nav>首页 <b>直播</b></nav><script>var a = "脚本";</script><div><div><p>広島の<i>路面電車</i>。</p></div></div>';
    const whole = document.body.textContent ?? '';
    expect(pageTextSample(document.body, 1000)).toBe(whole);
    expect(pageTextSample(document.body, 7)).toBe(whole.slice(0, 7));
    expect(pageTextSample(null)).toBe('');
  });

  it('stops reading text nodes once it has enough', () => {
    document.body.innerHTML = Array.from({ length: 200 }, (_, i) => `<p>第${i}段文字。</p>`).join('');
    const last = document.body.lastElementChild?.firstChild as Text;
    Object.defineProperty(last, 'data', {
      get: () => {
        throw new Error('read past the sample');
      },
    });
    expect(pageTextSample(document.body, 100)).toHaveLength(100);
  });
});

describe('the controller on a page without an article', () => {
  it('judges script and language on the sample, never on the whole body text', async () => {
    document.body.innerHTML = `<div id="live">${'広島の路面電車は今日も走る。'.repeat(3)}</div>`;
    Object.defineProperty(document.body, 'textContent', {
      configurable: true,
      get: () => {
        throw new Error('the whole body text was built');
      },
    });
    try {
      const controller = createContentController({
        document,
        url: () => 'https://live.example/',
        detect: detectArticle,
        pageConverter: { convert: async () => 0, observe: () => undefined, restore: async () => undefined },
        loadEngine: async () => {
          throw new Error('not used');
        },
        langForTarget: () => 'zh-CN',
        save: async () => ({ id: 1, updated: false }),
        setHover: () => undefined,
        hoverEnabled: () => false,
      });
      const state: TabState = controller.state();
      expect(state.article?.isArticle).toBe(false);
      expect(state.otherLanguage).toBe('ja');
    } finally {
      Reflect.deleteProperty(document.body, 'textContent');
    }
  });
});
