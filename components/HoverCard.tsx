import { t } from '../lib/i18n';
import type { DictEntry } from '../lib/types';

export interface HoverCardProps {
  entries: DictEntry[];
}

function Headword({ entry }: { entry: DictEntry }) {
  return (
    <span class="headword" lang="zh">
      <span class="trad">{entry.traditional}</span>
      {entry.simplified !== entry.traditional && <span class="simp">{entry.simplified}</span>}
    </span>
  );
}

/** The hover dictionary card: one block per entry, news-glossary and user entries badged. */
export function HoverCard({ entries }: HoverCardProps) {
  if (entries.length === 0) return <div class="card empty">{t('noEntries')}</div>;
  return (
    <div class="card" role="tooltip">
      {entries.map((entry, i) => (
        <div class={`entry source-${entry.source}`} key={`${i}-${entry.traditional}-${entry.pinyin}`}>
          <div class="line">
            <Headword entry={entry} />
            {entry.source === 'glossary' && <span class="badge">{t('glossaryBadge')}</span>}
            {entry.source === 'user' && <span class="badge user">{t('userBadge')}</span>}
          </div>
          <div class="pinyin">{entry.pinyin}</div>
          <ol class="defs">
            {entry.definitions.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

/** Styles for the card inside its closed shadow root; the page's CSS cannot reach them. */
export const hoverCardStyles = `
:host { all: initial; }
.frame { position: fixed; z-index: 2147483647; max-width: 380px; max-height: 60vh; overflow: auto;
  font: 14px/1.45 system-ui, "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif; color: #1b1b1f;
  background: #fffdf7; border: 1px solid #c9c2b0; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  pointer-events: none; }
.card { padding: 8px 12px; }
.card.empty { color: #555; }
.entry + .entry { border-top: 1px solid #e6e0d2; margin-top: 6px; padding-top: 6px; }
.line { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.headword { font-size: 22px; }
.simp { margin-left: 8px; color: #555; }
.badge { font-size: 11px; background: #7a1f1f; color: #fff; border-radius: 4px; padding: 1px 6px; }
.badge.user { background: #1f4f7a; }
.pinyin { color: #8a3b00; font-size: 15px; }
.defs { margin: 2px 0 0; padding-left: 20px; }
.defs li { margin: 0; }
@media (prefers-color-scheme: dark) {
  .frame { background: #1f1e1c; color: #eee; border-color: #555; }
  .simp, .card.empty { color: #bbb; }
  .pinyin { color: #ffb37a; }
  .entry + .entry { border-top-color: #444; }
}
`;
