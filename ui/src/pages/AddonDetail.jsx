import {
  Button, InlineNotification, Link, RadioButton, RadioButtonGroup, Select, SelectItem, Stack, StructuredListBody,
  StructuredListCell, StructuredListHead, StructuredListRow, StructuredListWrapper, Tag, TextInput, Tile,
} from '@carbon/react';
import { useState } from 'react';
import { api } from '../api/client.js';
import { ErrorNotice, Loaded, PageHeading, SignedTag } from '../components/common.jsx';
import { PermissionList } from '../components/Permissions.jsx';
import { when } from '../format.js';
import { t } from '../i18n.js';
import { INSTALL, MANAGE } from '../privileges.js';
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

function Versions({ versions }) {
  return (
    <StructuredListWrapper aria-label={t('detail.versions')} isCondensed>
      <StructuredListHead>
        <StructuredListRow head>
          <StructuredListCell head>{t('detail.versions.version')}</StructuredListCell>
          <StructuredListCell head>{t('detail.versions.published')}</StructuredListCell>
          <StructuredListCell head>{t('detail.versions.signature')}</StructuredListCell>
          <StructuredListCell head>{t('detail.versions.status')}</StructuredListCell>
        </StructuredListRow>
      </StructuredListHead>
      <StructuredListBody>
        {versions.map((v) => (
          <StructuredListRow key={v.version}>
            <StructuredListCell>{v.version}</StructuredListCell>
            <StructuredListCell>{when(v.publishedAt)}</StructuredListCell>
            <StructuredListCell><SignedTag signed={v.signed} /></StructuredListCell>
            <StructuredListCell>{v.withdrawnAt ? t('detail.versions.withdrawn', { reason: v.withdrawReason || '' })
              : t(`versionStatus.${v.status}`)}</StructuredListCell>
          </StructuredListRow>
        ))}
      </StructuredListBody>
    </StructuredListWrapper>
  );
}

/** One add-on: what it does, what it asks for, where it sends data, its versions, and Install. */
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
                <Versions versions={versions} />
              </section>
            </div>
            <aside className="am-detail-side">
              {session.can(INSTALL) && addon.status !== 'BLOCKED' && <InstallPanel addon={addon} versions={versions} />}
              {addon.status === 'BLOCKED' && (
                <InlineNotification kind="error" lowContrast hideCloseButton title={t('catalog.blocked')}
                  subtitle={addon.blockedReason || ''} />
              )}
            </aside>
          </div>
        </>
      )}
    </Loaded>
  );
}
