import { StackedBarChart } from '@carbon/charts-react';
import '@carbon/charts-react/styles.css';
import { Button, Form, Select, SelectItem, TextInput } from '@carbon/react';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/client.js';
import { AuditTabs } from '../components/AuditTabs.jsx';
import { Loaded, PageHeading } from '../components/common.jsx';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { useApi } from '../useApi.js';
import { toInstant, toLocal } from './auditFilters.js';
import { accessTimeline } from './timeline.js';

const PAGE = 500;
/** At most this many events are counted in the browser; the page says so when the range holds more. */
const MAX_PAGES = 10;
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** The range's data accesses, page by page up to MAX_PAGES pages of the log. */
async function loadAccesses(filters) {
  const events = [];
  let total = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    // eslint-disable-next-line no-await-in-loop
    const answer = await api.get('/audit/events', { ...filters, kind: 'ACCESS', page, size: PAGE });
    events.push(...answer.results);
    total = answer.total;
    if (events.length >= total || answer.results.length < PAGE) {
      break;
    }
  }
  return { events, total };
}

/** The range asked for, by default the last 24 hours to the end of this hour (by hour: what is happening now). */
function rangeOf(query) {
  const to = query.get('to') || new Date(Math.floor(Date.now() / HOUR) * HOUR + HOUR).toISOString();
  const from = query.get('from') || new Date(Date.parse(to) - DAY).toISOString();
  return { from, to, addonId: query.get('addonId') || '', outcome: query.get('outcome') || '' };
}

function RangeForm({ initial, addons }) {
  const [filters, setFilters] = useState(initial);
  useEffect(() => setFilters(initial), [initial]);
  const submit = (event) => {
    event.preventDefault();
    navigate('/audit/timeline', filters);
  };
  return (
    <Form onSubmit={submit} aria-label={t('timeline.filters')} className="am-audit-filters">
      <Select id="timeline-addon" labelText={t('audit.filter.addon')} value={filters.addonId}
        onChange={(e) => setFilters((old) => ({ ...old, addonId: e.target.value }))}>
        <SelectItem value="" text={t('audit.filter.any')} />
        {addons.map((a) => <SelectItem key={a.id} value={a.id} text={a.name} />)}
      </Select>
      <Select id="timeline-outcome" labelText={t('audit.filter.outcome')} value={filters.outcome}
        onChange={(e) => setFilters((old) => ({ ...old, outcome: e.target.value }))}>
        <SelectItem value="" text={t('audit.filter.any')} />
        {['PERMIT', 'DENY', 'ERROR'].map((o) => <SelectItem key={o} value={o} text={t(`outcome.${o}`)} />)}
      </Select>
      <TextInput id="timeline-from" type="datetime-local" labelText={t('audit.filter.from')} value={toLocal(filters.from)}
        onChange={(e) => setFilters((old) => ({ ...old, from: toInstant(e.target.value) }))} />
      <TextInput id="timeline-to" type="datetime-local" labelText={t('audit.filter.to')} value={toLocal(filters.to)}
        onChange={(e) => setFilters((old) => ({ ...old, to: toInstant(e.target.value) }))} />
      <div className="am-filter-buttons">
        <Button type="submit" id="timeline-apply" size="md">{t('audit.filter.apply')}</Button>
      </div>
    </Form>
  );
}

/** Data accesses per add-on over time, as a stacked bar chart (its toolbar also shows the numbers as a table). */
export function AuditTimeline({ query }) {
  const key = query.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const range = useMemo(() => rangeOf(query), [key]);
  const addons = useApi(() => api.get('/addons', { size: 500 }), []);
  const state = useApi(() => loadAccesses(range), [key]);
  const chart = useMemo(() => (state.data ? accessTimeline(state.data.events, range) : null), [state.data, range]);
  const hourly = chart && chart.width <= HOUR;
  const options = {
    title: t('timeline.chart'),
    axes: {
      left: { mapsTo: 'value', stacked: true, title: t('timeline.axis.accesses') },
      bottom: { mapsTo: 'date', scaleType: 'time', title: hourly ? t('timeline.axis.hour') : t('timeline.axis.day') },
    },
    height: '400px',
    accessibility: { svgAriaLabel: t('timeline.chart') },
    toolbar: { enabled: true },
    legend: { truncation: { type: 'none' } },
    timeScale: { addSpaceOnEdges: 0 },
  };
  return (
    <>
      <PageHeading title={t('timeline.title')} intro={t('timeline.intro')} />
      <AuditTabs current="timeline" />
      <RangeForm initial={range} addons={addons.data ? addons.data.results : []} />
      <Loaded state={state}>
        {({ events, total }) => (
          <div id="access-timeline" data-accesses={chart.total}>
            <p className="am-muted" aria-live="polite" id="timeline-count">
              {t('timeline.count', { count: chart.total, addons: new Set(chart.data.map((p) => p.group)).size })}
              {total > events.length ? ` ${t('timeline.truncated', { shown: events.length, total })}` : ''}
            </p>
            {chart.data.length === 0 ? <p className="am-empty">{t('timeline.empty')}</p> : (
              <div className="am-chart"><StackedBarChart data={chart.data} options={options} /></div>
            )}
          </div>
        )}
      </Loaded>
    </>
  );
}
