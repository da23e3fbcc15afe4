import { Button, InlineNotification, Search, Tag, TextInput } from '@carbon/react';
import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import { t } from '../i18n.js';
import { useSettled } from '../useSettled.js';
import { ErrorNotice } from './common.jsx';

/** The host cannot search patients here: the standalone server can; an OpenMRS server may lack the endpoint. */
function unavailable(error) {
  return error && (error.status === 404 || error.status === 405 || error.status === 501);
}

function ByUuid({ onChoose }) {
  const [uuid, setUuid] = useState('');
  return (
    <div className="am-inline-form">
      <TextInput id="patient-uuid" labelText={t('patients.uuid')} value={uuid} onChange={(e) => setUuid(e.target.value)} />
      <Button size="md" kind="tertiary" disabled={!uuid.trim()}
        onClick={() => onChoose({ uuid: uuid.trim(), name: null, identifier: null })}>{t('patients.useUuid')}</Button>
    </div>
  );
}

/**
 * Finds a patient by name or identifier (GET /patients?q=, after typing stops) and hands the chosen one
 * ({uuid, name, identifier}) to onChoose. Where the host has no patient search, says so and takes a uuid instead.
 */
export function PatientPicker({ chosen, onChoose, label }) {
  const [text, setText] = useState('');
  const q = useSettled(text.trim(), 300);
  const [found, setFound] = useState({ results: [], error: null, searching: false });

  useEffect(() => {
    if (q.length < 2) {
      setFound({ results: [], error: null, searching: false });
      return undefined;
    }
    let current = true;
    setFound((old) => ({ ...old, searching: true }));
    api.get('/patients', { q, count: 10 }).then(
      (page) => current && setFound({ results: page.results, error: null, searching: false }),
      (error) => current && setFound({ results: [], error, searching: false }),
    );
    return () => {
      current = false;
    };
  }, [q]);

  if (chosen) {
    return (
      <div className="am-chosen-patient" id="chosen-patient" data-patient={chosen.uuid}>
        <span className="cds--label">{label || t('patients.label')}</span>
        <div className="am-tags">
          <Tag type="teal">{chosen.name || chosen.uuid}</Tag>
          {chosen.identifier && <span className="am-muted">{chosen.identifier}</span>}
          <Button kind="ghost" size="sm" id="change-patient" onClick={() => onChoose(null)}>{t('patients.change')}</Button>
        </div>
      </div>
    );
  }
  return (
    <div className="am-patient-picker">
      {/* Carbon hides a search field's label; the picker shows it, as every other field's (the input keeps its own). */}
      <div className="cds--label" aria-hidden="true">{label || t('patients.label')}</div>
      <Search id="patient-search" size="lg" labelText={label || t('patients.label')} placeholder={t('patients.placeholder')}
        value={text} onChange={(e) => setText(e.target.value)} closeButtonLabelText={t('catalog.search.clear')} />
      {unavailable(found.error) ? (
        <>
          <InlineNotification kind="info" lowContrast hideCloseButton role="status" id="patient-search-unavailable"
            title={t('patients.unavailable')} subtitle={t('patients.unavailable.body')} />
          <ByUuid onChoose={onChoose} />
        </>
      ) : <ErrorNotice error={found.error} title={t('patients.failed')} />}
      {q.length >= 2 && !found.searching && !found.error && found.results.length === 0 && (
        <p className="am-muted" role="status">{t('patients.none', { q })}</p>
      )}
      {found.results.length > 0 && (
        <ul className="am-patient-results" aria-label={t('patients.results')}>
          {found.results.map((p) => (
            <li key={p.uuid}>
              <Button kind="ghost" size="sm" data-patient={p.uuid} onClick={() => onChoose(p)}>
                {p.name} · {p.identifier}{p.birthDate ? ` · ${p.birthDate}` : ''}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
