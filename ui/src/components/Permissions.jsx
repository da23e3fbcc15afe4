import { Tag } from '@carbon/react';
import { t } from '../i18n.js';

/** A requested permission in plain language: what, why, the scope, and badges for system/ and optional. */
export function PermissionText({ permission }) {
  return (
    <span className="am-permission">
      <span className="am-permission-title">
        <span>{permission.description}</span>
        {permission.system && (
          <Tag type="purple" size="sm" title={t('permission.system.help')} className="am-system-badge">
            {t('permission.system')}
          </Tag>
        )}
        {permission.optional && <Tag type="outline" size="sm">{t('permission.optional')}</Tag>}
      </span>
      {permission.why && <span className="am-permission-why">{t('permission.why', { why: permission.why })}</span>}
      {permission.elements && permission.elements.length > 0 && (
        <span className="am-permission-why">{t('permission.elements', { elements: permission.elements.join(', ') })}</span>
      )}
      <code className="am-scope">{permission.scope}</code>
    </span>
  );
}

/** Every permission of an add-on version, as a list. */
export function PermissionList({ permissions }) {
  if (!permissions || permissions.length === 0) {
    return <p>{t('permission.none')}</p>;
  }
  return (
    <ul className="am-permission-list">
      {permissions.map((p) => <li key={p.scope}><PermissionText permission={p} /></li>)}
    </ul>
  );
}
