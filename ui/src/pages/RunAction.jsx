import { Button, InlineNotification, Link, Select, SelectItem, Stack, Tag, Tile } from '@carbon/react';
import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import { ErrorNotice, Loaded, PageHeading, StateTag } from '../components/common.jsx';
import { PatientPicker } from '../components/PatientPicker.jsx';
import { SimpleTable } from '../components/SimpleTable.jsx';
import { short, when } from '../format.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { useApi } from '../useApi.js';
import { usePatientNames } from '../usePatientNames.js';
import { resultView } from './resultCard.js';

async function loadInstallation(uuid) {
  const installation = await api.get(`/installations/${uuid}`);
  const version = await api.get(`/addons/${encodeURIComponent(installation.addonId)}/versions/${encodeURIComponent(installation.version)}`);
  return { installation, actions: version.actions || [] };
}

/** An action's answer: the add-on's card (title, text, items, severity as a Carbon notification) or its error. */
function ResultCard({ run, number }) {
  if (run.outcome !== 'SUCCESS') {
    const error = run.error || {};
    return (
      <div id="action-result" data-outcome={run.outcome} data-run={number}>
        <InlineNotification kind="error" lowContrast hideCloseButton role="alert" title={t('run.failed')}
          subtitle={`${error.message || ''}${error.code ? ` (${error.code})` : ''}`} />
      </div>
    );
  }
  const view = resultView(run.result);
  return (
    <Tile id="action-result" data-outcome={run.outcome} data-run={number} className={`am-result am-result-${view.kind}`}>
      <InlineNotification kind={view.kind} lowContrast hideCloseButton role="status"
        title={view.title || t('run.done')} subtitle={view.text || ''} />
      {view.items.length > 0 && (
        <ol className="am-result-items" aria-label={t('run.items')}>
          {view.items.map((item, index) => (
            // eslint-disable-next-line react/no-array-index-key
            <li key={index}>{item}</li>
          ))}
        </ol>
      )}
      {view.raw && <pre className="am-scope">{view.raw}</pre>}
      <p className="am-muted am-small">{t('run.meta', { id: short(run.invocationId), ms: run.durationMillis })}</p>
    </Tile>
  );
}

function History({ uuid, round }) {
  const runs = useApi(() => api.get('/invocations', { installation: uuid, max: 20 }), [uuid, round]);
  const names = usePatientNames(runs.data ? runs.data.results.map((r) => r.patient) : []);
  const columns = [
    { key: 'startedAt', header: t('run.history.when'), render: (r) => <span className="am-nowrap">{when(r.startedAt)}</span> },
    { key: 'purpose', header: t('run.history.what'), render: (r) => r.purpose || r.handler },
    { key: 'patient', header: t('run.history.patient'), render: (r) => <span title={r.patient}>{names[r.patient] || short(r.patient)}</span> },
    { key: 'outcome', header: t('run.history.outcome'), render: (r) => (
      <Tag type={r.outcome === 'SUCCESS' ? 'green' : 'red'} size="sm">{t(`run.outcome.${r.outcome}`)}</Tag>
    ) },
    { key: 'duration', header: t('run.history.duration'), render: (r) => t('run.ms', { ms: r.durationMillis }) },
    { key: 'error', header: t('run.history.error'), render: (r) => (r.error ? `${r.error.message} (${r.error.code})` : '') },
  ];
  return (
    <section aria-labelledby="history-title" id="invocation-history">
      <h2 id="history-title">{t('run.history')}</h2>
      <Loaded state={runs}>
        {(data) => (data.results.length === 0 ? <p className="am-muted">{t('run.history.none')}</p> : (
          <SimpleTable columns={columns} rows={data.results} rowKey={(r) => r.invocationId} label={t('run.history')}
            rowProps={(r) => ({ 'data-invocation': r.invocationId })} />
        ))}
      </Loaded>
    </section>
  );
}

function RunForm({ installation, actions, onRan }) {
  const [actionId, setActionId] = useState(actions.length ? actions[0].id : '');
  const [patient, setPatient] = useState(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [run, setRun] = useState(null);
  const [runs, setRuns] = useState(0);
  const action = actions.find((a) => a.id === actionId);
  const needsPatient = !action || action.context !== 'user';
  useEffect(() => setRun(null), [actionId, patient]);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setRun(null);
    try {
      setRun(await api.post(`/installations/${installation.uuid}/actions/${encodeURIComponent(actionId)}/invocations`,
        needsPatient ? { patient: patient.uuid } : {}));
      setRuns((n) => n + 1);
      onRan();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  if (actions.length === 0) {
    return <p className="am-empty">{t('run.noActions')}</p>;
  }
  return (
    <form onSubmit={submit} aria-label={t('run.form')}>
      <Stack gap={6}>
        <Select id="action" labelText={t('run.action')} value={actionId} onChange={(e) => setActionId(e.target.value)}>
          {actions.map((a) => <SelectItem key={a.id} value={a.id} text={a.title || a.id} />)}
        </Select>
        {needsPatient && <PatientPicker chosen={patient} onChoose={setPatient} />}
        <ErrorNotice error={error} title={t('run.refused')} />
        <div>
          <Button type="submit" id="run-action" disabled={busy || !actionId || (needsPatient && !patient)}>
            {busy ? t('run.busy') : t('run.submit')}
          </Button>
        </div>
        {run && <ResultCard run={run} number={runs} />}
      </Stack>
    </form>
  );
}

/** Runs one of an installation's actions for a patient and shows the result card and the installation's runs. */
export function RunAction({ uuid }) {
  const state = useApi(() => loadInstallation(uuid), [uuid]);
  const [round, setRound] = useState(0);
  return (
    <Loaded state={state}>
      {({ installation, actions }) => (
        <>
          <p><Link href={href('/my-addons')}>{t('configure.back')}</Link></p>
          <PageHeading title={t('run.title', { name: installation.addonName })} intro={t('run.intro')}>
            <StateTag state={installation.state} />
          </PageHeading>
          <div className="am-detail">
            <div className="am-detail-main">
              <Tile>
                {installation.state === 'ACTIVE'
                  ? <RunForm installation={installation} actions={actions} onRan={() => setRound((r) => r + 1)} />
                  : <p>{t('run.notActive')}</p>}
              </Tile>
            </div>
          </div>
          <History uuid={uuid} round={round} />
        </>
      )}
    </Loaded>
  );
}
