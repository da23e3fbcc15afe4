import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, apiUrl, toQuery, whenSignedOut } from './client.js';

function answer(status, body, headers = {}) {
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: new Headers(headers),
    text: async () => (body === undefined ? '' : JSON.stringify(body)),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('api client', () => {
  it('sends back the CSRF token of the last answer on every change, never on reads', async () => {
    const fetch = vi.fn()
      .mockResolvedValueOnce(answer(401, { error: { code: 'ADDON-0002', message: 'Nobody is signed in' } },
        { 'X-CSRF-TOKEN': 'token-1' }))
      .mockResolvedValueOnce(answer(201, { uuid: 'i-1' }))
      .mockResolvedValueOnce(answer(200, { results: [] }));
    vi.stubGlobal('fetch', fetch);

    expect(await api.session()).toBeNull();
    await api.post('/installations', { addonId: 'a' });
    await api.get('/addons', { q: 'bp', category: '' });

    const [postUrl, post] = fetch.mock.calls[1];
    expect(postUrl).toBe('/ws/rest/addonmarket/v1/installations');
    expect(post.headers['X-CSRF-TOKEN']).toBe('token-1');
    expect(post.credentials).toBe('same-origin');
    expect(JSON.parse(post.body)).toEqual({ addonId: 'a' });
    const [getUrl, get] = fetch.mock.calls[2];
    expect(getUrl).toBe('/ws/rest/addonmarket/v1/addons?q=bp');
    expect(get.headers['X-CSRF-TOKEN']).toBeUndefined();
  });

  it('turns an error answer into an ApiError with the field errors', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(422, { error: {
      code: 'ADDON-0400', message: 'The configuration is invalid', field: '/threshold',
      errors: [{ code: 'minimum', field: '/threshold', message: 'must be at least 140' }],
    } })));

    const error = await api.put('/installations/i-1/configuration', { threshold: 90 }).catch((e) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'ADDON-0400', field: '/threshold',
      message: 'The configuration is invalid' });
    expect(error.errors[0].field).toBe('/threshold');
  });

  it('tells the app when a signed-in call finds the session gone', async () => {
    const signedOut = vi.fn();
    whenSignedOut(signedOut);
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(401, { error: { message: 'Nobody is signed in' } })));

    await expect(api.get('/installations')).rejects.toMatchObject({ status: 401 });
    expect(signedOut).toHaveBeenCalledTimes(1);
  });

  it('says the server cannot be reached rather than failing without a word', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    await expect(api.get('/addons')).rejects.toMatchObject({ status: 0,
      message: 'The server cannot be reached (Failed to fetch)' });
  });

  it('builds download links with only the filters that are set', () => {
    expect(toQuery({ installation: 'u1', patient: '', page: 0 })).toBe('installation=u1&page=0');
    expect(apiUrl('/audit/events.csv', { kind: 'GOVERNANCE' })).toBe('/ws/rest/addonmarket/v1/audit/events.csv?kind=GOVERNANCE');
  });
});
