import {
  Content, Header, HeaderContainer, HeaderGlobalAction, HeaderGlobalBar, HeaderMenu, HeaderMenuButton, HeaderMenuItem,
  HeaderName, HeaderNavigation, Loading, SideNav, SideNavItems, SideNavLink, SkipToContent, Theme,
} from '@carbon/react';
import { Logout } from '@carbon/icons-react';
import { useEffect } from 'react';
import { t } from './i18n.js';
import { visiblePages } from './privileges.js';
import { href, match, navigate, useRoute } from './router.js';
import { useSession } from './session.jsx';
import { SignIn } from './pages/SignIn.jsx';
import { Catalog } from './pages/Catalog.jsx';
import { AddonDetail } from './pages/AddonDetail.jsx';
import { Publish } from './pages/Publish.jsx';
import { MyAddons } from './pages/MyAddons.jsx';
import { Configure } from './pages/Configure.jsx';
import { Approvals } from './pages/Approvals.jsx';
import { Installations } from './pages/Installations.jsx';
import { Inventory } from './pages/Inventory.jsx';
import { Audit } from './pages/Audit.jsx';
import { AuditTimeline } from './pages/AuditTimeline.jsx';
import { DataFlow } from './pages/DataFlow.jsx';
import { PatientAccess } from './pages/PatientAccess.jsx';
import { RunAction } from './pages/RunAction.jsx';
import { Notices, useNoticeCount } from './pages/Notices.jsx';
import { KillSwitch } from './pages/KillSwitch.jsx';
import { Publishers } from './pages/Publishers.jsx';

/** Each route, the page id whose privileges it needs (see privileges.js), and what renders it. */
const ROUTES = [
  { pattern: '/catalog', page: 'catalog', render: () => <Catalog /> },
  { pattern: '/addons/:id', page: 'catalog', render: (p) => <AddonDetail addonId={p.id} /> },
  { pattern: '/publish', page: 'publish', render: () => <Publish /> },
  { pattern: '/my-addons', page: 'myAddons', render: () => <MyAddons /> },
  { pattern: '/my-addons/:uuid', page: 'myAddons', render: (p) => <Configure uuid={p.uuid} /> },
  { pattern: '/my-addons/:uuid/run', page: 'myAddons', render: (p) => <RunAction uuid={p.uuid} /> },
  { pattern: '/notices', page: 'notices', render: (p, query) => <Notices query={query} /> },
  { pattern: '/admin/approvals', page: 'approvals', render: () => <Approvals /> },
  { pattern: '/admin/installations', page: 'installations', render: () => <Installations /> },
  { pattern: '/admin/kill-switch', page: 'killSwitch', render: (p, query) => <KillSwitch query={query} /> },
  { pattern: '/admin/publishers', page: 'publishers', render: (p, query) => <Publishers query={query} /> },
  { pattern: '/admin/inventory', page: 'inventory', render: () => <Inventory /> },
  { pattern: '/audit', page: 'audit', render: (p, query) => <Audit query={query} /> },
  { pattern: '/audit/timeline', page: 'audit', render: (p, query) => <AuditTimeline query={query} /> },
  { pattern: '/audit/data-flow', page: 'audit', render: (p, query) => <DataFlow query={query} /> },
  { pattern: '/audit/patient', page: 'audit', render: () => <PatientAccess /> },
];

function NotAllowed() {
  return (
    <div className="am-empty">
      <h1>{t('notAllowed.title')}</h1>
      <p>{t('notAllowed.body')}</p>
    </div>
  );
}

/** Pages in header order: the main ones, Administration's, then Audit. */
function ordered(pages) {
  const main = pages.filter((p) => !p.admin && p.id !== 'audit');
  return { main, admin: pages.filter((p) => p.admin), audit: pages.filter((p) => p.id === 'audit') };
}

/** A page's name in the navigation, with the notice count as a badge on Notices. */
function PageLabel({ page, badges }) {
  const count = badges[page.id];
  if (count === null || count === undefined) {
    return t(page.label);
  }
  return (
    <>
      {t(page.label)}
      <span className="am-badge" data-badge={page.id} aria-label={t('nav.badge', { count })}>{count}</span>
    </>
  );
}

function NavItem({ page, active, badges }) {
  return (
    <HeaderMenuItem href={href(page.path)} isActive={active} data-nav={page.id}
      aria-current={active ? 'page' : undefined}>
      <PageLabel page={page} badges={badges} />
    </HeaderMenuItem>
  );
}

/**
 * The header: the app's name, a link per page the user may see (Administration's in a menu), the user and sign-out.
 * On narrow screens (or zoomed in) the links move to a side navigation behind the menu button.
 */
function AppHeader({ pages, path, user, onSignOut, badges }) {
  const { main, admin, audit } = ordered(pages);
  const current = (page) => path === page.path || path.startsWith(`${page.path}/`)
    || (page.id === 'catalog' && path.startsWith('/addons/'));
  return (
    <Theme theme="g100" className="am-header-theme">
      <HeaderContainer render={({ isSideNavExpanded, onClickSideNavExpand }) => (
        <Header aria-label={t('app.name')}>
          <SkipToContent href="#main-content" onClick={(e) => {
            e.preventDefault();
            document.getElementById('main-content')?.focus();
          }}>{t('nav.skip')}</SkipToContent>
          <HeaderMenuButton aria-label={isSideNavExpanded ? t('nav.close') : t('nav.open')}
            onClick={onClickSideNavExpand} isActive={isSideNavExpanded} aria-expanded={isSideNavExpanded} />
          <HeaderName href={href('/catalog')} prefix={t('app.prefix')}>{t('app.name')}</HeaderName>
          <HeaderNavigation aria-label={t('nav.label')}>
            {main.map((page) => <NavItem key={page.id} page={page} active={current(page)} badges={badges} />)}
            {admin.length > 0 && (
              <HeaderMenu aria-label={t('nav.admin')} menuLinkName={t('nav.admin')} isActive={admin.some(current)}>
                {admin.map((page) => <NavItem key={page.id} page={page} active={current(page)} badges={badges} />)}
              </HeaderMenu>
            )}
            {audit.map((page) => <NavItem key={page.id} page={page} active={current(page)} badges={badges} />)}
          </HeaderNavigation>
          <HeaderGlobalBar>
            <span className="am-user" data-user={user.username}>{user.displayName || user.username}</span>
            <HeaderGlobalAction aria-label={t('nav.signOut')} tooltipAlignment="end" onClick={onSignOut} id="sign-out">
              <Logout size={20} />
            </HeaderGlobalAction>
          </HeaderGlobalBar>
          <SideNav aria-label={t('nav.label')} expanded={isSideNavExpanded} isPersistent={false}
            onSideNavBlur={onClickSideNavExpand}>
            <SideNavItems>
              {[...main, ...admin, ...audit].map((page) => (
                <SideNavLink key={page.id} href={href(page.path)} isActive={current(page)}
                  onClick={onClickSideNavExpand}>
                  {page.admin ? `${t('nav.admin')}: ` : ''}<PageLabel page={page} badges={badges} />
                </SideNavLink>
              ))}
            </SideNavItems>
          </SideNav>
        </Header>
      )} />
    </Theme>
  );
}

export function App() {
  const session = useSession();
  const route = useRoute();
  const pages = session.user ? visiblePages(session.privileges) : [];
  const noticeCount = useNoticeCount(pages.some((p) => p.id === 'notices'), route.path);

  useEffect(() => {
    if (session.user && (route.path === '/' || route.path === '/sign-in') && pages.length > 0) {
      navigate(pages[0].path);
    }
  }, [session.user, route.path, pages]);

  if (session.loading) {
    return <Loading description={t('loading')} />;
  }
  if (!session.user) {
    return <SignIn />;
  }
  let content = null;
  for (const candidate of ROUTES) {
    const params = match(candidate.pattern, route.path);
    if (params) {
      const allowed = pages.some((p) => p.id === candidate.page);
      content = allowed ? candidate.render(params, route.query) : <NotAllowed />;
      break;
    }
  }
  if (!content) {
    content = pages.length === 0 ? <NotAllowed /> : null;
  }
  return (
    <>
      <AppHeader pages={pages} path={route.path} user={session.user}
        onSignOut={() => session.signOut().then(() => navigate('/'))} badges={{ notices: noticeCount }} />
      <Content id="main-content" tabIndex={-1} className="am-content">
        {content}
      </Content>
    </>
  );
}
