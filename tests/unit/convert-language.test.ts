import { describe, expect, it, vi } from 'vitest';
import { otherCjkLanguage } from '../../lib/convert/language';
import { createPageConverter } from '../../lib/convert/page/dom';
import { createTextConverter, langForTarget } from '../../lib/convert/text/text';
import { dispatch, envelope, type Result } from '../../lib/messages';
import { createContentController } from '../../lib/tab/controller';
import type { Article, TabState } from '../../lib/types';

const JAPANESE =
  '広島市の路面電車は、原爆の被害を受けながらも三日後に運転を再開した。市民の足として今も走っている。';
const KOREAN = '서울시는 오늘 새로운 교통 정책을 발표했다. 시민들의 반응은 대체로 긍정적이다. 經濟 발전.';
const CHINESE =
  '日本动画《カードキャプターさくら》在中国很受欢迎，广岛的路面电车也吸引了很多游客前来参观和拍照。';

describe('otherCjkLanguage', () => {
  it('reads kana as Japanese and hangul as Korean', () => {
    expect(otherCjkLanguage(JAPANESE)).toBe('ja');
    expect(otherCjkLanguage(KOREAN)).toBe('ko');
  });

  it('leaves Chinese text with a quoted Japanese name, a stray の or ・ as Chinese', () => {
    expect(otherCjkLanguage(CHINESE.replace('カードキャプターさくら', '魔卡少女樱'))).toBeNull();
    // One quoted title in an article of a few sentences.
    const plain = CHINESE.replace('カードキャプターさくら', '魔卡少女樱');
    expect(otherCjkLanguage(`${CHINESE}${plain}${plain}${plain}`)).toBeNull();
    // The same title alone, with little Chinese around it, is not enough to call the text Chinese.
    expect(otherCjkLanguage(CHINESE)).toBe('ja');
    expect(otherCjkLanguage('台北の美食店今天开业，很多人排队。约翰・史密斯说这里的菜很好吃。')).toBeNull();
    expect(otherCjkLanguage('')).toBeNull();
    expect(otherCjkLanguage('English only, no CJK at all.')).toBeNull();
  });
});

describe('the page walk', () => {
  it('leaves translate="no", class="notranslate" and Japanese- or Korean-tagged text as written', async () => {
    document.body.innerHTML =
      '<p>发展 <span translate="no">发哥餐厅</span> <b class="brand notranslate" title="发哥">发哥</b>' +
      ' <i lang="ja">広島の電車</i> <i lang="ko-KR">發展</i> <em translate="yes">发展</em></p>';
    const pc = createPageConverter(document);
    await pc.convert(createTextConverter('cn', 'tw'), 'zh-TW');
    expect(document.body.innerHTML).toBe(
      '<p>發展 <span translate="no">发哥餐厅</span> <b class="brand notranslate" title="发哥">发哥</b>' +
        ' <i lang="ja">広島の電車</i> <i lang="ko-KR">發展</i> <em translate="yes">發展</em></p>',
    );
  });
});

const stateOf = (answer: Result<unknown>): TabState | null => (answer.ok ? (answer.value as TabState) : null);

describe('content controller on a Japanese page', () => {
  function setup() {
    document.body.innerHTML = `<article><h1>路面電車</h1><p>${JAPANESE}</p></article>`;
    const article: Article = {
      isArticle: true,
      title: '路面電車',
      byline: null,
      published: null,
      site: null,
      lang: 'ja',
      paragraphs: [JAPANESE],
      html: '',
    } as unknown as Article;
    return createContentController({
      document,
      url: () => 'https://news.example.jp/a.html',
      detect: () => article,
      pageConverter: createPageConverter(document),
      loadEngine: async () => ({ createTextConverter }),
      langForTarget,
      save: vi.fn(async () => ({ id: 1, updated: false })),
      setHover: () => undefined,
      hoverEnabled: () => false,
    });
  }

  it('says the page is Japanese and converts it only once the user confirms, then remembers', async () => {
    const controller = setup();
    const convert = (params: { target: 'cn'; confirm?: boolean }) =>
      dispatch(controller.handlers, envelope('content', 'convert', params), undefined);
    const state = stateOf(
      await dispatch(controller.handlers, envelope('content', 'getState', {}), undefined),
    );
    expect(state).toMatchObject({ otherLanguage: 'ja', conversionConfirmed: false });
    // A command, a site rule or the default script ask without confirming: nothing changes.
    const refused = stateOf(await convert({ target: 'cn' }));
    expect(refused).toMatchObject({ convertedTo: null, conversionConfirmed: false });
    expect(document.body.textContent).toContain('路面電車');
    const confirmed = stateOf(await convert({ target: 'cn', confirm: true }));
    expect(confirmed).toMatchObject({ convertedTo: 'cn', conversionConfirmed: true });
    expect(document.body.textContent).toContain('路面电车');
    await dispatch(controller.handlers, envelope('content', 'restore', {}), undefined);
    // Confirmed for this page: the shortcut may convert it again.
    expect(stateOf(await convert({ target: 'cn' }))?.convertedTo).toBe('cn');
  });
});
