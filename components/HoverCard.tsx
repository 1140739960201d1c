import { readingSyllables, splitSenses } from '../lib/dictionary/display';
import type { UserTermInput } from '../lib/glossary/user-term';
import { t } from '../lib/i18n';
import type { ReadingStyle } from '../lib/settings';
import type { DictEntry } from '../lib/types';
import { UserGlossaryForm } from './UserGlossaryForm';

export interface HoverCardForm {
  initial: UserTermInput;
  id?: number;
  error?: string;
}

export interface HoverCardProps {
  entries: DictEntry[];
  reading?: ReadingStyle;
  toneColours?: boolean;
  /** A short status line ("Copied", "Saved to my glossary"). */
  status?: string;
  /** When set, the card shows the add/edit form instead of the entries. */
  form?: HoverCardForm;
  onSubmit?: (term: UserTermInput, id?: number) => void;
  onCancel?: () => void;
  onDelete?: (id: number) => void;
  /** Saves the shown word to the vocabulary (the `s` key's button). */
  onSaveWord?: () => void;
  /** Undoes the latest save (offered beside its status line). */
  onUndo?: () => void;
  /** Reads the word or its sentence aloud (the `p` / `l` keys' buttons). */
  onSay?: (what: 'word' | 'sentence') => void;
}

function Headword({ entry }: { entry: DictEntry }) {
  return (
    <span class="headword" lang="zh">
      <span class="trad">{entry.traditional}</span>
      {entry.simplified !== entry.traditional && <span class="simp">{entry.simplified}</span>}
    </span>
  );
}

function Reading({
  pinyin,
  style,
  colours,
}: {
  pinyin: string;
  style: 'pinyin' | 'zhuyin';
  colours: boolean;
}) {
  const syllables = readingSyllables(pinyin, style);
  const lang = style === 'zhuyin' ? 'zh-TW' : undefined;
  // Plain text unless tone colours are on: one span per syllable is only needed to colour it.
  if (!colours) {
    return (
      <span class={style} lang={lang}>
        {syllables.map((s) => s.text).join(' ')}
      </span>
    );
  }
  return (
    <span class={style} lang={lang}>
      {syllables.map((s, i) => (
        <span key={`${i}-${s.text}`} class={`tone${s.tone}`}>
          {i > 0 ? ' ' : ''}
          {s.text}
        </span>
      ))}
    </span>
  );
}

function Entry({ entry, reading, colours }: { entry: DictEntry; reading: ReadingStyle; colours: boolean }) {
  const { senses, measureWords, references } =
    entry.source === 'cedict'
      ? splitSenses(entry.definitions)
      : { senses: entry.definitions, measureWords: [], references: [] };
  return (
    <div class={`entry source-${entry.source}`}>
      <div class="line">
        <Headword entry={entry} />
        {entry.source === 'glossary' && <span class="badge">{t('glossaryBadge')}</span>}
        {entry.source === 'user' && <span class="badge user">{t('userBadge')}</span>}
      </div>
      <div class="reading">
        {reading !== 'zhuyin' && <Reading pinyin={entry.pinyin} style="pinyin" colours={colours} />}
        {reading !== 'pinyin' && <Reading pinyin={entry.pinyin} style="zhuyin" colours={colours} />}
      </div>
      <ol class="defs">
        {senses.map((d, i) => (
          <li key={`${i}-${d}`}>{d}</li>
        ))}
      </ol>
      {measureWords.length > 0 && (
        <div class="cl">
          <span class="label">{t('measureWords')}</span>{' '}
          {measureWords.map((m, i) => (
            <span key={m.word} class="mw" lang="zh">
              {i > 0 ? ', ' : ''}
              {m.word}
              {m.pinyin && <span class="mw-pinyin"> {m.pinyin}</span>}
            </span>
          ))}
        </div>
      )}
      {references.length > 0 && (
        <div class="refs">
          <span class="label">{t('seeAlso')}</span> {references.join('; ')}
        </div>
      )}
      {entry.related && entry.related.length > 0 && (
        <div class="related">
          <span class="label">{t('relatedTerms')}</span> <span lang="zh">{entry.related.join(' · ')}</span>
        </div>
      )}
    </div>
  );
}

/** The hover dictionary card: one block per entry, news-glossary and user entries badged; or the form
 *  that adds or edits one of the user's terms. */
export function HoverCard({
  entries,
  reading = 'pinyin',
  toneColours = false,
  status,
  form,
  onSubmit,
  onCancel,
  onDelete,
  onSaveWord,
  onUndo,
  onSay,
}: HoverCardProps) {
  if (form && onSubmit && onCancel) {
    return (
      <div class="card">
        <UserGlossaryForm
          initial={form.initial}
          id={form.id}
          error={form.error}
          onSubmit={onSubmit}
          onCancel={onCancel}
          onDelete={onDelete}
          autoFocus
        />
      </div>
    );
  }
  if (entries.length === 0) return <div class="card empty">{t('noEntries')}</div>;
  return (
    <div class="card" role="tooltip">
      {entries.map((entry, i) => (
        <Entry
          key={`${i}-${entry.traditional}-${entry.pinyin}`}
          entry={entry}
          reading={reading}
          colours={toneColours}
        />
      ))}
      {status && (
        <div class="status">
          {status}
          {onUndo && (
            <button type="button" class="undo" onClick={onUndo}>
              {t('hoverUndo')}
            </button>
          )}
        </div>
      )}
      {(onSaveWord || onSay) && (
        <div class="actions">
          {onSaveWord && (
            <button type="button" class="save-word" onClick={onSaveWord}>
              {t('hoverSaveWord')}
            </button>
          )}
          {onSay && (
            <>
              <button type="button" class="say-word" onClick={() => onSay('word')}>
                {t('hoverSayWord')}
              </button>
              <button type="button" class="say-sentence" onClick={() => onSay('sentence')}>
                {t('hoverSaySentence')}
              </button>
            </>
          )}
        </div>
      )}
      <div class="keys">{t('hoverKeysHint')}</div>
    </div>
  );
}

/** Styles for the card inside its closed shadow root; the page's CSS cannot reach them. */
export const hoverCardStyles = `
:host { all: initial; }
/* Sizes are in em of the frame, whose font-size follows the "hover font size" setting (lib/hover/view.ts). Every
   text colour passes WCAG AA (4.5:1) on its background in both themes (tests/unit/theme-contrast.test.ts). */
.frame { position: fixed; z-index: 2147483647; max-width: 27em; max-height: 60vh; overflow: auto;
  font: 14px/1.45 system-ui, "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif; color: #1b1b1f;
  background: #fffdf7; border: 1px solid #c9c2b0; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  pointer-events: none; box-sizing: border-box; text-align: left; color-scheme: light;
  inset: auto; margin: 0; padding: 0; width: auto; height: auto; } /* the popover's UA box, undone */
.frame.editing { pointer-events: auto; }
.card { padding: .57em .86em; }
.card.empty { color: #555; }
.entry + .entry { border-top: 1px solid #e6e0d2; margin-top: 6px; padding-top: 6px; }
.line { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.headword { font-size: 1.57em; }
.simp { margin-left: 8px; color: #555; }
.badge { font-size: .79em; background: #7a1f1f; color: #fff; border-radius: 4px; padding: 1px 6px; }
.badge.user { background: #1f4f7a; }
.reading { color: #8a3b00; font-size: 1.07em; display: flex; gap: 10px; flex-wrap: wrap; }
.tone1 { color: #b3261e; } .tone2 { color: #a35c00; } .tone3 { color: #1e7a1e; } .tone4 { color: #1f4fbf; }
.tone5 { color: #666; }
.defs { margin: 2px 0 0; padding-left: 20px; }
.defs li { margin: 0; }
.cl, .refs, .related { font-size: .93em; color: #444; margin-top: 2px; }
.label { font-size: .79em; text-transform: uppercase; letter-spacing: .04em; color: #6b6b6b; }
.status { margin-top: 6px; font-size: .86em; color: #1f4f7a; }
.status .undo, .actions button { font: inherit; font-size: .86em; padding: 1px 8px; margin-left: 6px; cursor: pointer; }
.actions { margin-top: 6px; display: flex; flex-wrap: wrap; gap: 4px; }
.actions button { margin-left: 0; }
/* The card lets the pointer through to the page (hovering on); its buttons take clicks. */
.status .undo, .actions button { pointer-events: auto; }
.keys { margin-top: 6px; font-size: .79em; color: #6b6b6b; }
.user-term-form { display: grid; gap: 6px; min-width: 280px; }
.user-term-form label { display: grid; gap: 2px; font-size: .86em; color: #444; }
.user-term-form input, .user-term-form textarea { font: inherit; padding: 3px 6px; border: 1px solid #8a8478;
  border-radius: 4px; background: #fff; color: #1b1b1f; }
.form-title { font-weight: 600; }
.form-error { color: #a11; font-size: .86em; }
.form-buttons { display: flex; gap: 6px; }
.form-buttons button { font: inherit; padding: 3px 10px; }
.form-buttons .danger { margin-left: auto; color: #a11; }
:focus-visible { outline: 3px solid #1f6feb; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .frame { background: #1f1e1c; color: #eee; border-color: #666; color-scheme: dark; }
  .simp, .card.empty, .cl, .refs, .related, .user-term-form label { color: #bbb; }
  .label, .keys, .tone5 { color: #aaa; }
  .reading { color: #ffb37a; }
  .tone1 { color: #ff8a80; } .tone2 { color: #ffc266; } .tone3 { color: #7fd67f; } .tone4 { color: #8ab4ff; }
  .status { color: #9ecbff; }
  .form-error, .form-buttons .danger { color: #ff9a9a; }
  .user-term-form input, .user-term-form textarea { background: #2a2926; color: #eee; border-color: #8a8478; }
  .entry + .entry { border-top-color: #444; }
  :focus-visible { outline-color: #8ab4ff; }
}
`;
