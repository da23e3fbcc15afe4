import { t } from '../i18n.js';
import { href } from '../router.js';

const TABS = [
  { path: '/audit', label: 'audit.tab.log', id: 'log' },
  { path: '/audit/timeline', label: 'audit.tab.timeline', id: 'timeline' },
  { path: '/audit/data-flow', label: 'audit.tab.dataFlow', id: 'data-flow' },
  { path: '/audit/patient', label: 'audit.tab.patient', id: 'patient' },
];

/** The audit pages' own navigation: links styled as Carbon's contained tabs, the current one marked for readers. */
export function AuditTabs({ current }) {
  return (
    <nav aria-label={t('audit.tabs')} className="am-audit-tabs">
      <ul>
        {TABS.map((tab) => (
          <li key={tab.id}>
            <a href={href(tab.path)} data-audit-tab={tab.id} aria-current={tab.id === current ? 'page' : undefined}
              className={tab.id === current ? 'am-tab am-tab-current' : 'am-tab'}>{t(tab.label)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
