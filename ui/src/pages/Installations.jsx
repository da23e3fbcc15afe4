import { Button, Select, SelectItem } from '@carbon/react';
import { useState } from 'react';
import { api } from '../api/client.js';
import { ErrorNotice, Loaded, PageHeading, StateTag } from '../components/common.jsx';
import { ReasonModal } from '../components/ReasonModal.jsx';
import { SimpleTable } from '../components/SimpleTable.jsx';
import { audienceText, short, when } from '../format.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { useApi } from '../useApi.js';
import { useLifecycle } from '../useLifecycle.js';

const LIVE = new Set(['ACTIVE', 'PENDING_APPROVAL', 'DISABLED']);
const STATES = ['PENDING_APPROVAL', 'ACTIVE', 'DISABLED', 'DENIED', 'SUSPENDED', 'UNINSTALLED'];

/** Every installation, with the administrator's lifecycle actions: suspend (confirmed), resume, roll back. */
export function Installations() {
  const [stateFilter, setStateFilter] = useState('');
  const state = useApi(() => api.get('/installations', { state: stateFilter }), [stateFilter]);
  const [suspending, setSuspending] = useState(null);
  const { act, error, clearError } = useLifecycle(state.reload);

  const columns = [
    { key: 'addon', header: t('installations.column.addon'), render: (i) => <a href={href(`/addons/${encodeURIComponent(i.addonId)}`)}>{i.addonName}</a> },
    { key: 'version', header: t('installations.column.version'), render: (i) => (
      <>{i.version}{i.pendingVersion && <span className="am-muted"> {t('mine.pending', { version: i.pendingVersion })}</span>}</>
    ) },
    { key: 'state', header: t('installations.column.state'), render: (i) => (
      <><StateTag state={i.state} />{i.stateReason && <div className="am-muted am-small">{i.stateReason}</div>}</>
    ) },
    { key: 'audience', header: t('installations.column.audience'), render: (i) => <span title={i.audience.uuid || i.audience.name}>{audienceText(i.audience)}</span> },
    { key: 'installedBy', header: t('installations.column.installedBy'), render: (i) => <span title={i.installedBy}>{short(i.installedBy)}</span> },
    { key: 'installedAt', header: t('installations.column.installedAt'), render: (i) => when(i.installedAt) },
    { key: 'actions', header: t('installations.column.actions'), render: (i) => (
      <span className="am-actions">
        {i.state !== 'SUSPENDED' && LIVE.has(i.state) && (
          <Button kind="danger--ghost" size="sm" data-action="suspend" onClick={() => setSuspending(i)}>{t('installations.suspend')}</Button>
        )}
        {i.state === 'SUSPENDED' && (
          <Button kind="ghost" size="sm" data-action="resume" onClick={() => act(i, 'resume')}>{t('installations.resume')}</Button>
        )}
        {(LIVE.has(i.state) || i.state === 'SUSPENDED') && (
          <Button kind="ghost" size="sm" data-action="rollback" onClick={() => act(i, 'rollback')}>{t('installations.rollback')}</Button>
        )}
        <Button kind="ghost" size="sm" href={href('/audit', { installation: i.uuid })}>{t('installations.log')}</Button>
      </span>
    ) },
  ];

  return (
    <>
      <PageHeading title={t('installations.title')} intro={t('installations.intro')} />
      <div className="am-filters">
        <Select id="installations-state" labelText={t('installations.filter.state')} value={stateFilter}
          onChange={(e) => setStateFilter(e.target.value)}>
          <SelectItem value="" text={t('installations.filter.any')} />
          {STATES.map((s) => <SelectItem key={s} value={s} text={t(`state.${s}`)} />)}
        </Select>
      </div>
      <ErrorNotice error={error} onClose={clearError} />
      <Loaded state={state}>
        {(data) => (data.results.length === 0 ? <p className="am-empty">{t('installations.empty')}</p> : (
          <SimpleTable columns={columns} rows={data.results} rowKey={(i) => i.uuid} label={t('installations.title')}
            rowProps={(i) => ({ 'data-installation': i.uuid })} />
        ))}
      </Loaded>
      {suspending && (
        <ReasonModal id="suspend-modal" title={t('installations.suspend.title', { name: suspending.addonName })}
          submitText={t('installations.suspend')} path={`/installations/${suspending.uuid}/suspend`}
          onClose={() => setSuspending(null)} onDone={() => { setSuspending(null); state.reload(); }}>
          <p>{t('installations.suspend.body')}</p>
        </ReasonModal>
      )}
    </>
  );
}
