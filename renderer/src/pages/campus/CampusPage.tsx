import { campusText } from '../../i18n/campus.js';
import { useText } from '../../i18n/lang.js';
import { useRoute } from '../../router.js';
import { TabNav } from '../../ui/TabNav.js';
import { PageHeader } from '../../ui/Card.js';
import { BuildingsView } from './BuildingsView.js';
import './campus.css';
import { PeopleView } from './PeopleView.js';
import { TransferView } from './TransferView.js';
import { UnitDetailView } from './UnitDetailView.js';
import { UnitsView } from './UnitsView.js';

const TABS = [
  { path: 'units', label: 'tabUnits' },
  { path: 'people', label: 'tabPeople' },
  { path: 'buildings', label: 'tabBuildings' },
  { path: 'transfer', label: 'tabTransfer' },
] as const;

/** #/campus[/units[/<id>] | /people | /buildings | /transfer] */
export function CampusPage() {
  const t = useText(campusText);
  const { segments } = useRoute();
  const tab = TABS.find((x) => x.path === segments[1]) ?? TABS[0];
  const unitId = tab.path === 'units' ? segments[2] : undefined;

  return (
    <div data-testid="page-campus">
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <TabNav label={t.sections} tabs={TABS.map((x) => ({ to: `/campus/${x.path}`, label: t[x.label], current: x === tab, testId: `campus-tab-${x.path}` }))} />
      {unitId !== undefined ? (
        <UnitDetailView unitId={unitId} />
      ) : tab.path === 'units' ? (
        <UnitsView />
      ) : tab.path === 'people' ? (
        <PeopleView />
      ) : tab.path === 'buildings' ? (
        <BuildingsView />
      ) : (
        <TransferView />
      )}
    </div>
  );
}
