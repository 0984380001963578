import { useText } from '../../i18n/lang.js';
import { settingsText } from '../../i18n/settings.js';
import { allows, useSession } from '../../session.js';
import { PageHeader } from '../../ui/Card.js';
import { settingsSections } from './sections.js';

export function SettingsPage() {
  const t = useText(settingsText);
  const { user } = useSession();
  return (
    <div data-testid="page-settings">
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <div className="stack">
        {settingsSections
          .filter((s) => allows(user, s.roles))
          .map(({ id, component: Section }) => (
            <div key={id} data-testid={`settings-${id}`}>
              <Section />
            </div>
          ))}
      </div>
    </div>
  );
}
