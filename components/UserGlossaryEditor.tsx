import { useEffect, useState } from 'preact/hooks';
import type { UserGlossaryApi } from '../lib/glossary/user-client';
import {
  exportGlossary,
  formatOfFileName,
  GLOSSARY_FORMATS,
  type RejectedRow,
} from '../lib/glossary/user-io';
import type { UserTerm, UserTermInput } from '../lib/glossary/user-term';
import { t } from '../lib/i18n';
import { errorText } from '../lib/i18n/errors';
import { UserGlossaryForm } from './UserGlossaryForm';

const EMPTY: UserTermInput = { term: '', pinyin: '', definition: '', note: '' };
const MIME = { csv: 'text/csv', tsv: 'text/tab-separated-values', json: 'application/json' } as const;

/** Options-page section: the user's own glossary (add, edit, delete, import, export). All effects go
 *  through `api`. (Hover settings and credits live in their own options groups, components/options.) */
export function UserGlossaryEditor({ api }: { api: UserGlossaryApi }) {
  const [terms, setTerms] = useState<UserTerm[]>([]);
  const [editing, setEditing] = useState<{ initial: UserTermInput; id?: number; error?: string } | null>(
    null,
  );
  const [message, setMessage] = useState<string>('');
  const [rejected, setRejected] = useState<RejectedRow[]>([]);

  const reload = async (): Promise<void> => {
    const answer = await api.list();
    if (answer.ok) setTerms(answer.value);
    else setMessage(t('error', { message: errorText(answer.error) }));
  };
  useEffect(() => {
    void reload();
  }, []);

  const save = async (term: UserTermInput, id?: number): Promise<void> => {
    const answer = await api.put(term, id);
    if (!answer.ok) {
      setEditing({ initial: term, id, error: errorText(answer.error) });
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
      setMessage(t('error', { message: errorText(answer.error) }));
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
      <section>
        <h3>{t('userGlossaryTitle')}</h3>
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
    </div>
  );
}
