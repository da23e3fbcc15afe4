import { Button, InlineNotification, Link, Modal, Tag } from '@carbon/react';
import { useState } from 'react';
import { api } from '../api/client.js';
import { ErrorNotice, Loaded, PageHeading, StateTag } from '../components/common.jsx';
import { PermissionDiff } from '../components/PermissionDiff.jsx';
import { SimpleTable } from '../components/SimpleTable.jsx';
import { audienceText, when } from '../format.js';
import { t } from '../i18n.js';
import { USE } from '../privileges.js';
import { href } from '../router.js';
import { useSession } from '../session.jsx';
import { useApi } from '../useApi.js';
import { useChange } from '../useChange.js';
import { useLifecycle } from '../useLifecycle.js';
import { upgradeTarget } from './versions.js';

async function loadMine() {
  const [installations, addons] = await Promise.all([api.get('/installations'), api.get('/addons', { size: 500 })]);
  const latest = Object.fromEntries(addons.results.map((a) => [a.id, a.latestVersion]));
  return { installations: installations.results, latest };
}

/**
 * Upgrading one installation: the permission diff from its version to the new one, coloured, and whether an
 * administrator must approve it first; then POST upgrade.
 */
function UpgradeModal({ installation, to, onClose, onDone }) {
  const diff = useApi(() => api.get(`/installations/${installation.uuid}/diff`, { to }), [installation.uuid, to]);
  const { run, error, busy } = useChange(onDone);
  const submit = () => run(() => api.post(`/installations/${installation.uuid}/upgrade`, { version: to }));
  return (
    <Modal open id="upgrade-modal" modalHeading={t('mine.upgrade.title', { name: installation.addonName, from: installation.version, to })}
      primaryButtonText={t('mine.upgrade.submit', { version: to })} secondaryButtonText={t('cancel')}
      primaryButtonDisabled={busy || !diff.data} onRequestClose={onClose} onRequestSubmit={submit}>
      <Loaded state={diff}>
        {(d) => (
          <>
            <p className="am-intro">{d.needsApproval ? t('mine.upgrade.needsApproval') : t('mine.upgrade.atOnce')}</p>
            <h3>{t('approvals.diff', { from: installation.version, to })}</h3>
            <PermissionDiff diff={d} id="upgrade-diff" />
          </>
        )}
      </Loaded>
      <ErrorNotice error={error} title={t('mine.upgrade.failed')} />
    </Modal>
  );
}

function Actions({ installation, target, canRun, act, onUpgrade, onRemove }) {
  const i = installation;
  return (
    <span className="am-actions">
      <Button kind="ghost" size="sm" href={href(`/my-addons/${i.uuid}`)}>{t('mine.configure')}</Button>
      {canRun && i.state === 'ACTIVE' && (
        <Button kind="ghost" size="sm" data-action="run" href={href(`/my-addons/${i.uuid}/run`)}>{t('mine.run')}</Button>
      )}
      {target && (
        <Button kind="ghost" size="sm" data-action="upgrade" onClick={() => onUpgrade(i, target)}>
          {t('mine.upgrade', { version: target })}
        </Button>
      )}
      {i.state === 'DISABLED' && <Button kind="ghost" size="sm" onClick={() => act(i, 'enable')}>{t('mine.enable')}</Button>}
      {(i.state === 'ACTIVE' || i.state === 'PENDING_APPROVAL') && (
        <Button kind="ghost" size="sm" onClick={() => act(i, 'disable')}>{t('mine.disable')}</Button>
      )}
      <Button kind="danger--ghost" size="sm" onClick={() => onRemove(i)}>{t('mine.uninstall')}</Button>
    </span>
  );
}

/** The signed-in user's installations: state, configure, run an action, upgrade, switch off and on, uninstall. */
export function MyAddons() {
  const { user, can } = useSession();
  const state = useApi(loadMine, []);
  const { act, error, clearError } = useLifecycle(state.reload);
  const [removing, setRemoving] = useState(null);
  const [upgrading, setUpgrading] = useState(null);
  const [upgraded, setUpgraded] = useState(null);

  const columns = (latest) => [
    { key: 'name', header: t('mine.column.name'), render: (i) => <Link href={href(`/my-addons/${i.uuid}`)}>{i.addonName}</Link> },
    { key: 'version', header: t('mine.column.version'), render: (i) => (
      <>{i.version}{i.pendingVersion && (
        <Tag type="blue" size="sm" className="am-awaiting">{t('mine.awaiting', { version: i.pendingVersion })}</Tag>
      )}</>
    ) },
    { key: 'state', header: t('mine.column.state'), render: (i) => <StateTag state={i.state} /> },
    { key: 'audience', header: t('mine.column.audience'), render: (i) => audienceText(i.audience, user.uuid) },
    { key: 'installedAt', header: t('mine.column.installedAt'), render: (i) => when(i.installedAt) },
    { key: 'actions', header: t('mine.column.actions'), render: (i) => (
      <Actions installation={i} target={upgradeTarget(i, latest[i.addonId])} canRun={can(USE)} act={act}
        onUpgrade={(inst, to) => setUpgrading({ installation: inst, to })} onRemove={setRemoving} />
    ) },
  ];

  return (
    <>
      <PageHeading title={t('mine.title')} intro={t('mine.intro')} />
      <ErrorNotice error={error} onClose={clearError} />
      {upgraded && (
        <InlineNotification kind={upgraded.pendingVersion ? 'info' : 'success'} lowContrast role="status" id="upgraded"
          title={upgraded.pendingVersion ? t('mine.upgrade.awaiting', { version: upgraded.pendingVersion })
            : t('mine.upgrade.done', { version: upgraded.version })}
          subtitle={upgraded.pendingVersion ? t('mine.upgrade.awaiting.body', { version: upgraded.version }) : ''}
          onCloseButtonClick={() => setUpgraded(null)} />
      )}
      <Loaded state={state}>
        {({ installations, latest }) => {
          const mine = installations.filter((i) => i.installedBy === user.uuid && i.state !== 'UNINSTALLED');
          if (mine.length === 0) {
            return <p className="am-empty">{t('mine.empty')} <Link href={href('/catalog')}>{t('nav.catalog')}</Link></p>;
          }
          return <SimpleTable columns={columns(latest)} rows={mine} rowKey={(i) => i.uuid} label={t('mine.title')}
            rowProps={(i) => ({ 'data-installation': i.uuid })} />;
        }}
      </Loaded>
      {upgrading && (
        <UpgradeModal installation={upgrading.installation} to={upgrading.to} onClose={() => setUpgrading(null)}
          onDone={(result) => { setUpgrading(null); setUpgraded(result); state.reload(); }} />
      )}
      {removing && (
        <Modal open danger modalHeading={t('mine.uninstall.title', { name: removing.addonName })}
          primaryButtonText={t('mine.uninstall')} secondaryButtonText={t('cancel')}
          onRequestClose={() => setRemoving(null)}
          onRequestSubmit={() => { act(removing, 'uninstall'); setRemoving(null); }}>
          <p>{t('mine.uninstall.body')}</p>
        </Modal>
      )}
    </>
  );
}
