import type { Role } from '../../shared/auth/roles.js';
import type { Status } from '../../shared/system/contract.js';
import type { PublicUser } from '../../shared/system/schema.js';
import { createContext, useContext, type ReactNode } from 'react';

export interface SessionValue {
  /** The host's status as last fetched; campusEmpty and campusName change when data is loaded. */
  status: Status;
  user: PublicUser;
  /** Fetches the status again (after loading data, renaming the campus…) without leaving the page. */
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ value, children }: { value: SessionValue; children: ReactNode }) {
  return <SessionContext value={value}>{children}</SessionContext>;
}

/** The signed-in session; only pages inside the app layout may use it. */
export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in app');
  return session;
}

/** Whether the user may see something limited to `roles`; no list means everyone signed in. */
export const allows = (user: PublicUser, roles: readonly Role[] | undefined) => !roles || roles.includes(user.role);
