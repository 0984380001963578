import { useRoute } from '../../router.js';
import './supplies.css';
import { ItemPage } from './ItemPage.js';
import { OverviewPage } from './OverviewPage.js';

/** #/supplies lists every item; #/supplies/<itemId> opens one. */
export function SuppliesPage() {
  const { segments } = useRoute();
  const itemId = segments[1];
  return itemId ? <ItemPage key={itemId} itemId={itemId} /> : <OverviewPage />;
}
