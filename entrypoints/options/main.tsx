import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { UserGlossaryEditor } from '../../components/UserGlossaryEditor';
import { userGlossaryClient } from '../../lib/glossary/user-client';
import { t } from '../../lib/i18n';
import { hoverByDefault, traditionalTarget } from '../../lib/settings';
import type { Target } from '../../lib/types';

const VARIANTS: { value: Target; label: string }[] = [
  { value: 'tw', label: '臺灣 Taiwan' },
  { value: 'twp', label: '臺灣（含用語）Taiwan with phrases' },
  { value: 'hk', label: '香港 Hong Kong' },
  { value: 't', label: 'OpenCC 標準 Standard' },
];

function Options() {
  const [hover, setHover] = useState(true);
  const [variant, setVariant] = useState<Target>('tw');
  useEffect(() => {
    void hoverByDefault.getValue().then(setHover);
    void traditionalTarget.getValue().then(setVariant);
  }, []);
  return (
    <main
      style={{ font: '15px/1.5 system-ui, sans-serif', maxWidth: '640px', margin: '0 auto', padding: '16px' }}
    >
      <h1>{t('optionsTitle')}</h1>
      <p>
        <label>
          <input
            type="checkbox"
            checked={hover}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setHover(on);
              void hoverByDefault.setValue(on);
            }}
          />{' '}
          {t('hoverByDefault')}
        </label>
      </p>
      <p>
        <label>
          {t('traditionalVariant')}{' '}
          <select
            value={variant}
            onChange={(e) => {
              const next = e.currentTarget.value as Target;
              setVariant(next);
              void traditionalTarget.setValue(next);
            }}
          >
            {VARIANTS.map((v) => (
              <option key={v.value} value={v.value}>
                {v.label}
              </option>
            ))}
          </select>
        </label>
      </p>
      <UserGlossaryEditor api={userGlossaryClient} />
      <h2>{t('credits')}</h2>
      <p>{t('creditsText')}</p>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
