import { describe, expect, it } from 'vitest';
import { locate } from './host.js';

describe('locate', () => {
  it('finds the standalone server at its root', () => {
    expect(locate('/')).toMatchObject({ host: 'standalone', api: '/ws/rest/addonmarket/v1', signIn: '/login' });
    expect(locate('/index.html').api).toBe('/ws/rest/addonmarket/v1');
  });

  it('finds a standalone server behind a reverse proxy prefix', () => {
    expect(locate('/market/').api).toBe('/market/ws/rest/addonmarket/v1');
    expect(locate('/market/index.html').signOut).toBe('/market/logout');
  });

  it('finds OpenMRS from the module resources path', () => {
    const openmrs = locate('/openmrs/moduleResources/addonmarket/index.html');
    expect(openmrs).toMatchObject({ host: 'openmrs', root: '/openmrs/', api: '/openmrs/ws/rest/addonmarket/v1' });
    expect(openmrs.signIn).toBe('/openmrs/login.htm');
    expect(locate('/moduleResources/addonmarket/').api).toBe('/ws/rest/addonmarket/v1');
  });
});
