import type { ComponentType } from 'react';
import { useQuery } from '../../api/useQuery.js';
import { useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { rotationText } from '../../i18n/rotation.js';
import { Link, useRoute } from '../../router.js';
import { PageHeader } from '../../ui/Card.js';
import { Notice } from '../../ui/Notice.js';
import { TabNav } from '../../ui/TabNav.js';
import { useRotationAccess } from './access.js';
import { Board } from './Board.js';
import { CandidatePage } from './CandidatePage.js';
import { Candidates } from './Candidates.js';
import { Coverage } from './Coverage.js';
import { Inbox } from './Inbox.js';
import { NatPanel } from './NatPanel.js';
import { NewRequest } from './NewRequest.js';
import { RiskAreas } from './RiskAreas.js';
import { Roles } from './Roles.js';
import './staff.css';

type TabKey = 'tabBoard' | 'tabInbox' | 'tabCandidates' | 'tabCoverage' | 'tabRoles' | 'tabNat' | 'tabRiskAreas';

/** What every section gets: a call to make after a change, so the tab counts follow. */
export interface SectionProps {
  onChange: () => void;
}

/** Sections by their route segment (#/staff/<segment>); the board has none. */
const TABS: readonly { segment: string; label: TabKey; component: ComponentType<SectionProps> }[] = [
  { segment: '', label: 'tabBoard', component: Board },
  { segment: 'inbox', label: 'tabInbox', component: Inbox },
  { segment: 'candidates', label: 'tabCandidates', component: Candidates },
  { segment: 'coverage', label: 'tabCoverage', component: Coverage },
  { segment: 'roles', label: 'tabRoles', component: Roles },
  { segment: 'nat', label: 'tabNat', component: NatPanel },
  { segment: 'risk', label: 'tabRiskAreas', component: RiskAreas },
];

export function StaffPage() {
  const t = useText(rotationText);
  const numbers = useNumbers();
  const route = useRoute();
  const { canMaintain, canDecide } = useRotationAccess();
  const summary = useQuery('rotation.summary', {});
  const segment = route.segments[1] ?? '';
  const candidateId = segment === 'candidates' ? route.segments[2] : undefined;
  const current = segment === 'new' ? null : (TABS.find((tab) => tab.segment === segment) ?? TABS[0]!);
  const Section = current?.component;
  const pending = summary.data?.pendingApprovals ?? 0;

  return (
    <div data-testid="page-staff">
      <PageHeader
        title={t.title}
        subtitle={t.subtitle}
        actions={
          canMaintain ? (
            <Link to="/staff/new" className="btn btn-primary" data-testid="open-new-request">
              {t.newRequest}
            </Link>
          ) : null
        }
      />
      <TabNav
        label={t.sections}
        tabs={TABS.map((tab) => ({
          to: tab.segment ? `/staff/${tab.segment}` : '/staff',
          label: (
            <>
              {t[tab.label]}
              {tab.segment === 'inbox' && pending > 0 ? <span className="rot-tab-count">{numbers.format(pending)}</span> : null}
            </>
          ),
          current: tab === current,
          testId: `staff-tab-${tab.segment || 'board'}`,
        }))}
      />
      {!canMaintain && !canDecide ? <Notice>{t.readOnly}</Notice> : null}
      {segment === 'new' ? (
        <NewRequest onChange={summary.reload} />
      ) : candidateId ? (
        <CandidatePage id={candidateId} onChange={summary.reload} />
      ) : Section ? (
        <Section onChange={summary.reload} />
      ) : null}
    </div>
  );
}
