import type { ApiError } from '../../shared/contract/define.js';
import type { Session, Status } from '../../shared/system/contract.js';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from './api/client.js';
import { onSessionLost, toApiError } from './api/errors.js';
import { authText } from './i18n/auth.js';
import { useText } from './i18n/lang.js';
import { shellText } from './i18n/shell.js';
import { navigate } from './router.js';
import { Recovery } from './screens/Recovery.js';
import { Setup } from './screens/Setup.js';
import { SignIn } from './screens/SignIn.js';
import { SessionProvider, type SessionValue } from './session.js';
import { Layout } from './shell/Layout.js';
import { Brand } from './shell/Brand.js';
import { ErrorBanner } from './ui/ErrorBanner.js';
import { Loading } from './ui/Progress.js';

type Boot = { kind: 'loading' } | { kind: 'failed'; error: ApiError } | { kind: 'ready'; status: Status };

/** Why the sign-in screen is shown again, if not simply because nobody is signed in. */
type Reason = 'sessionEnded' | 'restored' | null;

/**
 * Asks the host for its status and shows, in order: recovery (data file unusable), first-run setup, sign-in, the app.
 */
export function App() {
  const shell = useText(shellText);
  const auth = useText(authText);
  const [boot, setBoot] = useState<Boot>({ kind: 'loading' });
  const [reason, setReason] = useState<Reason>(null);
  // Requests still in flight when the user signs out come back refused; that is not a lost session.
  const signedIn = useRef(false);

  const load = useCallback(async () => {
    try {
      const status = await api.call('system.status', {});
      // A token the host no longer knows (it restarted, or the session idled out) is dropped.
      if (!status.user) api.setToken(undefined);
      signedIn.current = status.user !== null;
      setBoot({ kind: 'ready', status });
    } catch (err) {
      setBoot({ kind: 'failed', error: toApiError(err) });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(
    () =>
      onSessionLost(() => {
        if (!signedIn.current) return;
        signedIn.current = false;
        api.setToken(undefined);
        setReason('sessionEnded');
        void load();
      }),
    [load],
  );

  const startSession = useCallback(
    async (session: Session) => {
      api.setToken(session.token);
      setReason(null);
      await load();
    },
    [load],
  );

  const signOut = useCallback(async () => {
    signedIn.current = false;
    await api.call('auth.signOut', {}).catch(() => undefined);
    api.setToken(undefined);
    await load();
    // The next user starts at the start page, not where this one left off.
    navigate('/', { replace: true });
  }, [load]);

  const status = boot.kind === 'ready' ? boot.status : null;
  const session = useMemo<SessionValue | null>(
    () => (status?.user ? { status, user: status.user, refresh: load, signOut } : null),
    [status, load, signOut],
  );

  if (boot.kind === 'loading') {
    return (
      <div className="boot">
        <Brand onLight />
        <Loading />
      </div>
    );
  }
  if (boot.kind === 'failed') {
    return (
      <div className="boot" data-testid="boot-failed">
        <Brand onLight />
        <h1 className="visually-hidden">{shell.startFailed}</h1>
        <ErrorBanner error={boot.error} onRetry={() => void load()} />
      </div>
    );
  }
  const { status: s } = boot;
  if (s.store.kind !== 'ok') {
    return (
      <Recovery
        status={s}
        onRestored={(next) => {
          setReason('restored');
          setBoot({ kind: 'ready', status: next });
        }}
      />
    );
  }
  const notice =
    reason === 'sessionEnded'
      ? { tone: 'warning' as const, text: shell.sessionEnded }
      : reason === 'restored'
        ? { tone: 'success' as const, text: auth.restored }
        : undefined;
  if (s.needsSetup) return <Setup onDone={startSession} notice={notice} />;
  if (!session) return <SignIn onSignedIn={startSession} notice={notice} />;
  return (
    <SessionProvider value={session}>
      <Layout />
    </SessionProvider>
  );
}
