import type { Role } from '../../shared/auth/roles.js';
import type { ComponentType } from 'react';
import type { navText } from './i18n/nav.js';
import { CampusPage } from './pages/campus/CampusPage.js';
import { CanteenPage } from './pages/canteen/CanteenPage.js';
import { DashboardPage } from './pages/dashboard/DashboardPage.js';
import { HeatingPage } from './pages/heating/HeatingPage.js';
import { ReportsPage } from './pages/reports/ReportsPage.js';
import { SettingsPage } from './pages/settings/SettingsPage.js';
import { StaffPage } from './pages/staff/StaffPage.js';
import { SuppliesPage } from './pages/supplies/SuppliesPage.js';
import type { IconName } from './ui/icons.js';

export interface ModuleEntry {
  /** First segment of the route: "#/campus", "#/campus/units/u-12"… (useRoute().segments gives the rest). */
  path: string;
  /** Its name in the navigation: a key of navText (renderer/src/i18n/nav.ts). */
  label: keyof typeof navText.en;
  icon: IconName;
  /** The page; it renders its own PageHeader (one h1). */
  component: ComponentType;
  /** Who sees it in the navigation and may open it; everyone signed in when left out. */
  roles?: readonly Role[];
}

/** The app's pages, in navigation order; the first is the start page. One line per module. */
export const modules: readonly ModuleEntry[] = [
  { path: 'dashboard', label: 'dashboard', icon: 'dashboard', component: DashboardPage },
  { path: 'campus', label: 'campus', icon: 'campus', component: CampusPage },
  { path: 'canteen', label: 'canteen', icon: 'canteen', component: CanteenPage },
  { path: 'staff', label: 'staff', icon: 'staff', component: StaffPage },
  { path: 'supplies', label: 'supplies', icon: 'supplies', component: SuppliesPage },
  { path: 'heating', label: 'heating', icon: 'heating', component: HeatingPage },
  { path: 'reports', label: 'reports', icon: 'reports', component: ReportsPage, roles: ['administrator', 'principal'] },
  { path: 'settings', label: 'settings', icon: 'settings', component: SettingsPage },
];
