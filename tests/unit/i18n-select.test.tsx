// The language selector (props in, events out) and a page that re-renders through useLocale() when the
// language changes, without a reload.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LanguageSelect } from '../../components/LanguageSelect';
import { setLocale, t } from '../../lib/i18n';
import { useLocale } from '../../lib/i18n/use-locale';

let root: HTMLElement;
const mount = (node: preact.ComponentChild): HTMLElement => {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
};

afterEach(() => {
  act(() => render(null, root));
  root.remove();
  act(() => setLocale('en'));
});

describe('LanguageSelect', () => {
  test("offers 'auto' (naming what it resolves to) and each language in its own name", () => {
    const el = mount(<LanguageSelect value="auto" browserLocale="zh-Hant" onChange={() => undefined} />);
    const options = [...el.querySelectorAll('option')].map((o) => [o.value, o.textContent, o.lang]);
    expect(options).toEqual([
      ['auto', 'Same as the browser (繁體中文)', ''],
      ['en', 'English', 'en'],
      ['zh-Hans', '简体中文', 'zh-Hans'],
      ['zh-Hant', '繁體中文', 'zh-Hant'],
    ]);
    expect(el.querySelector('label')?.textContent).toMatch(/^Language/);
    expect(el.querySelector('select')?.value).toBe('auto');
  });

  test('tells the page which language was chosen', () => {
    const onChange = vi.fn();
    const el = mount(<LanguageSelect value="en" browserLocale="en" onChange={onChange} />);
    const select = el.querySelector('select')!;
    select.value = 'zh-Hans';
    act(() => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith('zh-Hans');
  });

  test('its own label follows the UI language; the language names do not', () => {
    act(() => setLocale('zh-Hans'));
    const el = mount(<LanguageSelect value="auto" browserLocale="en" onChange={() => undefined} />);
    expect(el.querySelector('label')?.textContent).toMatch(/^界面语言/);
    expect(el.querySelector('option')?.textContent).toBe('跟随浏览器（English）');
    expect(el.querySelector('option[value="zh-Hant"]')?.textContent).toBe('繁體中文');
  });
});

describe('useLocale', () => {
  function Page() {
    useLocale();
    return <h1>{t('clippingsTitle')}</h1>;
  }

  test('a mounted page re-renders in the new language', () => {
    const el = mount(<Page />);
    expect(el.textContent).toBe('Clippings');
    act(() => setLocale('zh-Hant'));
    expect(el.textContent).toBe('剪報');
    act(() => setLocale('zh-Hans'));
    expect(el.textContent).toBe('剪报');
  });
});
