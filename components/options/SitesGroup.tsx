import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import { OptionsGroup } from './OptionsGroup';

/** Sites: the per-site rules and the host access granted for them. The rules editor is its own
 *  component, mounted here by the options page. */
export function SitesGroup({ children }: { children?: ComponentChildren }) {
  return (
    <OptionsGroup id="sites" title={t('groupSites')} intro={t('sitesIntro')}>
      {children}
    </OptionsGroup>
  );
}
