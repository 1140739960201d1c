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

/** Add, import and the export buttons (disabled while there is nothing to export). */
function GlossaryActions(props: {
  terms: readonly UserTerm[];
  onAdd: () => void;
  onImport: (file: File) => void;
  onExport: (format: (typeof GLOSSARY_FORMATS)[number]) => void;
}) {
  return (
    <>
      <p>
        <button type="button" onClick={props.onAdd}>
          {t('userTermTitleAdd')}
        </button>{' '}
        <label>
          {t('userGlossaryImport')}{' '}
          <input
            type="file"
            accept=".csv,.tsv,.json,.txt"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) props.onImport(file);
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
            disabled={props.terms.length === 0}
            onClick={() => props.onExport(format)}
          >
            {t('userGlossaryExport', { format: format.toUpperCase() })}
          </button>
        ))}
      </p>
    </>
  );
}

/** The user's terms, each with its edit and delete buttons. */
function UserTermsTable(props: {
  terms: readonly UserTerm[];
  onEdit: (term: UserTerm) => void;
  onDelete: (id: number) => void;
}) {
  return (
    <table class="user-terms">
      <caption>{t('userGlossaryCount', { n: props.terms.length })}</caption>
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
        {props.terms.map((term) => (
          <tr key={term.id}>
            <td lang="zh">{term.term}</td>
            <td>{term.pinyin}</td>
            <td>{term.definition}</td>
            <td>{term.note}</td>
            <td>
              <button type="button" onClick={() => props.onEdit(term)}>
                {t('userGlossaryEdit')}
              </button>{' '}
              <button type="button" onClick={() => props.onDelete(term.id)}>
                {t('userTermDelete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Imports one file: the message to show, the rows refused (nothing is imported then), and whether
 *  the list changed. */
async function importGlossaryFile(
  api: UserGlossaryApi,
  file: File,
): Promise<{ message: string; rejected: RejectedRow[]; imported: boolean }> {
  const format = formatOfFileName(file.name);
  if (!format) return { message: t('userGlossaryFileType'), rejected: [], imported: false };
  const answer = await api.importText(await file.text(), format);
  if (!answer.ok)
    return { message: t('error', { message: errorText(answer.error) }), rejected: [], imported: false };
  const { rejected, imported } = answer.value;
  if (rejected.length > 0)
    return { message: t('userGlossaryRejected', { n: rejected.length }), rejected, imported: false };
  return { message: t('userGlossaryImported', { n: imported }), rejected: [], imported: true };
}

/** The last action's message and, after a refused import, the rows that were wrong. */
function ImportReport(props: { message: string; rejected: readonly RejectedRow[] }) {
  return (
    <>
      {props.message && (
        <p role="status" class="message">
          {props.message}
        </p>
      )}
      {props.rejected.length > 0 && (
        <ul class="rejected">
          {props.rejected.map((r) => (
            <li key={`${r.row}-${r.message}`}>{t('userGlossaryRow', { row: r.row, message: r.message })}</li>
          ))}
        </ul>
      )}
    </>
  );
}

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
    const outcome = await importGlossaryFile(api, file);
    setMessage(outcome.message);
    setRejected(outcome.rejected);
    if (outcome.imported) await reload();
  };

  return (
    <div class="user-glossary">
      <section>
        <h3>{t('userGlossaryTitle')}</h3>
        <GlossaryActions
          terms={terms}
          onAdd={() => setEditing({ initial: EMPTY })}
          onImport={(file) => void importFile(file)}
          onExport={(format) =>
            api.download(`wenzhai-glossary.${format}`, exportGlossary(terms, format), MIME[format])
          }
        />
        <ImportReport message={message} rejected={rejected} />
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
          <UserTermsTable
            terms={terms}
            onEdit={(term) =>
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
            onDelete={(id) => void remove(id)}
          />
        )}
      </section>
    </div>
  );
}
