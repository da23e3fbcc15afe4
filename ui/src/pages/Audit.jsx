import {
  Button, Form, InlineNotification, Link, Pagination, Select, SelectItem, Stack, TextInput, Tile,
} from '@carbon/react';
import { useEffect, useMemo, useState } from 'react';
import { api, apiUrl } from '../api/client.js';
import { AuditTabs } from '../components/AuditTabs.jsx';
import { Loaded, OutcomeTag, PageHeading } from '../components/common.jsx';
import { SimpleTable } from '../components/SimpleTable.jsx';
import { audienceText, short, when } from '../format.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { useApi } from '../useApi.js';
import { apiQuery, filtersOf, toInstant, toLocal } from './auditFilters.js';

const PAGE_SIZES = [25, 50, 100];

function Verification() {
  const state = useApi(() => api.get('/audit/verify'), []);
  return (
    <div id="chain-verification" aria-live="polite">
      <Loaded state={state}>
        {(v) => (
          <div className="am-verification" data-valid={String(v.valid)}>
            <InlineNotification lowContrast hideCloseButton kind={v.valid ? 'success' : 'error'}
              title={v.valid ? t('audit.verify.valid') : t('audit.verify.broken', { sequence: v.firstBrokenSequence })}
              subtitle={v.valid ? t('audit.verify.checked', { count: v.checked }) : v.reason} />
            <Button kind="ghost" size="sm" id="verify-again" onClick={state.reload}>{t('audit.verify.again')}</Button>
          </div>
        )}
      </Loaded>
    </div>
  );
}

const DETAIL_FIELDS = ['sequence', 'recordedAt', 'kind', 'operation', 'outcome', 'reasonCode', 'reason', 'addonId',
  'addonVersion', 'installation', 'user', 'patient', 'resourceType', 'resourceIds', 'scope', 'grant', 'invocationId',
  'purpose', 'elementsReleased', 'recordCount', 'withheldCount', 'egressDestination', 'bytesSent', 'query', 'detail',
  'prevHash', 'hash'];

/** A field of the detail panel: times in the reader's zone, kinds and outcomes in words, the rest as it is. */
function shown(name, event, show) {
  if (name === 'recordedAt') {
    return when(event.recordedAt);
  }
  if (name === 'kind' || name === 'outcome') {
    return t(`${name}.${event[name]}`);
  }
  return show(event[name]);
}

function EventDetail({ event, onClose }) {
  const show = (value) => {
    if (value === null || value === undefined || value === '') {
      return '—';
    }
    return Array.isArray(value) ? value.join(', ') || '—' : String(value);
  };
  return (
    <Tile id="event-detail" className="am-event-detail" aria-labelledby="event-detail-title">
      <div className="am-page-heading">
        <h2 id="event-detail-title" tabIndex={-1}>{t('audit.detail.title', { sequence: event.sequence })}</h2>
        <Button kind="ghost" size="sm" onClick={onClose}>{t('close')}</Button>
      </div>
      <dl className="am-dl">
        {DETAIL_FIELDS.map((name) => (
          <div key={name}>
            <dt>{t(`audit.field.${name}`)}</dt>
            <dd data-field={name}>{shown(name, event, show)}</dd>
          </div>
        ))}
      </dl>
    </Tile>
  );
}

function Filters({ initial, installations, addons }) {
  const [filters, setFilters] = useState(initial);
  useEffect(() => setFilters(initial), [initial]);
  const set = (name) => (e) => setFilters((old) => ({ ...old, [name]: e.target.value }));
  const apply = (event) => {
    event.preventDefault();
    navigate('/audit', filters);
  };
  const clear = () => navigate('/audit');
  return (
    <Form onSubmit={apply} aria-label={t('audit.filters')} className="am-audit-filters">
      <Select id="audit-addon" labelText={t('audit.filter.addon')} value={filters.addonId} onChange={set('addonId')}>
        <SelectItem value="" text={t('audit.filter.any')} />
        {addons.map((a) => <SelectItem key={a.id} value={a.id} text={a.name} />)}
      </Select>
      <Select id="audit-installation" labelText={t('audit.filter.installation')} value={filters.installation}
        onChange={set('installation')}>
        <SelectItem value="" text={t('audit.filter.any')} />
        {filters.installation && !installations.some((i) => i.installation === filters.installation) && (
          <SelectItem value={filters.installation} text={filters.installation} />
        )}
        {installations.map((i) => (
          <SelectItem key={i.installation} value={i.installation}
            text={`${i.addonName} · ${audienceText(i.audience)} · ${short(i.installation)}`} />
        ))}
      </Select>
      <TextInput id="audit-patient" labelText={t('audit.filter.patient')} value={filters.patient} onChange={set('patient')} />
      <TextInput id="audit-user" labelText={t('audit.filter.user')} value={filters.user} onChange={set('user')} />
      <Select id="audit-outcome" labelText={t('audit.filter.outcome')} value={filters.outcome} onChange={set('outcome')}>
        <SelectItem value="" text={t('audit.filter.any')} />
        {['PERMIT', 'DENY', 'ERROR'].map((o) => <SelectItem key={o} value={o} text={t(`outcome.${o}`)} />)}
      </Select>
      <Select id="audit-kind" labelText={t('audit.filter.kind')} value={filters.kind} onChange={set('kind')}>
        <SelectItem value="" text={t('audit.filter.any')} />
        {['ACCESS', 'GOVERNANCE'].map((k) => <SelectItem key={k} value={k} text={t(`kind.${k}`)} />)}
      </Select>
      <TextInput id="audit-from" type="datetime-local" labelText={t('audit.filter.from')} value={toLocal(filters.from)}
        onChange={(e) => setFilters((old) => ({ ...old, from: toInstant(e.target.value) }))} />
      <TextInput id="audit-to" type="datetime-local" labelText={t('audit.filter.to')} value={toLocal(filters.to)}
        onChange={(e) => setFilters((old) => ({ ...old, to: toInstant(e.target.value) }))} />
      <div className="am-filter-buttons">
        <Button type="submit" id="apply-filters" size="md">{t('audit.filter.apply')}</Button>
        <Button kind="ghost" size="md" onClick={clear}>{t('audit.filter.clear')}</Button>
      </div>
    </Form>
  );
}

/** The access log: filters, a page of events, an event's detail, chain verification, exports. */
export function Audit({ query }) {
  const filterKey = query.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => filtersOf(query), [filterKey]);
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(PAGE_SIZES[0]);
  const [selected, setSelected] = useState(null);
  useEffect(() => {
    setPage(0);
    setSelected(null);
  }, [filterKey]);
  const events = useApi(() => api.get('/audit/events', apiQuery(filters, page, size)), [filterKey, page, size]);
  const choices = useApi(() => Promise.all([api.get('/inventory'), api.get('/addons', { size: 500 })]), []);
  const installations = choices.data ? choices.data[0].results : [];
  const addons = choices.data ? choices.data[1].results : [];

  const columns = [
    { key: 'sequence', header: t('audit.field.sequence'), render: (e) => e.sequence },
    { key: 'recordedAt', header: t('audit.field.recordedAt'), render: (e) => <span className="am-nowrap">{when(e.recordedAt)}</span> },
    { key: 'kind', header: t('audit.field.kind'), render: (e) => t(`kind.${e.kind}`) },
    { key: 'addonId', header: t('audit.field.addonId'), render: (e) => e.addonId || '—' },
    { key: 'operation', header: t('audit.field.operation'), render: (e) => e.operation },
    { key: 'outcome', header: t('audit.field.outcome'), render: (e) => <OutcomeTag outcome={e.outcome} /> },
    { key: 'patient', header: t('audit.field.patient'), render: (e) => <span title={e.patient}>{short(e.patient)}</span> },
    { key: 'user', header: t('audit.field.user'), render: (e) => <span title={e.user}>{e.user === 'system' ? t('audit.system') : short(e.user)}</span> },
    { key: 'open', header: '', render: (e) => (
      <Button kind="ghost" size="sm" data-sequence={e.sequence} onClick={() => setSelected(e)}
        aria-label={t('audit.detail.open', { sequence: e.sequence })}>{t('audit.detail.button')}</Button>
    ) },
  ];

  const exportQuery = apiQuery(filters);
  return (
    <>
      <PageHeading title={t('audit.title')} intro={t('audit.intro')}>
        <Link href={apiUrl('/audit/events.csv', exportQuery)} id="export-csv" download>{t('audit.export.csv')}</Link>
        <Link href={apiUrl('/audit/events/fhir', exportQuery)} id="export-fhir" target="_blank" rel="noopener">
          {t('audit.export.fhir')}
        </Link>
      </PageHeading>
      <AuditTabs current="log" />
      <Verification />
      <Filters initial={filters} installations={installations} addons={addons} />
      <div className={selected ? 'am-detail' : undefined}>
        <div className="am-detail-main">
          <Loaded state={events}>
            {(data) => (
              <Stack gap={3}>
                <p className="am-muted" aria-live="polite" id="event-count">{t('audit.count', { count: data.total })}</p>
                {data.results.length > 0 && (
                  <SimpleTable columns={columns} rows={data.results} rowKey={(e) => e.sequence} label={t('audit.title')}
                    rowProps={(e) => ({ 'data-sequence': e.sequence, className: selected && selected.sequence === e.sequence ? 'am-selected' : '' })} />
                )}
                <Pagination page={page + 1} pageSize={size} pageSizes={PAGE_SIZES} totalItems={data.total}
                  backwardText={t('pagination.back')} forwardText={t('pagination.forward')}
                  itemsPerPageText={t('pagination.perPage')}
                  onChange={({ page: p, pageSize }) => { setPage(p - 1); setSize(pageSize); }} />
              </Stack>
            )}
          </Loaded>
        </div>
        {selected && (
          <aside className="am-detail-side">
            <EventDetail event={selected} onClose={() => setSelected(null)} />
          </aside>
        )}
      </div>
    </>
  );
}
