import type { ComponentType } from 'react';
import { heatingText } from '../../i18n/heating.js';
import { useText } from '../../i18n/lang.js';
import { useRoute } from '../../router.js';
import { TabNav } from '../../ui/TabNav.js';
import { PageHeader } from '../../ui/Card.js';
import { ImportPanel } from './ImportPanel.js';
import { OutdoorPanel } from './OutdoorPanel.js';
import { Overview } from './Overview.js';
import { RoomsPanel } from './RoomsPanel.js';
import { RoundForm } from './RoundForm.js';
import './heating.css';

type TabKey = 'tabOverview' | 'tabRound' | 'tabImport' | 'tabRooms' | 'tabOutdoor';

/** Sections by their route segment (#/heating/<segment>); the overview has none. */
const TABS: readonly { segment: string; label: TabKey; component: ComponentType }[] = [
  { segment: '', label: 'tabOverview', component: Overview },
  { segment: 'round', label: 'tabRound', component: RoundForm },
  { segment: 'import', label: 'tabImport', component: ImportPanel },
  { segment: 'rooms', label: 'tabRooms', component: RoomsPanel },
  { segment: 'outdoor', label: 'tabOutdoor', component: OutdoorPanel },
];

export function HeatingPage() {
  const t = useText(heatingText);
  const route = useRoute();
  const segment = route.segments[1] ?? '';
  const current = TABS.find((tab) => tab.segment === segment) ?? TABS[0]!;
  const Section = current.component;
  return (
    <div data-testid="page-heating">
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <TabNav
        label={t.sections}
        tabs={TABS.map((tab) => ({
          to: tab.segment ? `/heating/${tab.segment}` : '/heating',
          label: t[tab.label],
          current: tab === current,
          testId: `heating-tab-${tab.segment || 'overview'}`,
        }))}
      />
      <Section />
    </div>
  );
}
