import { afterEach, describe, expect, it, vi } from 'vitest';
import { groupByPatient, loadNotices, noticeKind } from './notices.js';

function answer(status, body) {
  return { ok: status < 300, status, headers: new Headers(), text: async () => (body ? JSON.stringify(body) : '') };
}

afterEach(() => vi.unstubAllGlobals());

const notice = (id, patient, createdAt, severity = 'info') => ({ id, patient, createdAt, severity });

describe('notices', () => {
  it('groups by patient, the patient with the newest notice first and newest first inside a group', () => {
    const groups = groupByPatient([
      notice('a1', 'p-a', '2026-11-29T08:00:00Z'),
      notice('b1', 'p-b', '2026-11-29T09:00:00Z', 'critical'),
      notice('a2', 'p-a', '2026-11-29T10:00:00Z', 'warning'),
      notice('n1', undefined, '2026-11-29T07:00:00Z'),
    ]);
    expect(groups.map((g) => g.patient)).toEqual(['p-a', 'p-b', null]);
    expect(groups[0].notices.map((n) => n.id)).toEqual(['a2', 'a1']);
    expect(groups[0].highest).toBe('warning');
    expect(groups[1].highest).toBe('critical');
  });

  it('shows nothing for no notices and maps severities to notification kinds', () => {
    expect(groupByPatient([])).toEqual([]);
    expect(groupByPatient(undefined)).toEqual([]);
    expect(['critical', 'warning', 'info', 'other'].map(noticeKind)).toEqual(['error', 'warning', 'info', 'info']);
  });
});

describe('loadNotices', () => {
  it('asks for the patient\'s notices and passes the list on', async () => {
    const fetch = vi.fn().mockResolvedValue(answer(200, { results: [{ id: 'n1' }], page: 0, size: 50, total: 1 }));
    vi.stubGlobal('fetch', fetch);
    expect((await loadNotices({ patient: 'p-1', size: 50 })).total).toBe(1);
    expect(fetch.mock.calls[0][0]).toBe('/ws/rest/addonmarket/v1/notices?patient=p-1&size=50');
  });

  it('says the endpoint is absent on a bare 404, and fails on the API\'s own errors', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(404)));
    expect(await loadNotices({})).toMatchObject({ absent: true, total: 0 });
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(403, { error: { code: 'ADDON-0003', message: 'no' } })));
    await expect(loadNotices({})).rejects.toMatchObject({ status: 403, code: 'ADDON-0003' });
  });
});
