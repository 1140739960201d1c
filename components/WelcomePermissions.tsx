// What the extension may access and why: one line per permission the manifest asks for (and the
// optional per-site access), then the promise that nothing leaves the device.
import { type MessageKey, t } from '../lib/i18n';

/** Each permission with its explanation; `names` are the manifest's names for it (shown when the
 *  running build asks for one of them: Chrome and Firefox builds differ). */
export const PERMISSION_LINES: readonly { names: readonly string[]; why: MessageKey }[] = [
  { names: ['activeTab'], why: 'permActiveTab' },
  { names: ['scripting'], why: 'permScripting' },
  { names: ['storage', 'unlimitedStorage'], why: 'permStorage' },
  { names: ['contextMenus'], why: 'permContextMenus' },
  { names: ['offscreen'], why: 'permOffscreen' },
  { names: ['optional host permissions'], why: 'permSites' },
];

export interface WelcomePermissionsProps {
  /** The permissions the running build declares, plus 'optional host permissions' when it has any. */
  declared: readonly string[];
}

export function WelcomePermissions({ declared }: WelcomePermissionsProps) {
  const lines = PERMISSION_LINES.filter((line) => line.names.some((name) => declared.includes(name)));
  return (
    <section class="access" aria-labelledby="welcome-access" data-testid="welcome-access">
      <h2 id="welcome-access">{t('welcomeAccessTitle')}</h2>
      <ul>
        {lines.map((line) => (
          <li key={line.why} data-permission={line.names.join(', ')}>
            {t(line.why)}
          </li>
        ))}
      </ul>
      <p class="private">{t('welcomeNothingLeaves')}</p>
    </section>
  );
}
