import { t } from './i18n.js';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** @returns an ISO instant as the reader's date and time, or an em dash */
export function when(instant) {
  return instant ? dateTime.format(new Date(instant)) : '—';
}

/** @returns an installation's audience in words */
export function audienceText(audience, me) {
  if (!audience) {
    return '—';
  }
  switch (audience.kind) {
    case 'organisation':
      return t('audience.organisation');
    case 'location':
      return t('audience.location.value', { uuid: short(audience.uuid) });
    case 'role':
      return t('audience.role.value', { name: audience.name });
    default:
      return me && audience.uuid === me ? t('audience.me') : t('audience.user.value', { uuid: short(audience.uuid) });
  }
}

/** @returns the first characters of a uuid, for tables (the whole one is in the title) */
export function short(uuid) {
  return uuid ? uuid.slice(0, 8) : '—';
}
