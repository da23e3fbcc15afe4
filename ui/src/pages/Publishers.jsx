import { Button, InlineNotification, Select, SelectItem, Stack, Tag, TextArea, TextInput, Tile } from '@carbon/react';
import { useState } from 'react';
import { api } from '../api/client.js';
import { ErrorNotice, Loaded, PageHeading } from '../components/common.jsx';
import { ReasonModal } from '../components/ReasonModal.jsx';
import { SimpleTable } from '../components/SimpleTable.jsx';
import { short, when } from '../format.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { useApi } from '../useApi.js';
import { useChange } from '../useChange.js';

/** The standalone server's users, to pick members by name; null where the host has no user list (OpenMRS). */
async function loadUsers() {
  try {
    return (await api.get('/users', { size: 200 })).results;
  } catch (e) {
    return null;
  }
}

function CreatePublisher({ onCreated }) {
  const [form, setForm] = useState({ name: '', displayName: '', description: '' });
  const { run, error, busy } = useChange(onCreated);
  const set = (name) => (e) => setForm((old) => ({ ...old, [name]: e.target.value }));
  const submit = async (event) => {
    event.preventDefault();
    if (await run(() => api.post('/publishers', form))) {
      setForm({ name: '', displayName: '', description: '' });
    }
  };
  return (
    <Tile>
      <form onSubmit={submit} aria-label={t('publishers.create')}>
        <Stack gap={5}>
          <h2>{t('publishers.create')}</h2>
          <TextInput id="publisher-name" labelText={t('publishers.name')} helperText={t('publishers.name.help')}
            value={form.name} onChange={set('name')} />
          <TextInput id="publisher-display-name" labelText={t('publishers.displayName')} value={form.displayName}
            onChange={set('displayName')} />
          <TextArea id="publisher-description" labelText={t('publishers.description')} rows={2}
            value={form.description} onChange={set('description')} />
          <ErrorNotice error={error} title={t('publishers.failed')} />
          <div><Button type="submit" id="create-publisher" disabled={busy || !form.name.trim()}>{t('publishers.create.submit')}</Button></div>
        </Stack>
      </form>
    </Tile>
  );
}

function Members({ publisher, users, onChanged }) {
  const [userUuid, setUserUuid] = useState('');
  const { run, error, busy } = useChange(onChanged);
  const nameOf = (uuid) => {
    const user = users && users.find((u) => u.uuid === uuid);
    return user ? `${user.displayName || user.username} (${user.username})` : uuid;
  };
  const add = async (event) => {
    event.preventDefault();
    if (await run(() => api.post(`/publishers/${encodeURIComponent(publisher.name)}/members`, { userUuid: userUuid.trim() }))) {
      setUserUuid('');
    }
  };
  return (
    <section aria-labelledby="members-title" id="publisher-members">
      <h3 id="members-title">{t('publishers.members')}</h3>
      {publisher.members.length === 0 ? <p className="am-muted">{t('publishers.members.none')}</p> : (
        <ul className="am-plain-list">
          {publisher.members.map((uuid) => (
            <li key={uuid} data-member={uuid}>
              <span title={uuid}>{nameOf(uuid)}</span>{' '}
              <Button kind="danger--ghost" size="sm" disabled={busy}
                onClick={() => run(() => api.delete(`/publishers/${encodeURIComponent(publisher.name)}/members/${uuid}`))}>
                {t('publishers.members.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="am-inline-form" aria-label={t('publishers.members.add')}>
        {users ? (
          <Select id="member-user" labelText={t('publishers.members.user')} value={userUuid} onChange={(e) => setUserUuid(e.target.value)}>
            <SelectItem value="" text={t('config.choose')} />
            {users.filter((u) => !publisher.members.includes(u.uuid)).map((u) => (
              <SelectItem key={u.uuid} value={u.uuid} text={`${u.displayName || u.username} (${u.username})`} />
            ))}
          </Select>
        ) : (
          <TextInput id="member-user" labelText={t('publishers.members.uuid')} value={userUuid} onChange={(e) => setUserUuid(e.target.value)} />
        )}
        <Button type="submit" size="md" kind="tertiary" id="add-member" disabled={busy || !userUuid.trim()}>{t('publishers.members.add')}</Button>
      </form>
      <ErrorNotice error={error} />
    </section>
  );
}

function Keys({ publisher }) {
  const keys = useApi(() => api.get(`/publishers/${encodeURIComponent(publisher.name)}/keys`), [publisher.name]);
  const [form, setForm] = useState({ publicKey: '', label: '' });
  const [revoking, setRevoking] = useState(null);
  const [added, setAdded] = useState(null);
  const { run, error, busy } = useChange((key) => { setAdded(key); keys.reload(); });
  const add = async (event) => {
    event.preventDefault();
    setAdded(null);
    if (await run(() => api.post(`/publishers/${encodeURIComponent(publisher.name)}/keys`, form))) {
      setForm({ publicKey: '', label: '' });
    }
  };
  const columns = [
    { key: 'fingerprint', header: t('keys.fingerprint'), render: (k) => <code data-fingerprint={k.fingerprint}>{k.fingerprint}</code> },
    { key: 'label', header: t('keys.label'), render: (k) => k.label || '—' },
    { key: 'addedAt', header: t('keys.addedAt'), render: (k) => when(k.addedAt) },
    { key: 'status', header: t('keys.status'), render: (k) => (k.revoked
      ? <><Tag type="red" size="sm">{t('keys.revoked')}</Tag><div className="am-muted am-small">{k.revokeReason} · {when(k.revokedAt)}</div></>
      : <Tag type="green" size="sm">{t('keys.trusted')}</Tag>) },
    { key: 'actions', header: '', render: (k) => (k.revoked ? null : (
      <Button kind="danger--ghost" size="sm" data-action="revoke-key" onClick={() => setRevoking(k)}>{t('keys.revoke')}</Button>
    )) },
  ];
  return (
    <section aria-labelledby="keys-title" id="publisher-keys">
      <h3 id="keys-title">{t('keys.title')}</h3>
      <Loaded state={keys}>
        {(data) => (data.results.length === 0 ? <p className="am-muted">{t('keys.none')}</p> : (
          <SimpleTable columns={columns} rows={data.results} rowKey={(k) => k.fingerprint} label={t('keys.title')}
            rowProps={(k) => ({ 'data-key': k.fingerprint })} />
        ))}
      </Loaded>
      <form onSubmit={add} aria-label={t('keys.add')}>
        <Stack gap={4}>
          <TextArea id="key-public" labelText={t('keys.publicKey')} helperText={t('keys.publicKey.help')} rows={3}
            value={form.publicKey} onChange={(e) => setForm((old) => ({ ...old, publicKey: e.target.value }))} />
          <TextInput id="key-label" labelText={t('keys.label')} value={form.label}
            onChange={(e) => setForm((old) => ({ ...old, label: e.target.value }))} />
          <ErrorNotice error={error} title={t('keys.failed')} />
          {added && (
            <InlineNotification kind="success" lowContrast role="status" id="key-added"
              title={t('keys.added')} subtitle={added.fingerprint} onCloseButtonClick={() => setAdded(null)} />
          )}
          <div><Button type="submit" kind="tertiary" id="add-key" disabled={busy || !form.publicKey.trim()}>{t('keys.add')}</Button></div>
        </Stack>
      </form>
      {revoking && (
        <ReasonModal id="revoke-key-modal" title={t('keys.revoke.title', { fingerprint: revoking.fingerprint })}
          submitText={t('keys.revoke')} reasonLabel={t('keys.revoke.reason')}
          path={`/publishers/${encodeURIComponent(publisher.name)}/keys/${encodeURIComponent(revoking.fingerprint)}/revoke`}
          onClose={() => setRevoking(null)} onDone={() => { setRevoking(null); keys.reload(); }}>
          <p>{t('keys.revoke.body')}</p>
        </ReasonModal>
      )}
    </section>
  );
}

/** Publishers, their members and their trusted signing keys (administrators). */
export function Publishers({ query }) {
  const selected = query.get('publisher') || '';
  const state = useApi(() => Promise.all([api.get('/publishers'), loadUsers()]), []);
  const columns = [
    { key: 'name', header: t('publishers.name'), render: (p) => (
      <Button kind="ghost" size="sm" data-publisher={p.name} onClick={() => navigate('/admin/publishers', { publisher: p.name })}>
        {p.displayName || p.name}
      </Button>
    ) },
    { key: 'id', header: t('publishers.id'), render: (p) => <code>{p.name}</code> },
    { key: 'members', header: t('publishers.members'), render: (p) => p.members.length },
    { key: 'createdAt', header: t('publishers.createdAt'), render: (p) => when(p.createdAt) },
  ];
  return (
    <>
      <PageHeading title={t('publishers.title')} intro={t('publishers.intro')} />
      <Loaded state={state}>
        {([publishers, users]) => {
          const current = publishers.results.find((p) => p.name === selected);
          return (
            <div className="am-detail">
              <div className="am-detail-main">
                {publishers.results.length === 0 ? <p className="am-empty">{t('publishers.none')}</p> : (
                  <SimpleTable columns={columns} rows={publishers.results} rowKey={(p) => p.name} label={t('publishers.title')}
                    rowProps={(p) => ({ 'data-publisher-row': p.name, className: p.name === selected ? 'am-selected' : '' })} />
                )}
                {current && (
                  <Tile className="am-publisher" id="publisher-detail">
                    <h2>{current.displayName || current.name} <span className="am-muted" title={current.uuid}>{short(current.uuid)}</span></h2>
                    {current.description && <p className="am-intro">{current.description}</p>}
                    <Members publisher={current} users={users} onChanged={state.reload} />
                    <Keys publisher={current} />
                  </Tile>
                )}
              </div>
              <aside className="am-detail-side">
                <CreatePublisher onCreated={(p) => { state.reload(); navigate('/admin/publishers', { publisher: p.name }); }} />
              </aside>
            </div>
          );
        }}
      </Loaded>
    </>
  );
}
