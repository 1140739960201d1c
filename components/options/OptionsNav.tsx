import { t } from '../../lib/i18n';

export interface NavGroup {
  id: string;
  label: string;
}

/** The options page's table of contents: plain in-page links, so Tab, Enter and the browser's own
 *  history work as everywhere else. */
export function OptionsNav({ groups }: { groups: NavGroup[] }) {
  return (
    <nav class="options-nav" aria-label={t('optionsNavLabel')}>
      <ul>
        {groups.map((g) => (
          <li key={g.id}>
            <a href={`#${g.id}`}>{g.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
