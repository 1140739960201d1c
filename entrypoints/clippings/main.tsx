import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ClippingList } from '../../components/ClippingList';
import { ClippingReader } from '../../components/ClippingReader';
import { getClipping, listClippings, openClippingsDb } from '../../lib/clippings/db';
import { t } from '../../lib/i18n';
import type { Clipping } from '../../lib/types';
import './style.css';

// An extension page: same origin as the background, so it reads the clippings database directly.
const db = openClippingsDb();

function ClippingsPage() {
  const [clippings, setClippings] = useState<Clipping[] | null>(null);
  const [open, setOpen] = useState<Clipping | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    listClippings(db).then(setClippings, (e: unknown) => setError(String(e)));
  }, []);

  useEffect(() => {
    const id = Number(new URLSearchParams(location.search).get('id'));
    if (Number.isInteger(id) && id > 0) void getClipping(db, id).then((c) => setOpen(c ?? null));
  }, []);

  const openClipping = (id: number): void => {
    void getClipping(db, id).then((c) => {
      setOpen(c ?? null);
      history.pushState(null, '', `?id=${id}`);
    });
  };

  if (open) {
    document.title = `${open.title} — ${t('appName')}`;
    return (
      <ClippingReader
        clipping={open}
        onBack={() => {
          setOpen(null);
          history.pushState(null, '', location.pathname);
        }}
      />
    );
  }
  document.title = `${t('clippingsTitle')} — ${t('appName')}`;
  return (
    <main>
      <h1>{t('clippingsTitle')}</h1>
      {error && <p class="error">{t('error', { message: error })}</p>}
      {clippings && <ClippingList clippings={clippings} onOpen={openClipping} />}
    </main>
  );
}

render(<ClippingsPage />, document.getElementById('app')!);
