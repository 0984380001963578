import type { Role } from '../../../../shared/auth/roles.js';
import type { ComponentType } from 'react';
import { HeatingSettingsSection } from './HeatingSettingsSection.js';
import { LanguageSection } from './LanguageSection.js';
import { UsersSection } from './UsersSection.js';
import { RotationSettingsSection } from '../staff/RotationSettingsSection.js';
import { CanteenSettingsSection } from '../canteen/CanteenSettingsSection.js';

export interface SettingsSection {
  /** Stable, unique; also the section's data-testid ("settings-<id>"). */
  id: string;
  /** Renders a ui/Card. A rules section reads settings.get and saves only its own key with settings.update. */
  component: ComponentType;
  /** Who sees it; everyone signed in when left out. */
  roles?: readonly Role[];
}

/** The settings page's sections, in order. Each module adds one line for its rules. */
export const settingsSections: readonly SettingsSection[] = [
  { id: 'language', component: LanguageSection },
  { id: 'users', component: UsersSection, roles: ['administrator'] },
  { id: 'canteen', component: CanteenSettingsSection },
  { id: 'heating', component: HeatingSettingsSection },
  { id: 'rotation', component: RotationSettingsSection },
];
