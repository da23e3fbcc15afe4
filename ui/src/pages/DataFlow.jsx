import { Button, Form, Tag, TextInput, Tile } from '@carbon/react';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/client.js';
import { AuditTabs } from '../components/AuditTabs.jsx';
import { Loaded, PageHeading } from '../components/common.jsx';
import { when } from '../format.js';
import { t } from '../i18n.js';
import { href, navigate } from '../router.js';
import { useApi } from '../useApi.js';
import { toInstant, toLocal } from './auditFilters.js';
import { flowViews } from './dataFlow.js';

function Range({ initial }) {
  const [range, setRange] = useState(initial);
  useEffect(() => setRange(initial), [initial]);
  return (
    <Form className="am-audit-filters" aria-label={t('dataFlow.range')}
      onSubmit={(e) => { e.preventDefault(); navigate('/audit/data-flow', range); }}>
      <TextInput id="flow-from" type="datetime-local" labelText={t('audit.filter.from')} value={toLocal(range.from)}
        onChange={(e) => setRange((old) => ({ ...old, from: toInstant(e.target.value) }))} />
      <TextInput id="flow-to" type="datetime-local" labelText={t('audit.filter.to')} value={toLocal(range.to)}
        onChange={(e) => setRange((old) => ({ ...old, to: toInstant(e.target.value) }))} />
      <div className="am-filter-buttons"><Button type="submit" size="md" id="flow-apply">{t('audit.filter.apply')}</Button></div>
    </Form>
  );
}

function Used({ used }) {
  return used ? <Tag type="green" size="sm">{t('dataFlow.used')}</Tag> : <Tag type="warm-gray" size="sm">{t('dataFlow.unused')}</Tag>;
}

function FlowCard({ view }) {
  const o = view.observed;
  const list = (values) => (values && values.length ? [...values].sort().join(', ') : '—');
  return (
    <Tile className={`am-flow${view.drifting ? ' am-flow-drift' : ''}`} data-addon={view.addonId} data-drift={view.drift.length}>
      <div className="am-page-heading">
        <h2>{view.addonId}</h2>
        {view.drifting ? <Tag type="red">{t('dataFlow.drift', { count: view.drift.length })}</Tag>
          : <Tag type="green">{t('dataFlow.noDrift')}</Tag>}
      </div>
      {view.drifting && (
        <ul className="am-drift" aria-label={t('dataFlow.driftList')}>
          {view.drift.map((d) => (
            <li key={`${d.kind}:${d.subject}`} data-drift-kind={d.kind}>
              <Tag type="red" size="sm">{t(`dataFlow.kind.${d.kind}`)}</Tag> <code>{d.subject}</code> — {d.explanation}
            </li>
          ))}
        </ul>
      )}
      <div className="am-flow-columns">
        <section>
          <h3>{t('dataFlow.declared')}</h3>
          <ul className="am-plain-list">
            {view.scopes.map((s) => <li key={s.scope} data-scope={s.scope} data-used={s.used}><Used used={s.used} /> <code>{s.scope}</code></li>)}
            {view.egress.map((e) => <li key={e.url}><Used used={e.used} /> {t('dataFlow.sendsTo')} <code>{e.url}</code></li>)}
            {view.scopes.length + view.egress.length === 0 && <li className="am-muted">{t('dataFlow.nothing')}</li>}
          </ul>
          <h3>{t('dataFlow.granted')}</h3>
          <ul className="am-plain-list" data-granted={view.granted.length}>
            {view.granted.map((s) => <li key={s.scope} data-granted-scope={s.scope} data-used={s.used}><Used used={s.used} /> <code>{s.scope}</code></li>)}
            {view.granted.length === 0 && <li className="am-muted">{t('dataFlow.grantedNone')}</li>}
          </ul>
        </section>
        <section>
          <h3>{t('dataFlow.observed')}</h3>
          <dl className="am-dl">
            <div><dt>{t('dataFlow.read')}</dt><dd>{list(o.resourceTypesRead)}</dd></div>
            <div><dt>{t('dataFlow.written')}</dt><dd>{list(o.resourceTypesWritten)}</dd></div>
            <div><dt>{t('dataFlow.patients')}</dt><dd>{o.distinctPatients ?? 0}</dd></div>
            <div><dt>{t('dataFlow.egress')}</dt><dd>{list(o.egressDestinations)}</dd></div>
            <div><dt>{t('dataFlow.calls')}</dt><dd>{t('dataFlow.callCounts', { permitted: o.permitted ?? 0, denied: o.denied ?? 0, failed: o.failed ?? 0 })}</dd></div>
            {view.undeclared.length > 0 && (
              <div className="am-flow-undeclared"><dt>{t('dataFlow.undeclared')}</dt><dd>{view.undeclared.join(', ')}</dd></div>
            )}
          </dl>
          <p className="am-small"><a href={href('/audit', { addonId: view.addonId, kind: 'ACCESS' })}>{t('dataFlow.toLog')}</a></p>
        </section>
      </div>
    </Tile>
  );
}

/** What each add-on declared against what the log shows it did over a period, drift highlighted. */
export function DataFlow({ query }) {
  const key = query.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const range = useMemo(() => ({ from: query.get('from') || '', to: query.get('to') || '' }), [key]);
  const state = useApi(() => api.get('/audit/data-flow', range), [key]);
  return (
    <>
      <PageHeading title={t('dataFlow.title')} intro={t('dataFlow.intro')} />
      <AuditTabs current="data-flow" />
      <Range initial={range} />
      <Loaded state={state}>
        {(report) => {
          const views = flowViews(report);
          return (
            <div id="data-flow">
              <p className="am-muted" id="data-flow-period">
                {t('dataFlow.period', { from: when(report.from), to: when(report.to), count: views.length,
                  drifting: views.filter((v) => v.drifting).length })}
              </p>
              {views.length === 0 ? <p className="am-empty">{t('dataFlow.empty')}</p>
                : <div className="am-flows">{views.map((v) => <FlowCard key={v.addonId} view={v} />)}</div>}
            </div>
          );
        }}
      </Loaded>
    </>
  );
}
