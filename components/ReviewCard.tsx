import { readingSyllables } from '../lib/dictionary/display';
import { t } from '../lib/i18n';
import { hsk3Label } from '../lib/vocabulary/hsk';
import type { Word, WordContext } from '../lib/vocabulary/types';
import { MarkedSentence } from './WordDetail';

export type GradeValue = 1 | 2 | 3 | 4;

export interface ReviewCardProps {
  word: Word;
  contexts: WordContext[];
  shown: boolean;
  cloze: boolean;
  traditionalFirst: boolean;
  reading: 'pinyin' | 'zhuyin' | 'both';
  onShow: () => void;
  onGrade: (grade: GradeValue) => void;
}

export const GRADE_LABELS: Record<GradeValue, () => string> = {
  1: () => t('reviewAgain'),
  2: () => t('reviewHard'),
  3: () => t('reviewGood'),
  4: () => t('reviewEasy'),
};

function Reading({ pinyin, style }: { pinyin: string; style: ReviewCardProps['reading'] }) {
  const text = (s: 'pinyin' | 'zhuyin') =>
    readingSyllables(pinyin, s)
      .map((x) => x.text)
      .join(' ');
  if (style === 'both') return <p class="pinyin">{`${text('pinyin')} · ${text('zhuyin')}`}</p>;
  return <p class="pinyin">{text(style)}</p>;
}

/** Front: the word in the reader's script and its saved sentence (or the sentence with the word
 *  hidden, cloze). Back: reading, definitions, other sentences, HSK level. Buttons for the grades;
 *  the page handles the keys. */
export function ReviewCard(props: ReviewCardProps) {
  const { word, contexts, shown } = props;
  const front = props.traditionalFirst
    ? word.traditional || word.simplified
    : word.simplified || word.traditional;
  const [first, ...others] = contexts;
  return (
    <section class="card" aria-label={shown ? t('reviewBack') : t('reviewFront')} data-testid="review-card">
      {!(props.cloze && first) || shown ? (
        <p class="front-word" lang={props.traditionalFirst ? 'zh-Hant' : 'zh-Hans'} data-testid="review-word">
          {front}
        </p>
      ) : null}
      {first && (
        <p class="context" lang="zh">
          <MarkedSentence context={first} hide={props.cloze && !shown} />
        </p>
      )}
      {shown ? (
        <div class="back" data-testid="review-back">
          <Reading pinyin={word.pinyin} style={props.reading} />
          <ol>
            {word.definitions.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ol>
          <p class="meta">
            {[
              word.hsk3 ? t('hskLevel', { level: hsk3Label(word.hsk3) }) : t('hskNone'),
              word.simplified !== word.traditional ? `${word.simplified} / ${word.traditional}` : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {others.length > 0 && (
            <>
              <h2 class="meta">{t('reviewOtherContexts')}</h2>
              <ul class="contexts">
                {others.map((c) => (
                  <li key={c.id} class="context" lang="zh">
                    <MarkedSentence context={c} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <fieldset class="grades">
            <legend class="visually-hidden">{t('reviewBack')}</legend>
            {([1, 2, 3, 4] as const).map((g) => (
              <button key={g} type="button" data-grade={g} onClick={() => props.onGrade(g)}>
                {t('reviewGradeKey', { grade: GRADE_LABELS[g](), key: g })}
              </button>
            ))}
          </fieldset>
        </div>
      ) : (
        <button type="button" class="show" onClick={props.onShow} data-testid="review-show">
          {t('reviewShow')}
        </button>
      )}
    </section>
  );
}
