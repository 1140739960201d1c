// The hover card's add-a-term form takes the keyboard as soon as it is on screen: a learner who
// presses "a", Tab, Tab and types must not lose keys to the page while the form waits for a paint.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { UserGlossaryForm } from '../../components/UserGlossaryForm';

const initial = { term: '起源', pinyin: 'qǐ yuán', definition: '', note: '' };

afterEach(() => {
  render(null, document.body);
});

describe('UserGlossaryForm', () => {
  it('with autoFocus, focuses the term field in the same task it is drawn in', () => {
    render(
      <UserGlossaryForm initial={initial} autoFocus onSubmit={() => {}} onCancel={() => {}} />,
      document.body,
    );
    const term = document.querySelector<HTMLInputElement>('input[name="term"]');
    expect(term?.value).toBe('起源');
    expect(document.activeElement).toBe(term);
  });

  it('without autoFocus, leaves the focus where it was', () => {
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    const box = document.createElement('div');
    document.body.append(box);
    act(() => {
      render(<UserGlossaryForm initial={initial} onSubmit={() => {}} onCancel={() => {}} />, box);
    });
    expect(document.activeElement).toBe(before);
    render(null, box);
    before.remove();
    box.remove();
  });
});
