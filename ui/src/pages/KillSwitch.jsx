import { Button, InlineNotification, Select, SelectItem } from '@carbon/react';
import { useState } from 'react';
import { api } from '../api/client.js';
import { ErrorNotice, Loaded, PageHeading, StateTag } from '../components/common.jsx';
import { ReasonModal } from '../components/ReasonModal.jsx';
import { SimpleTable } from '../components/SimpleTable.jsx';
import { audienceText, short, when } from '../format.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { useApi } from '../useApi.js';

/** The states the kill switch stops (those that may move to SUSPENDED). */
const STOPPABLE = new Set(['PENDING_APPROVAL', 'ACTIVE', 'DISABLED']);

function AddonInstallations({ addon }) {
  const state = useApi(() => api.get('/installations', { addonId: addon.id }), [addon.id]);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState(null);
  const [error, setError] = useState(null);
  const all = state.data ? state.data.results : [];
  const stoppable = all.filter((i) => STOPPABLE.has(i.state));
  const suspended = all.filter((i) => i.state === 'SUSPENDED');

  const resumeAll = async () => {
    setError(null);
    try {
      await Promise.all(suspended.map((i) => api.post(`/installations/${i.uuid}/resume`)));
      setOutcome({ kind: 'resumed', count: suspended.length });
    } catch (e) {
      setError(e);
    }
    state.reload();
  };
  const columns = [
    { key: 'state', header: t('installations.column.state'), render: (i) => (
      <><StateTag state={i.state} />{i.stateReason && <div className="am-muted am-small">{i.stateReason}</div>}</>
    ) },
    { key: 'version', header: t('installations.column.version'), render: (i) => i.version },
    { key: 'audience', header: t('installations.column.audience'), render: (i) => audienceText(i.audience) },
    { key: 'installedBy', header: t('installations.column.installedBy'), render: (i) => <span title={i.installedBy}>{short(i.installedBy)}</span> },
    { key: 'installedAt', header: t('installations.column.installedAt'), render: (i) => when(i.installedAt) },
  ];
  return (
    <>
      <div className="am-page-actions am-kill-actions">
        <Button kind="danger" id="suspend-all" disabled={stoppable.length === 0} onClick={() => setConfirming(true)}>
          {t('kill.suspendAll', { count: stoppable.length })}
        </Button>
        <Button kind="tertiary" id="resume-all" disabled={suspended.length === 0} onClick={resumeAll}>
          {t('kill.resumeAll', { count: suspended.length })}
        </Button>
      </div>
      {outcome && (
        <InlineNotification kind={outcome.kind === 'suspended' ? 'warning' : 'success'} lowContrast role="status"
          id="kill-switch-outcome" title={t(`kill.${outcome.kind}`, { count: outcome.count, name: addon.name })}
          onCloseButtonClick={() => setOutcome(null)} />
      )}
      <ErrorNotice error={error} />
      <Loaded state={state}>
        {() => (all.length === 0 ? <p className="am-empty">{t('kill.none')}</p> : (
          <SimpleTable columns={columns} rows={all} rowKey={(i) => i.uuid} label={t('kill.installations', { name: addon.name })}
            title={t('kill.installations', { name: addon.name })} rowProps={(i) => ({ 'data-installation': i.uuid, 'data-state': i.state })} />
        ))}
      </Loaded>
      {confirming && (
        <ReasonModal id="kill-switch-modal" title={t('kill.confirm.title', { count: stoppable.length, name: addon.name })}
          submitText={t('kill.confirm.submit', { count: stoppable.length })}
          path={`/addons/${encodeURIComponent(addon.id)}/suspend`} onClose={() => setConfirming(false)}
          onDone={(page) => { setConfirming(false); setOutcome({ kind: 'suspended', count: page.total }); state.reload(); }}>
          <p id="kill-switch-count">{t('kill.confirm.body', { count: stoppable.length })}</p>
        </ReasonModal>
      )}
    </>
  );
}

/** The kill switch: one add-on's installations across the organisation, suspended all at once, and resumed. */
export function KillSwitch({ query }) {
  const addonId = query.get('addon') || '';
  const addons = useApi(() => api.get('/addons', { size: 500 }), []);
  const list = addons.data ? addons.data.results : [];
  const addon = list.find((a) => a.id === addonId);
  return (
    <>
      <PageHeading title={t('kill.title')} intro={t('kill.intro')} />
      <Loaded state={addons}>
        {() => (
          <div className="am-filters">
            <Select id="kill-switch-addon" labelText={t('kill.addon')} value={addonId}
              onChange={(e) => navigate('/admin/kill-switch', { addon: e.target.value })}>
              <SelectItem value="" text={t('kill.addon.choose')} />
              {list.map((a) => <SelectItem key={a.id} value={a.id} text={`${a.name} (${a.id})`} />)}
            </Select>
          </div>
        )}
      </Loaded>
      {addon && <AddonInstallations key={addon.id} addon={addon} />}
    </>
  );
}
