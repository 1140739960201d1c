import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { hsk3Label } from '../lib/vocabulary/hsk';
import { WORD_STATES, type Word, type WordContext, type WordState } from '../lib/vocabulary/types';
import { headword, stateLabel } from './VocabularyList';

export interface WordDetailProps {
  word: Word;
  contexts: WordContext[];
  traditionalFirst: boolean;
  notice: string | null;
  onState: (state: WordState) => void;
  onSave: (changes: { pinyin: string; definitions: string[]; note: string }) => void;
  onDelete: () => void;
  onClose: () => void;
  /** Link to a saved clipping on the clippings page. */
  clippingHref: (id: number) => string;
}

/** A sentence with the word in it marked. */
export function MarkedSentence({ context, hide }: { context: WordContext; hide?: boolean }) {
  const { sentence, start, length } = context;
  if (length <= 0 || start + length > sentence.length) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, start)}
      {hide ? <span class="cloze">＿＿</span> : <mark>{sentence.slice(start, start + length)}</mark>}
      {sentence.slice(start + length)}
    </>
  );
}

export function ContextList({
  contexts,
  clippingHref,
}: {
  contexts: WordContext[];
  clippingHref: (id: number) => string;
}) {
  return (
    <ul class="contexts">
      {contexts.map((c) => (
        <li key={c.id}>
          <p class="context" lang="zh">
            <MarkedSentence context={c} />
          </p>
          <span class="meta">
            {[c.site, c.published?.slice(0, 10) ?? new Date(c.savedAt).toLocaleDateString()]
              .filter(Boolean)
              .join(' · ')}{' '}
            {c.url && (
              <a href={c.url} target="_blank" rel="noopener noreferrer">
                {c.title || t('openPage')}
              </a>
            )}{' '}
            {c.clippingId !== null && <a href={clippingHref(c.clippingId)}>{t('openClipping')}</a>}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One word: state, levels, editable pinyin/definitions/note, and every sentence it was saved with. */
export function WordDetail(props: WordDetailProps) {
  const { word } = props;
  const [pinyin, setPinyin] = useState(word.pinyin);
  const [definitions, setDefinitions] = useState(word.definitions.join('\n'));
  const [note, setNote] = useState(word.note);
  useEffect(() => {
    setPinyin(word.pinyin);
    setDefinitions(word.definitions.join('\n'));
    setNote(word.note);
  }, [word.id]);
  return (
    <section class="word-detail" aria-label={t('wordDetails')} data-testid="word-detail">
      <div class="reader-bar">
        <button type="button" class="link" onClick={props.onClose}>
          {t('back')}
        </button>
        <label>
          {t('wordStateLabel')}{' '}
          <select
            value={word.state}
            data-testid="word-state"
            onChange={(e) => props.onState((e.currentTarget as HTMLSelectElement).value as WordState)}
          >
            {WORD_STATES.map((s) => (
              <option key={s} value={s}>
                {stateLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="danger" onClick={props.onDelete}>
          {t('wordDelete')}
        </button>
      </div>
      <h2 lang="zh">{headword(word, props.traditionalFirst)}</h2>
      <p class="meta">
        {[
          word.hsk3 ? t('hskLevel', { level: hsk3Label(word.hsk3) }) : t('hskNone'),
          word.hsk2 ? t('hskOld', { level: word.hsk2 }) : '',
          word.frequency ? t('frequencyRank', { rank: word.frequency }) : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <form
        class="annotations"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSave({
            pinyin: pinyin.trim(),
            definitions: definitions
              .split('\n')
              .map((d) => d.trim())
              .filter(Boolean),
            note,
          });
        }}
      >
        <label>
          {t('wordPinyin')}
          <input value={pinyin} onInput={(e) => setPinyin((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t('wordDefinitions')}
          <textarea
            rows={4}
            value={definitions}
            onInput={(e) => setDefinitions((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </label>
        <label>
          {t('wordNote')}
          <textarea
            rows={2}
            value={note}
            onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </label>
        <button type="submit">{t('wordSave')}</button>
        {props.notice && <p role="status">{props.notice}</p>}
      </form>
      <h3>{t('wordContexts')}</h3>
      {props.contexts.length === 0 ? (
        <p class="empty">{t('wordNoContexts')}</p>
      ) : (
        <ContextList contexts={props.contexts} clippingHref={props.clippingHref} />
      )}
    </section>
  );
}
