import { useEffect, useRef } from 'react';
import { useDates, useText } from '../i18n/lang.js';
import { navText } from '../i18n/nav.js';
import { roleText } from '../i18n/roles.js';
import { shellText } from '../i18n/shell.js';
import { modules } from '../modules.js';
import { Link, navigate, useRoute } from '../router.js';
import { allows, useSession } from '../session.js';
import { Button } from '../ui/Button.js';
import { PageHeader } from '../ui/Card.js';
import { Icon } from '../ui/icons.js';
import { Brand } from './Brand.js';
import { LanguageSwitch } from './LanguageSwitch.js';

/** The signed-in frame: navigation on the left, campus and user on top, the routed page in <main>. */
export function Layout() {
  const t = useText(shellText);
  const nav = useText(navText);
  const { user } = useSession();
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = route.segments[0];
  const visible = modules.filter((m) => allows(user, m.roles));
  const current = modules.find((m) => m.path === first);

  useEffect(() => {
    if (!first) navigate(`/${modules[0]!.path}`, { replace: true });
  }, [first]);

  useEffect(() => {
    document.title = current ? `${nav[current.label]} · ${t.appName}` : t.appName;
  }, [current, nav, t]);

  // After following a link, reading and Tab start at the new page, not back in the navigation.
  const previous = useRef(route.path);
  useEffect(() => {
    if (previous.current !== route.path && first) main.current?.focus({ preventScroll: true });
    previous.current = route.path;
  }, [route.path, first]);

  const Page = current && allows(user, current.roles) ? current.component : null;
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main-content"
        onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}
      >
        {t.skipToContent}
      </a>
      <aside className="sidebar">
        <Brand />
        <nav aria-label={t.mainNav}>
          <ul className="nav-list">
            {visible.map((m) => (
              <li key={m.path}>
                <Link to={`/${m.path}`} className="nav-link" aria-current={m.path === first ? 'page' : undefined} data-testid={`nav-${m.path}`}>
                  <Icon name={m.icon} />
                  <span>{nav[m.label]}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <div className="main-column">
        <TopBar />
        <main id="main-content" ref={main} tabIndex={-1} className="content">
          {Page ? <Page /> : current ? <Blocked kind="notAllowed" /> : first ? <Blocked kind="notFound" /> : null}
        </main>
      </div>
    </div>
  );
}

function TopBar() {
  const t = useText(shellText);
  const roles = useText(roleText);
  const { status, user, signOut } = useSession();
  const dates = useDates();
  return (
    <header className="topbar">
      <div className="topbar-campus" data-testid="topbar-campus">
        <Icon name="shield" />
        <span>{status.campusName || t.untitledCampus}</span>
      </div>
      <div className="topbar-tools">
        {status.testClock ? (
          <span className="topbar-test-clock" title={t.testClockHint} data-testid="test-clock">
            <Icon name="clock" />
            {t.testClock(dates.dateTime(status.now))}
          </span>
        ) : null}
        <LanguageSwitch />
        <div className="topbar-user" data-testid="topbar-user">
          <Icon name="user" />
          <span className="visually-hidden">{t.signedInAs}</span>
          <span className="user-name">{user.displayName}</span>
          <span className="user-role" data-testid="topbar-role">
            {roles[user.role]}
          </span>
        </div>
        <Button variant="ghost" icon="signOut" onClick={() => void signOut()} data-testid="sign-out">
          {t.signOut}
        </Button>
      </div>
    </header>
  );
}

function Blocked({ kind }: { kind: 'notFound' | 'notAllowed' }) {
  const t = useText(shellText);
  return (
    <div data-testid={`page-${kind === 'notFound' ? 'not-found' : 'not-allowed'}`}>
      <PageHeader title={kind === 'notFound' ? t.notFoundTitle : t.notAllowedTitle} />
      <p>{kind === 'notFound' ? t.notFoundBody : t.notAllowedBody}</p>
      <p>
        <Link to={`/${modules[0]!.path}`}>{t.backToDashboard}</Link>
      </p>
    </div>
  );
}
