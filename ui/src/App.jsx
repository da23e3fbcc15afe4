import {
  Content, Header, HeaderGlobalAction, HeaderGlobalBar, HeaderMenu, HeaderMenuItem, HeaderName, HeaderNavigation,
  Loading, SkipToContent, Theme,
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

/** Each route, the page id whose privileges it needs (see privileges.js), and what renders it. */
const ROUTES = [
  { pattern: '/catalog', page: 'catalog', render: () => <Catalog /> },
  { pattern: '/addons/:id', page: 'catalog', render: (p) => <AddonDetail addonId={p.id} /> },
  { pattern: '/publish', page: 'publish', render: () => <Publish /> },
  { pattern: '/my-addons', page: 'myAddons', render: () => <MyAddons /> },
  { pattern: '/my-addons/:uuid', page: 'myAddons', render: (p) => <Configure uuid={p.uuid} /> },
  { pattern: '/admin/approvals', page: 'approvals', render: () => <Approvals /> },
  { pattern: '/admin/installations', page: 'installations', render: () => <Installations /> },
  { pattern: '/admin/inventory', page: 'inventory', render: () => <Inventory /> },
  { pattern: '/audit', page: 'audit', render: (p, query) => <Audit query={query} /> },
];

function NotAllowed() {
  return (
    <div className="am-empty">
      <h1>{t('notAllowed.title')}</h1>
      <p>{t('notAllowed.body')}</p>
    </div>
  );
}

function AppHeader({ pages, path, user, onSignOut }) {
  const main = pages.filter((p) => !p.admin);
  const admin = pages.filter((p) => p.admin);
  const current = (page) => path === page.path || path.startsWith(`${page.path}/`)
    || (page.id === 'catalog' && path.startsWith('/addons/'));
  return (
    <Theme theme="g100" className="am-header-theme">
    <Header aria-label={t('app.name')}>
      <SkipToContent href="#main-content" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main-content')?.focus();
      }}>{t('nav.skip')}</SkipToContent>
      <HeaderName href={href('/catalog')} prefix={t('app.prefix')}>{t('app.name')}</HeaderName>
      <HeaderNavigation aria-label={t('nav.label')}>
        {main.filter((p) => p.id !== 'audit').map((page) => (
          <HeaderMenuItem key={page.id} href={href(page.path)} isActive={current(page)} data-nav={page.id}
            aria-current={current(page) ? 'page' : undefined}>
            {t(page.label)}
          </HeaderMenuItem>
        ))}
        {admin.length > 0 && (
          <HeaderMenu aria-label={t('nav.admin')} menuLinkName={t('nav.admin')} data-nav="admin"
            isActive={admin.some(current)}>
            {admin.map((page) => (
              <HeaderMenuItem key={page.id} href={href(page.path)} isActive={current(page)} data-nav={page.id}>
                {t(page.label)}
              </HeaderMenuItem>
            ))}
          </HeaderMenu>
        )}
        {main.filter((p) => p.id === 'audit').map((page) => (
          <HeaderMenuItem key={page.id} href={href(page.path)} isActive={current(page)} data-nav={page.id}
            aria-current={current(page) ? 'page' : undefined}>
            {t(page.label)}
          </HeaderMenuItem>
        ))}
      </HeaderNavigation>
      <HeaderGlobalBar>
        <span className="am-user" data-user={user.username}>{user.displayName || user.username}</span>
        <HeaderGlobalAction aria-label={t('nav.signOut')} tooltipAlignment="end" onClick={onSignOut} id="sign-out">
          <Logout size={20} />
        </HeaderGlobalAction>
      </HeaderGlobalBar>
    </Header>
    </Theme>
  );
}

export function App() {
  const session = useSession();
  const route = useRoute();
  const pages = session.user ? visiblePages(session.privileges) : [];

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
        onSignOut={() => session.signOut().then(() => navigate('/'))} />
      <Content id="main-content" tabIndex={-1} className="am-content">
        {content}
      </Content>
    </>
  );
}
