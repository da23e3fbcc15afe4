import { Button, InlineNotification, Link, Tag, Tile } from '@carbon/react';
import { useEffect, useState } from 'react';
import { ErrorNotice, PageHeading } from '../components/common.jsx';
import { short, when } from '../format.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { useApi } from '../useApi.js';
import { usePatientNames } from '../usePatientNames.js';
import { groupByPatient, loadNotices, noticeKind } from './notices.js';

const PAGE_SIZE = 200;

/**
 * How many notices the user has, for the header's badge: null where the host has none or the user may not see them.
 * Asked again when the page changes and every minute.
 */
export function useNoticeCount(enabled, path) {
  const [count, setCount] = useState(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    const timer = setInterval(() => setTick((n) => n + 1), 60000);
    return () => clearInterval(timer);
  }, [enabled]);
  useEffect(() => {
    let current = true;
    if (enabled) {
      loadNotices({ size: 1 }).then((page) => current && setCount(page.absent ? null : page.total),
        () => current && setCount(null));
    }
    return () => {
      current = false;
    };
  }, [enabled, path, tick]);
  return count;
}

function NoticeItem({ notice }) {
  return (
    <li data-notice={notice.id} data-severity={notice.severity}>
      <InlineNotification kind={noticeKind(notice.severity)} lowContrast hideCloseButton
        role={notice.severity === 'critical' ? 'alert' : 'status'}
        title={t(`notices.severity.${notice.severity}`)} subtitle={notice.text} />
      <p className="am-muted am-small am-notice-meta">
        {t('notices.from', { addon: notice.addonId || '—', when: when(notice.createdAt) })}
      </p>
    </li>
  );
}

/** The user's notices from add-ons, newest first, grouped by patient; ?patient= narrows to one chart. */
export function Notices({ query }) {
  const patient = query.get('patient') || '';
  const state = useApi(() => loadNotices({ patient, size: PAGE_SIZE }), [patient]);
  const data = state.data;
  const groups = data ? groupByPatient(data.results) : [];
  const names = usePatientNames(groups.map((g) => g.patient));
  return (
    <>
      <PageHeading title={t('notices.title')} intro={t('notices.intro')}>
        <Button kind="tertiary" size="md" id="refresh-notices" onClick={state.reload}>{t('notices.refresh')}</Button>
      </PageHeading>
      {patient && (
        <p>{t('notices.onePatient', { patient: names[patient] || patient })} <Link href={href('/notices')}>{t('notices.all')}</Link></p>
      )}
      <ErrorNotice error={state.error} />
      {data && data.absent && (
        <InlineNotification kind="info" lowContrast hideCloseButton role="status" id="notices-absent"
          title={t('notices.absent')} subtitle={t('notices.absent.body')} />
      )}
      {data && !data.absent && (
        <>
          <p className="am-muted" aria-live="polite" id="notice-count">{t('notices.count', { count: data.total })}</p>
          {groups.length === 0 && <p className="am-empty">{t('notices.empty')}</p>}
          <div className="am-notice-groups">
            {groups.map((g) => (
              <Tile key={g.patient || 'none'} className="am-notice-group" data-patient={g.patient || ''}>
                <div className="am-page-heading">
                  <h2>{g.patient ? (names[g.patient] || <span title={g.patient}>{t('notices.patient', { uuid: short(g.patient) })}</span>)
                    : t('notices.noPatient')}</h2>
                  <Tag type={g.highest === 'critical' ? 'red' : g.highest === 'warning' ? 'warm-gray' : 'blue'} size="sm">
                    {t('notices.inGroup', { count: g.notices.length })}
                  </Tag>
                </div>
                {g.patient && !patient && (
                  <p className="am-small"><Link href={href('/notices', { patient: g.patient })}>{t('notices.onlyThis')}</Link></p>
                )}
                <ul className="am-notices">{g.notices.map((n) => <NoticeItem key={n.id} notice={n} />)}</ul>
              </Tile>
            ))}
          </div>
          {data.total > data.results.length && <p className="am-muted">{t('notices.more', { shown: data.results.length })}</p>}
        </>
      )}
    </>
  );
}
