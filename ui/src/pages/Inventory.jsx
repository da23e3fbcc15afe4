import { api } from '../api/client.js';
import { Loaded, PageHeading, StateTag } from '../components/common.jsx';
import { SimpleTable } from '../components/SimpleTable.jsx';
import { audienceText, short, when } from '../format.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { useSession } from '../session.jsx';
import { VIEW_LOG } from '../privileges.js';
import { useApi } from '../useApi.js';

/** Every add-on installed in the organisation: version, owner, audience, grant, last activity. */
export function Inventory() {
  const session = useSession();
  const state = useApi(() => api.get('/inventory'), []);
  const columns = [
    { key: 'addon', header: t('inventory.column.addon'), render: (e) => (
      <><a href={href(`/addons/${encodeURIComponent(e.addonId)}`)}>{e.addonName}</a><div className="am-muted am-small">{e.publisher}</div></>
    ) },
    { key: 'version', header: t('inventory.column.version'), render: (e) => e.version },
    { key: 'state', header: t('inventory.column.state'), render: (e) => <StateTag state={e.state} /> },
    { key: 'audience', header: t('inventory.column.audience'), render: (e) => audienceText(e.audience) },
    { key: 'owner', header: t('inventory.column.owner'), render: (e) => <span title={e.installedBy}>{short(e.installedBy)}</span> },
    { key: 'grant', header: t('inventory.column.grant'), render: (e) => (e.grant
      ? t('inventory.scopes', { count: e.grant.scopes.length, egress: (e.grant.egress || []).length })
      : t('inventory.noGrant')) },
    { key: 'expires', header: t('inventory.column.expires'), render: (e) => when(e.expiresAt) },
    { key: 'activity', header: t('inventory.column.activity'), render: (e) => when(e.lastActivity) },
    ...(session.can(VIEW_LOG) ? [{ key: 'log', header: t('inventory.column.log'), render: (e) => (
      <a href={href('/audit', { installation: e.installation })}>{t('installations.log')}</a>
    ) }] : []),
  ];
  return (
    <>
      <PageHeading title={t('inventory.title')} intro={t('inventory.intro')} />
      <Loaded state={state}>
        {(data) => (data.results.length === 0 ? <p className="am-empty">{t('inventory.empty')}</p> : (
          <SimpleTable columns={columns} rows={data.results} rowKey={(e) => e.installation} label={t('inventory.title')}
            rowProps={(e) => ({ 'data-installation': e.installation })} />
        ))}
      </Loaded>
    </>
  );
}
