import { t } from '../../lib/i18n';
import { OptionsGroup } from './OptionsGroup';

/** About: the version, the privacy promise and the credits for the data Wenzhai ships. */
export function AboutGroup({ version }: { version: string }) {
  return (
    <OptionsGroup id="about" title={t('groupAbout')}>
      <p>{t('aboutVersion', { version })}</p>
      <p>{t('aboutPrivacy')}</p>
      <h3>{t('credits')}</h3>
      <p>{t('creditsText')}</p>
      <p>{t('aboutCedict')}</p>
    </OptionsGroup>
  );
}
