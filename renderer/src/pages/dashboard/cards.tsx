import type { Role } from '../../../../shared/auth/roles.js';
import type { ComponentType } from 'react';
import { SuppliesCard } from '../supplies/SuppliesCard.js';
import { HeatingCard } from '../heating/HeatingCard.js';
import { SystemCard } from './SystemCard.js';
import { CampusCard } from '../campus/CampusCard.js';
import { CanteenCard } from '../canteen/CanteenCard.js';
import { RotationCard } from '../staff/RotationCard.js';

export interface DashboardCard {
  /** Stable, unique; also the card's data-testid ("card-<id>"). */
  id: string;
  /** Renders a ui/Card; fetches its own data (useQuery). */
  component: ComponentType;
  /** Who sees it; everyone signed in when left out. */
  roles?: readonly Role[];
  /** Grid columns it spans (the grid has 3 columns at 1280 px and more, fewer when narrower). */
  span?: 1 | 2 | 3;
}

/** The dashboard's cards, in order. Each module adds one line for its card, above the installation card. */
export const dashboardCards: readonly DashboardCard[] = [
  { id: 'campus', component: CampusCard },
  { id: 'canteen', component: CanteenCard },
  { id: 'rotation', component: RotationCard },
  { id: 'supplies', component: SuppliesCard },
  { id: 'heating', component: HeatingCard },
  { id: 'system', component: SystemCard },
];
