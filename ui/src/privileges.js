/** The module's privileges (api Privileges.java) and which pages each lets a user see. */

export const BROWSE = 'Browse Add-ons';
export const INSTALL = 'Install Add-ons';
export const USE = 'Use Add-ons';
export const PUBLISH = 'Publish Add-ons';
export const MANAGE = 'Manage Add-ons';
export const GRANT = 'Grant Add-on Access';
export const VIEW_LOG = 'View Add-on Access Log';

const any = (...wanted) => (held) => wanted.some((p) => held.has(p));

/**
 * The pages in the header, in order. A page whose privileges the user lacks is not offered (the API would refuse
 * its calls anyway). `admin` pages are grouped under Administration.
 */
export const PAGES = [
  { id: 'catalog', path: '/catalog', label: 'nav.catalog', allowed: any(BROWSE) },
  { id: 'publish', path: '/publish', label: 'nav.publish', allowed: any(PUBLISH) },
  { id: 'myAddons', path: '/my-addons', label: 'nav.myAddons', allowed: any(INSTALL) },
  { id: 'notices', path: '/notices', label: 'nav.notices', allowed: any(USE, INSTALL) },
  { id: 'approvals', path: '/admin/approvals', label: 'nav.approvals', admin: true, allowed: any(GRANT) },
  { id: 'installations', path: '/admin/installations', label: 'nav.installations', admin: true, allowed: any(MANAGE) },
  { id: 'killSwitch', path: '/admin/kill-switch', label: 'nav.killSwitch', admin: true, allowed: any(MANAGE) },
  { id: 'publishers', path: '/admin/publishers', label: 'nav.publishers', admin: true, allowed: any(MANAGE) },
  { id: 'inventory', path: '/admin/inventory', label: 'nav.inventory', admin: true,
    allowed: any(MANAGE, GRANT, VIEW_LOG) },
  { id: 'audit', path: '/audit', label: 'nav.audit', allowed: any(VIEW_LOG) },
];

/** @returns the pages this set of privileges may see */
export function visiblePages(privileges) {
  const held = privileges instanceof Set ? privileges : new Set(privileges || []);
  return PAGES.filter((page) => page.allowed(held));
}
