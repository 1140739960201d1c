import { useEffect, useState } from 'preact/hooks';
import type { HoverSettingsValue, UserGlossaryApi } from '../lib/glossary/user-client';
import {
  exportGlossary,
  formatOfFileName,
  GLOSSARY_FORMATS,
  type RejectedRow,
} from '../lib/glossary/user-io';
import type { UserTerm, UserTermInput } from '../lib/glossary/user-term';
import { t } from '../lib/i18n';
import { UserGlossaryForm } from './UserGlossaryForm';

const EMPTY: UserTermInput = { term: '', pinyin: '', definition: '', note: '' };
const MIME = { csv: 'text/csv', tsv: 'text/tab-separated-values', json: 'application/json' } as const;

function HoverSettings({
  value,
  onChange,
}: {
  value: HoverSettingsValue;
  onChange: <K extends keyof HoverSettingsValue>(key: K, v: HoverSettingsValue[K]) => void;
}) {
  return (
    <section class="hover-settings">
      <h2>{t('hoverSettingsTitle')}</h2>
      <p>
        <label>
          {t('hoverDelayLabel')}{' '}
          <input
            type="number"
            min={0}
            max={2000}
            step={50}
            value={value.delay}
            onChange={(e) =>
              onChange('delay', Math.max(0, Math.min(2000, Number(e.currentTarget.value) || 0)))
            }
          />
        </label>
      </p>
      <p>
        <label>
          {t('hoverModifierLabel')}{' '}
          <select
            value={value.modifier}
            onChange={(e) => onChange('modifier', e.currentTarget.value as HoverSettingsValue['modifier'])}
          >
            <option value="none">{t('hoverModifierNone')}</option>
            <option value="shift">Shift</option>
            <option value="alt">Alt</option>
          </select>
        </label>
      </p>
      <p>
        <label>
          {t('readingStyleLabel')}{' '}
          <select
            value={value.reading}
            onChange={(e) => onChange('reading', e.currentTarget.value as HoverSettingsValue['reading'])}
          >
            <option value="pinyin">Pinyin</option>
            <option value="zhuyin">Zhuyin ㄓㄨˋㄧㄣ</option>
            <option value="both">{t('readingBoth')}</option>
          </select>
        </label>
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={value.toneColours}
            onChange={(e) => onChange('toneColours', e.currentTarget.checked)}
          />{' '}
          {t('toneColoursLabel')}
        </label>
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={value.underline}
            onChange={(e) => onChange('underline', e.currentTarget.checked)}
          />{' '}
          {t('underlineGlossaryLabel')}
        </label>
      </p>
    </section>
  );
}

/** Options-page section: hover settings, the user's own glossary (add, edit, delete, import, export)
 *  and the dictionary credits. All effects go through `api`. */
export function UserGlossaryEditor({ api }: { api: UserGlossaryApi }) {
  const [terms, setTerms] = useState<UserTerm[]>([]);
  const [settings, setSettings] = useState<HoverSettingsValue | null>(null);
  const [editing, setEditing] = useState<{ initial: UserTermInput; id?: number; error?: string } | null>(
    null,
  );
  const [message, setMessage] = useState<string>('');
  const [rejected, setRejected] = useState<RejectedRow[]>([]);

  const reload = async (): Promise<void> => {
    const answer = await api.list();
    if (answer.ok) setTerms(answer.value);
    else setMessage(t('error', { message: answer.error.message }));
  };
  useEffect(() => {
    void reload();
    void api.settings().then(setSettings);
  }, []);

  const save = async (term: UserTermInput, id?: number): Promise<void> => {
    const answer = await api.put(term, id);
    if (!answer.ok) {
      setEditing({ initial: term, id, error: answer.error.message });
      return;
    }
    setEditing(null);
    setMessage(t('savedWord'));
    await reload();
  };

  const remove = async (id: number): Promise<void> => {
    await api.remove(id);
    setEditing(null);
    setMessage(t('userTermDeleted'));
    await reload();
  };

  const importFile = async (file: File): Promise<void> => {
    setRejected([]);
    const format = formatOfFileName(file.name);
    if (!format) {
      setMessage(t('userGlossaryFileType'));
      return;
    }
    const answer = await api.importText(await file.text(), format);
    if (!answer.ok) {
      setMessage(t('error', { message: answer.error.message }));
      return;
    }
    if (answer.value.rejected.length > 0) {
      setMessage(t('userGlossaryRejected', { n: answer.value.rejected.length }));
      setRejected(answer.value.rejected);
      return;
    }
    setMessage(t('userGlossaryImported', { n: answer.value.imported }));
    await reload();
  };

  return (
    <div class="user-glossary">
      {settings && (
        <HoverSettings
          value={settings}
          onChange={(key, v) => {
            setSettings({ ...settings, [key]: v });
            void api.saveSetting(key, v);
          }}
        />
      )}
      <section>
        <h2>{t('userGlossaryTitle')}</h2>
        <p>
          <button type="button" onClick={() => setEditing({ initial: EMPTY })}>
            {t('userTermTitleAdd')}
          </button>{' '}
          <label>
            {t('userGlossaryImport')}{' '}
            <input
              type="file"
              accept=".csv,.tsv,.json,.txt"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void importFile(file);
                e.currentTarget.value = '';
              }}
            />
          </label>
        </p>
        <p>
          {GLOSSARY_FORMATS.map((format) => (
            <button
              type="button"
              key={format}
              disabled={terms.length === 0}
              onClick={() =>
                api.download(`wenzhai-glossary.${format}`, exportGlossary(terms, format), MIME[format])
              }
            >
              {t('userGlossaryExport', { format: format.toUpperCase() })}
            </button>
          ))}
        </p>
        {message && (
          <p role="status" class="message">
            {message}
          </p>
        )}
        {rejected.length > 0 && (
          <ul class="rejected">
            {rejected.map((r) => (
              <li key={`${r.row}-${r.message}`}>
                {t('userGlossaryRow', { row: r.row, message: r.message })}
              </li>
            ))}
          </ul>
        )}
        {editing && (
          <UserGlossaryForm
            initial={editing.initial}
            id={editing.id}
            error={editing.error}
            onSubmit={(term, id) => void save(term, id)}
            onCancel={() => setEditing(null)}
            onDelete={(id) => void remove(id)}
            autoFocus
          />
        )}
        {terms.length === 0 ? (
          <p>{t('userGlossaryEmpty')}</p>
        ) : (
          <table class="user-terms">
            <caption>{t('userGlossaryCount', { n: terms.length })}</caption>
            <thead>
              <tr>
                <th>{t('userTermTerm')}</th>
                <th>{t('userTermPinyin')}</th>
                <th>{t('userTermDefinition')}</th>
                <th>{t('userTermNote')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {terms.map((term) => (
                <tr key={term.id}>
                  <td lang="zh">{term.term}</td>
                  <td>{term.pinyin}</td>
                  <td>{term.definition}</td>
                  <td>{term.note}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() =>
                        setEditing({
                          initial: {
                            term: term.term,
                            pinyin: term.pinyin,
                            definition: term.definition,
                            note: term.note,
                          },
                          id: term.id,
                        })
                      }
                    >
                      {t('userGlossaryEdit')}
                    </button>{' '}
                    <button type="button" onClick={() => void remove(term.id)}>
                      {t('userTermDelete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section>
        <h2>{t('aboutTitle')}</h2>
        <p>{t('aboutCedict')}</p>
      </section>
    </div>
  );
}
