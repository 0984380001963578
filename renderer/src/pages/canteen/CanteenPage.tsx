import { useRoute } from '../../router.js';
import './canteen.css';
import { PlannerPage } from './PlannerPage.js';
import { PrintView } from './PrintView.js';

/** #/canteen is the planner; #/canteen/print/<planId>/unit/<unitId> and …/region/<regionId> are printable notices. */
export function CanteenPage() {
  const { segments } = useRoute();
  if (segments[1] === 'print' && segments[2] && (segments[3] === 'unit' || segments[3] === 'region') && segments[4]) {
    return <PrintView planId={segments[2]} kind={segments[3]} id={segments[4]} />;
  }
  return <PlannerPage />;
}
