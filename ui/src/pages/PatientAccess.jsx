import { Button, Tag } from '@carbon/react';
import { useState } from 'react';
import { api } from '../api/client.js';
import { AuditTabs } from '../components/AuditTabs.jsx';
import { Loaded, PageHeading } from '../components/common.jsx';
import { PatientPicker } from '../components/PatientPicker.jsx';
import { SimpleTable } from '../components/SimpleTable.jsx';
import { when } from '../format.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { useApi } from '../useApi.js';

function Touched({ patient }) {
  const state = useApi(() => api.get(`/audit/patients/${encodeURIComponent(patient.uuid)}/addons`), [patient.uuid]);
  const columns = [
    { key: 'addonId', header: t('audit.field.addonId'), render: (s) => s.addonId },
    { key: 'types', header: t('touched.types'), render: (s) => [...s.resourceTypes].sort().join(', ') },
    { key: 'permitted', header: t('touched.permitted'), render: (s) => <Tag type="green" size="sm">{s.permitted}</Tag> },
    { key: 'denied', header: t('touched.denied'), render: (s) => <Tag type={s.denied ? 'red' : 'gray'} size="sm">{s.denied}</Tag> },
    { key: 'failed', header: t('touched.failed'), render: (s) => s.failed },
    { key: 'records', header: t('touched.records'), render: (s) => s.recordsReleased },
    { key: 'first', header: t('touched.first'), render: (s) => when(s.firstAccess) },
    { key: 'last', header: t('touched.last'), render: (s) => when(s.lastAccess) },
    { key: 'log', header: '', render: (s) => (
      <a href={href('/audit', { patient: patient.uuid, addonId: s.addonId })}>{t('touched.events')}</a>
    ) },
  ];
  return (
    <Loaded state={state}>
      {(data) => (
        <div id="touched">
          <div className="am-page-heading">
            <p aria-live="polite" id="touched-count">{t('touched.count', { count: data.results.length })}</p>
            <Button kind="tertiary" size="md" id="patient-log" href={href('/audit', { patient: patient.uuid })}>
              {t('touched.allEvents')}
            </Button>
          </div>
          {data.results.length > 0 && (
            <SimpleTable columns={columns} rows={data.results} rowKey={(s) => s.addonId} label={t('touched.title')}
              rowProps={(s) => ({ 'data-addon': s.addonId })} />
          )}
        </div>
      )}
    </Loaded>
  );
}

/** "Who touched this patient's chart": the add-ons that read or wrote it, permitted and denied, from the log. */
export function PatientAccess() {
  const [patient, setPatient] = useState(null);
  return (
    <>
      <PageHeading title={t('touched.title')} intro={t('touched.intro')} />
      <AuditTabs current="patient" />
      <div className="am-narrow">
        <PatientPicker chosen={patient} onChoose={setPatient} />
      </div>
      {patient && <Touched patient={patient} />}
    </>
  );
}
