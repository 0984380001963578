import { useQuery } from '../../api/useQuery.js';
import { canteenText } from '../../i18n/canteen.js';
import { useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { useRoute } from '../../router.js';
import { PageHeader } from '../../ui/Card.js';
import { TabNav } from '../../ui/TabNav.js';
import './canteen.css';
import { CanteensView } from './CanteensView.js';
import { PlannerPage } from './PlannerPage.js';
import { PrintView } from './PrintView.js';

const TABS = [
  { segment: '', label: 'tabPlan' },
  { segment: 'canteens', label: 'tabCanteens' },
] as const;

/**
 * #/canteen is the planner, #/canteen/canteens the canteens and their zones; #/canteen/print/<planId>/unit/<unitId>
 * and …/region/<regionId> are printable notices (no header: they print as they show).
 */
export function CanteenPage() {
  const { segments } = useRoute();
  if (segments[1] === 'print' && segments[2] && (segments[3] === 'unit' || segments[3] === 'region') && segments[4]) {
    return <PrintView planId={segments[2]} kind={segments[3]} id={segments[4]} />;
  }
  return <CanteenSections segment={segments[1] ?? ''} />;
}

function CanteenSections({ segment }: { segment: string }) {
  const t = useText(canteenText);
  const numbers = useNumbers();
  const settings = useQuery('settings.get', {});
  const rules = settings.data?.canteen;
  const tab = TABS.find((x) => x.segment === segment) ?? TABS[0];
  return (
    <div data-testid="page-canteen">
      <PageHeader
        title={t.title}
        subtitle={
          rules
            ? t.subtitle(numbers.format(rules.occupancyPct), numbers.format(rules.eatMinutes), numbers.format(rules.gapMinutes), rules.shareRegion ? t.sharingOn : t.sharingOff)
            : undefined
        }
      />
      <TabNav
        label={t.sections}
        tabs={TABS.map((x) => ({ to: x.segment ? `/canteen/${x.segment}` : '/canteen', label: t[x.label], current: x === tab, testId: `canteen-tab-${x.segment || 'plan'}` }))}
      />
      {tab.segment === 'canteens' ? <CanteensView occupancyPct={rules?.occupancyPct} /> : <PlannerPage />}
    </div>
  );
}
