import { Button, Link, Modal } from '@carbon/react';
import { useState } from 'react';
import { api } from '../api/client.js';
import { ErrorNotice, Loaded, PageHeading, StateTag } from '../components/common.jsx';
import { SimpleTable } from '../components/SimpleTable.jsx';
import { audienceText, when } from '../format.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { useSession } from '../session.jsx';
import { useApi } from '../useApi.js';
import { useLifecycle } from '../useLifecycle.js';

/** The signed-in user's installations: state, configure, switch off and on, uninstall. */
export function MyAddons() {
  const { user } = useSession();
  const state = useApi(() => api.get('/installations'), []);
  const { act, error, clearError } = useLifecycle(state.reload);
  const [removing, setRemoving] = useState(null);

  return (
    <>
      <PageHeading title={t('mine.title')} intro={t('mine.intro')} />
      <ErrorNotice error={error} onClose={clearError} />
      <Loaded state={state}>
        {(data) => {
          const mine = data.results.filter((i) => i.installedBy === user.uuid && i.state !== 'UNINSTALLED');
          if (mine.length === 0) {
            return <p className="am-empty">{t('mine.empty')} <Link href={href('/catalog')}>{t('nav.catalog')}</Link></p>;
          }
          const columns = [
            { key: 'name', header: t('mine.column.name'), render: (i) => <Link href={href(`/my-addons/${i.uuid}`)}>{i.addonName}</Link> },
            { key: 'version', header: t('mine.column.version'), render: (i) => (
              <>{i.version}{i.pendingVersion && <span className="am-muted"> {t('mine.pending', { version: i.pendingVersion })}</span>}</>
            ) },
            { key: 'state', header: t('mine.column.state'), render: (i) => <StateTag state={i.state} /> },
            { key: 'audience', header: t('mine.column.audience'), render: (i) => audienceText(i.audience, user.uuid) },
            { key: 'installedAt', header: t('mine.column.installedAt'), render: (i) => when(i.installedAt) },
            { key: 'actions', header: t('mine.column.actions'), render: (i) => (
              <span className="am-actions">
                <Button kind="ghost" size="sm" href={href(`/my-addons/${i.uuid}`)}>{t('mine.configure')}</Button>
                {i.state === 'DISABLED' && <Button kind="ghost" size="sm" onClick={() => act(i, 'enable')}>{t('mine.enable')}</Button>}
                {(i.state === 'ACTIVE' || i.state === 'PENDING_APPROVAL') && (
                  <Button kind="ghost" size="sm" onClick={() => act(i, 'disable')}>{t('mine.disable')}</Button>
                )}
                <Button kind="danger--ghost" size="sm" onClick={() => setRemoving(i)}>{t('mine.uninstall')}</Button>
              </span>
            ) },
          ];
          return <SimpleTable columns={columns} rows={mine} rowKey={(i) => i.uuid} label={t('mine.title')}
            rowProps={(i) => ({ 'data-installation': i.uuid })} />;
        }}
      </Loaded>
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
