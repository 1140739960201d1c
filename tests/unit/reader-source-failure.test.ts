// The reader's article comes from its tab (lib/reader/open.ts). When that tab was closed between the
// click and the reader's question, the user is told so, not to "reload the page" (there is none).
import { describe, expect, it, vi } from 'vitest';
import { fail } from '../../lib/dispatch/failure';
import { tabArticleFailure } from '../../lib/reader/open';

describe('tabArticleFailure', () => {
  const noAnswer = fail('unavailable', 'no-answer').error;

  it('says the tab was closed when it no longer exists', async () => {
    const tabIsOpen = vi.fn(async () => false);
    const error = await tabArticleFailure(noAnswer, 42, tabIsOpen);
    expect(error).toMatchObject({ code: 'unavailable', reason: 'source-tab-closed' });
    expect(tabIsOpen).toHaveBeenCalledWith(42);
  });

  it('keeps "did not answer" for a tab still open (reloading it can help)', async () => {
    expect(await tabArticleFailure(noAnswer, 42, async () => true)).toEqual(noAnswer);
  });

  it('keeps any other failure as it came, without asking about the tab', async () => {
    const tabIsOpen = vi.fn(async () => false);
    const noArticle = fail('failed', 'no-article').error;
    expect(await tabArticleFailure(noArticle, 42, tabIsOpen)).toEqual(noArticle);
    expect(tabIsOpen).not.toHaveBeenCalled();
  });
});
