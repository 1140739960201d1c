import type { UserGlossaryApi } from '../../lib/glossary/user-client';
import { t } from '../../lib/i18n';
import { UserGlossaryEditor } from '../UserGlossaryEditor';
import { OptionsGroup } from './OptionsGroup';

/** Glossary: the user's own terms with import and export (components/UserGlossaryEditor). */
export function GlossaryGroup({ api }: { api: UserGlossaryApi }) {
  return (
    <OptionsGroup id="glossary" title={t('groupGlossary')}>
      <UserGlossaryEditor api={api} />
    </OptionsGroup>
  );
}
