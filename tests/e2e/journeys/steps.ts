// Small browser-neutral steps the journeys are made of: finding and clicking controls with real input,
// filling fields, reading text, starting Wenzhai on a tab as the toolbar button does.
import { type Driver, type ExtensionApi, type Tab, waitUntil } from './driver';

/** Clicks, with a real (trusted) click, the first button whose text or label is `name`. */
export async function clickButton(tab: Tab, name: string): Promise<void> {
  const at = await waitUntil(
    () =>
      tab.evaluate((want) => {
        for (const b of Array.from(document.querySelectorAll('button'))) {
          const label = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
          if (label !== want || b.disabled) continue;
          b.scrollIntoView({ block: 'center' });
          const r = b.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        return null;
      }, name),
    `a button "${name}"`,
  );
  await tab.click(at.x, at.y);
}

/** Sets a field or select and fires its input and change events (what the UI listens to). */
export async function setValue(tab: Tab, selector: string, value: string): Promise<void> {
  await waitUntil(
    () =>
      tab.evaluate(
        ([sel, v]) => {
          const el = document.querySelector(sel) as HTMLInputElement | HTMLSelectElement | null;
          if (!el) return false;
          el.focus();
          el.value = v;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
          return true;
        },
        [selector, value] as const,
      ),
    selector,
  );
}

export const textOf = (tab: Tab, selector: string): Promise<string> =>
  tab.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', selector);

/** Waits until the page's text contains `text`. */
export const waitForText = (tab: Tab, text: string, timeout = 15_000): Promise<true> =>
  waitUntil(
    () => tab.evaluate((want) => document.body?.textContent?.includes(want) ?? false, text),
    `"${text}"`,
    timeout,
  ) as Promise<true>;

/** Centre of character `offset` of the first occurrence of `needle` in the page text, scrolled into view. */
export async function pointOfText(tab: Tab, needle: string, offset = 0): Promise<{ x: number; y: number }> {
  return tab.evaluate(
    ([text, at]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = (node as Text).data.indexOf(text);
        if (i < 0 || node.parentElement?.closest('script, style, title')) continue;
        node.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, i + at);
        range.setEnd(node, i + at + 1);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`text not found: ${text}`);
    },
    [needle, offset] as const,
  );
}

/** Rests the pointer on `needle` (leaving it first, so the card is looked up afresh). */
export async function hover(tab: Tab, needle: string, offset = 0): Promise<void> {
  await tab.mouseMove(2, 2);
  const p = await pointOfText(tab, needle, offset);
  await new Promise((resolve) => setTimeout(resolve, 100)); // the scroll closes any open card
  await tab.mouseMove(p.x, p.y);
}

/** Waits for the hover card to be shown with HTML that satisfies `predicate`. */
export async function waitForCard(
  tab: Tab,
  predicate: (html: string) => boolean,
  what: string,
): Promise<string> {
  let last = '(no card)';
  try {
    return await waitUntil(async () => {
      const card = await tab.closedRoot('hover');
      last = card?.html ?? '(no card)';
      return card && !card.hidden && predicate(card.html) ? card.html : null;
    }, what);
  } catch {
    throw new Error(`hover card never showed ${what}; last: ${last.slice(0, 400)}`);
  }
}

/** Headwords of the card's entries, in order. */
export const headwords = (html: string): string[] =>
  [...html.matchAll(/<span class="trad">([^<]*)<\/span>/g)].map((m) => m[1] ?? '');

/** The id of the tab showing `url`, asked of the extension. */
export async function tabIdOf(driver: Driver, url: string): Promise<number> {
  return waitUntil(
    () =>
      driver.extension(async (target) => {
        const api = (globalThis as unknown as { browser?: ExtensionApi }).browser ?? chrome;
        const tabs = await api.tabs.query({});
        return tabs.find((t) => t.url === target)?.id ?? null;
      }, url),
    `the tab of ${url}`,
  );
}

/** The toolbar popup bound to the tab showing `url` (the code the toolbar click runs), once it reports. */
export async function openPopup(driver: Driver, url: string): Promise<Tab> {
  const tabId = await tabIdOf(driver, url);
  const popup = await driver.openExtensionPage(`popup.html?tabId=${tabId}`);
  await waitUntil(() => textOf(popup, '[data-testid="article-status"]'), 'the popup to report');
  return popup;
}

/** Starts Wenzhai on the tab showing `url` as the toolbar button does, then closes the popup. */
export async function startWenzhai(driver: Driver, url: string, page: Tab): Promise<void> {
  const popup = await openPopup(driver, url);
  await popup.close();
  await page.front();
}
