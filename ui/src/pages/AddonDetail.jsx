import {
  Button, InlineNotification, Link, RadioButton, RadioButtonGroup, Select, SelectItem, Stack, StructuredListBody,
  StructuredListCell, StructuredListHead, StructuredListRow, StructuredListWrapper, Tag, TextInput, Tile,
} from '@carbon/react';
import { useState } from 'react';
import { api } from '../api/client.js';
import { ErrorNotice, Loaded, PageHeading, SignedTag } from '../components/common.jsx';
import { PermissionList } from '../components/Permissions.jsx';
import { ReasonModal } from '../components/ReasonModal.jsx';
import { when } from '../format.js';
import { t } from '../i18n.js';
import { INSTALL, MANAGE, PUBLISH } from '../privileges.js';
import { href } from '../router.js';
import { useSession } from '../session.jsx';
import { useApi } from '../useApi.js';

/** @returns the audience of the install request, or null for the installing user */
export function audienceOf(kind, value) {
  if (kind === 'me') {
    return null;
  }
  if (kind === 'organisation') {
    return { kind };
  }
  return kind === 'role' ? { kind, name: value.trim() } : { kind, uuid: value.trim() };
}

function InstallPanel({ addon, versions }) {
  const session = useSession();
  const manager = session.can(MANAGE);
  const installable = versions.filter((v) => v.status === 'PUBLISHED');
  const [version, setVersion] = useState(addon.latestVersion);
  const [kind, setKind] = useState('me');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [installed, setInstalled] = useState(null);

  const install = async () => {
    setBusy(true);
    setError(null);
    try {
      setInstalled(await api.post('/installations', { addonId: addon.id, version, audience: audienceOf(kind, value) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Tile className="am-install" id="install-panel">
      <Stack gap={5}>
        <h2>{t('detail.install.title')}</h2>
        <Select id="install-version" labelText={t('detail.install.version')} value={version}
          onChange={(e) => setVersion(e.target.value)}>
          {installable.map((v) => <SelectItem key={v.version} value={v.version} text={v.version} />)}
        </Select>
        <RadioButtonGroup legendText={t('detail.install.audience')} name="audience" orientation="vertical"
          valueSelected={kind} onChange={(selected) => setKind(selected)}>
          <RadioButton id="audience-me" value="me" labelText={t('audience.me.choice')} />
          {manager && <RadioButton id="audience-organisation" value="organisation" labelText={t('audience.organisation')} />}
          {manager && <RadioButton id="audience-location" value="location" labelText={t('audience.location')} />}
          {manager && <RadioButton id="audience-role" value="role" labelText={t('audience.role')} />}
        </RadioButtonGroup>
        {(kind === 'location' || kind === 'role') && (
          <TextInput id="audience-value" value={value} onChange={(e) => setValue(e.target.value)}
            labelText={kind === 'role' ? t('audience.role.name') : t('audience.location.uuid')} />
        )}
        {!manager && <p className="am-muted">{t('detail.install.onlyMe')}</p>}
        <ErrorNotice error={error} title={t('detail.install.failed')} />
        {installed && (
          <div id="installed">
            <InlineNotification kind="success" lowContrast hideCloseButton role="status"
              title={t('detail.install.done')}
              subtitle={t(`detail.install.done.${installed.state}`, { state: installed.state })} />
            <Link href={href('/my-addons')}>{t('detail.install.toMine')}</Link>
          </div>
        )}
        <Button id="install" onClick={install} disabled={busy || !version}>
          {busy ? t('detail.install.busy') : t('detail.install.submit')}
        </Button>
      </Stack>
    </Tile>
  );
}

function Egress({ egress }) {
  if (!egress || egress.length === 0) {
    return <p>{t('detail.egress.none')}</p>;
  }
  return (
    <ul className="am-permission-list" id="egress">
      {egress.map((e) => (
        <li key={e.url}>
          <div className="am-permission">
            <div className="am-permission-title"><code>{e.url}</code></div>
            {e.why && <div className="am-permission-why">{t('permission.why', { why: e.why })}</div>}
            {e.sends && e.sends.length > 0 && (
              <div className="am-permission-why">{t('detail.egress.sends', { types: e.sends.join(', ') })}</div>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Block and unblock (administrators) and the kill switch's page for this add-on. */
function AdminPanel({ addon, onChanged }) {
  const [blocking, setBlocking] = useState(false);
  const [error, setError] = useState(null);
  const unblock = async () => {
    setError(null);
    try {
      await api.post(`/addons/${encodeURIComponent(addon.id)}/unblock`);
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Tile id="admin-panel">
      <Stack gap={4}>
        <h2>{t('detail.admin')}</h2>
        <p className="am-muted">{addon.status === 'BLOCKED' ? t('detail.blocked.help') : t('detail.block.help')}</p>
        {addon.status === 'BLOCKED'
          ? <Button kind="tertiary" id="unblock" onClick={unblock}>{t('detail.unblock')}</Button>
          : <Button kind="danger--tertiary" id="block" onClick={() => setBlocking(true)}>{t('detail.block')}</Button>}
        <Link href={href('/admin/kill-switch', { addon: addon.id })} id="to-kill-switch">{t('detail.killSwitch')}</Link>
        <ErrorNotice error={error} />
      </Stack>
      {blocking && (
        <ReasonModal id="block-modal" title={t('detail.block.title', { name: addon.name })} submitText={t('detail.block')}
          path={`/addons/${encodeURIComponent(addon.id)}/block`}
          onClose={() => setBlocking(false)} onDone={() => { setBlocking(false); onChanged(); }}>
          <p>{t('detail.block.body')}</p>
        </ReasonModal>
      )}
    </Tile>
  );
}

function Versions({ addon, versions, canWithdraw, onChanged }) {
  const [withdrawing, setWithdrawing] = useState(null);
  return (
    <StructuredListWrapper aria-label={t('detail.versions')} isCondensed>
      <StructuredListHead>
        <StructuredListRow head>
          <StructuredListCell head>{t('detail.versions.version')}</StructuredListCell>
          <StructuredListCell head>{t('detail.versions.published')}</StructuredListCell>
          <StructuredListCell head>{t('detail.versions.signature')}</StructuredListCell>
          <StructuredListCell head>{t('detail.versions.status')}</StructuredListCell>
          {canWithdraw && <StructuredListCell head>{t('detail.versions.actions')}</StructuredListCell>}
        </StructuredListRow>
      </StructuredListHead>
      <StructuredListBody>
        {versions.map((v) => (
          <StructuredListRow key={v.version} data-version={v.version}>
            <StructuredListCell>{v.version}</StructuredListCell>
            <StructuredListCell>{when(v.publishedAt)}</StructuredListCell>
            <StructuredListCell><SignedTag signed={v.signed} /></StructuredListCell>
            <StructuredListCell>{v.withdrawnAt ? t('detail.versions.withdrawn', { reason: v.withdrawReason || '' })
              : t(`versionStatus.${v.status}`)}</StructuredListCell>
            {canWithdraw && (
              <StructuredListCell>
                {v.status === 'PUBLISHED' && (
                  <Button kind="danger--ghost" size="sm" data-action="withdraw" onClick={() => setWithdrawing(v.version)}>
                    {t('detail.withdraw')}
                  </Button>
                )}
              </StructuredListCell>
            )}
          </StructuredListRow>
        ))}
      </StructuredListBody>
      {withdrawing && (
        <ReasonModal id="withdraw-modal" title={t('detail.withdraw.title', { name: addon.name, version: withdrawing })}
          submitText={t('detail.withdraw')}
          path={`/addons/${encodeURIComponent(addon.id)}/versions/${encodeURIComponent(withdrawing)}/withdraw`}
          onClose={() => setWithdrawing(null)} onDone={() => { setWithdrawing(null); onChanged(); }}>
          <p>{t('detail.withdraw.body')}</p>
        </ReasonModal>
      )}
    </StructuredListWrapper>
  );
}

/**
 * One add-on: what it does, what it asks for, where it sends data, its versions, and Install; withdraw a version for its
 * publisher, block and unblock for administrators.
 */
export function AddonDetail({ addonId }) {
  const session = useSession();
  const state = useApi(() => api.get(`/addons/${encodeURIComponent(addonId)}`), [addonId]);
  return (
    <Loaded state={state}>
      {({ addon, versions, latest }) => (
        <>
          <p><Link href={href('/catalog')}>{t('detail.back')}</Link></p>
          <PageHeading title={addon.name}
            intro={t('catalog.byPublisher', { publisher: addon.publisher, version: addon.latestVersion })}>
            <SignedTag signed={addon.signed} />
          </PageHeading>
          <div className="am-detail">
            <div className="am-detail-main">
              <section aria-labelledby="about">
                <h2 id="about">{t('detail.about')}</h2>
                <p id="addon-description">{addon.description}</p>
                <div className="am-tags">
                  {(addon.categories || []).map((c) => <Tag key={c} type="cool-gray" size="sm">{c}</Tag>)}
                </div>
              </section>
              <section aria-labelledby="permissions" id="permissions-section">
                <h2 id="permissions">{t('detail.permissions')}</h2>
                <p className="am-muted">{t('detail.permissions.intro')}</p>
                <PermissionList permissions={latest.permissions} />
              </section>
              <section aria-labelledby="egress-title">
                <h2 id="egress-title">{t('detail.egress')}</h2>
                <Egress egress={latest.egress} />
              </section>
              <section aria-labelledby="versions-title">
                <h2 id="versions-title">{t('detail.versions')}</h2>
                <Versions addon={addon} versions={versions} canWithdraw={session.can(PUBLISH) || session.can(MANAGE)}
                  onChanged={state.reload} />
              </section>
            </div>
            <aside className="am-detail-side">
              {session.can(INSTALL) && addon.status !== 'BLOCKED' && <InstallPanel addon={addon} versions={versions} />}
              {addon.status === 'BLOCKED' && (
                <InlineNotification kind="error" lowContrast hideCloseButton title={t('catalog.blocked')}
                  subtitle={addon.blockedReason || ''} />
              )}
              {session.can(MANAGE) && <AdminPanel addon={addon} onChanged={state.reload} />}
            </aside>
          </div>
        </>
      )}
    </Loaded>
  );
}
