import {
  Button, ButtonSet, Checkbox, ClickableTile, InlineNotification, Stack, Tag, TextArea, TextInput, Tile,
} from '@carbon/react';
import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import { ErrorNotice, Loaded, PageHeading, SignedTag, StateTag } from '../components/common.jsx';
import { PermissionText } from '../components/Permissions.jsx';
import { audienceText, short, when } from '../format.js';
import { t } from '../i18n.js';
import { useApi } from '../useApi.js';
import { grantRequest } from './approvalDiff.js';
import { PermissionDiff as Diff } from '../components/PermissionDiff.jsx';

function GrantEditor({ request, onDecided }) {
  const { installation } = request;
  const detail = useApi(() => api.get(`/addons/${encodeURIComponent(installation.addonId)}/versions/${encodeURIComponent(request.version)}`),
    [installation.uuid, request.version]);
  const [scopes, setScopes] = useState({});
  const [egress, setEgress] = useState({});
  const [rationale, setRationale] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);

  useEffect(() => {
    setScopes(Object.fromEntries(request.requested.map((p) => [p.scope, true])));
    setRationale('');
    setExpiresOn('');
    setError(null);
  }, [request]);
  useEffect(() => {
    setEgress(Object.fromEntries(((detail.data && detail.data.egress) || []).map((e) => [e.url, true])));
  }, [detail.data]);

  const decide = async (action) => {
    setBusy(true);
    setError(null);
    try {
      if (action === 'approve') {
        await api.post(`/installations/${installation.uuid}/grants`, grantRequest({
          scopes, egress, rationale, expiresOn, lockVersion: installation.lockVersion,
        }));
      } else {
        await api.post(`/installations/${installation.uuid}/deny`, { rationale: rationale.trim() });
      }
      onDecided(action, installation);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const upgrade = Boolean(installation.pendingVersion);
  return (
    <Tile className="am-grant-editor" id="grant-editor">
      <Stack gap={6}>
        <div>
          <h2>{installation.addonName} {request.version}</h2>
          <p className="am-muted">
            {t('approvals.requestedBy', { publisher: request.publisher, user: short(installation.installedBy),
              audience: audienceText(installation.audience) })}
          </p>
          <div className="am-tags"><SignedTag signed={request.signed} /><StateTag state={installation.state} /></div>
        </div>
        {upgrade && (
          <section aria-labelledby="diff-title">
            <h3 id="diff-title">{t('approvals.diff', { from: installation.version, to: installation.pendingVersion })}</h3>
            <Diff diff={request.diff} />
          </section>
        )}
        <fieldset className="cds--fieldset">
          <legend className="cds--label">{t('approvals.scopes')}</legend>
          {request.requested.map((p, index) => (
            <div key={p.scope} className="am-grant-scope">
              <Checkbox id={`grant-scope-${index}`} data-scope={p.scope} checked={Boolean(scopes[p.scope])}
                labelText={<PermissionText permission={p} />}
                onChange={(e, { checked }) => setScopes((old) => ({ ...old, [p.scope]: checked }))} />
            </div>
          ))}
        </fieldset>
        <Loaded state={detail}>
          {(version) => (version.egress && version.egress.length > 0 ? (
            <fieldset className="cds--fieldset">
              <legend className="cds--label">{t('approvals.egress')}</legend>
              {version.egress.map((e, index) => (
                <Checkbox key={e.url} id={`grant-egress-${index}`} data-egress={e.url} checked={Boolean(egress[e.url])}
                  labelText={<span><code>{e.url}</code> — {e.why}</span>}
                  onChange={(ev, { checked }) => setEgress((old) => ({ ...old, [e.url]: checked }))} />
              ))}
            </fieldset>
          ) : null)}
        </Loaded>
        <TextArea id="grant-rationale" labelText={t('approvals.rationale')} helperText={t('approvals.rationale.help')}
          value={rationale} onChange={(e) => setRationale(e.target.value)} rows={3} required />
        <TextInput id="grant-expiry" type="date" labelText={t('approvals.expiry')} helperText={t('approvals.expiry.help')}
          value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} />
        <ErrorNotice error={error} title={t('approvals.failed')} />
        <ButtonSet>
          <Button kind="danger--tertiary" id="deny" disabled={busy || !rationale.trim()} onClick={() => decide('deny')}>
            {t('approvals.deny')}
          </Button>
          <Button id="approve" disabled={busy || !rationale.trim()} onClick={() => decide('approve')}>
            {t('approvals.approve', { count: Object.values(scopes).filter(Boolean).length })}
          </Button>
        </ButtonSet>
      </Stack>
    </Tile>
  );
}

/** The approval queue: installations and upgrades waiting for a grant, and the grant editor. */
export function Approvals() {
  const state = useApi(() => api.get('/approvals'), []);
  const [selected, setSelected] = useState(null);
  const [decided, setDecided] = useState(null);
  const requests = state.data ? state.data.results : [];
  const current = requests.find((r) => r.installation.uuid === selected) || null;

  return (
    <>
      <PageHeading title={t('approvals.title')} intro={t('approvals.intro')} />
      {decided && (
        <InlineNotification kind="success" lowContrast role="status" id="decided"
          title={t(`approvals.decided.${decided.action}`, { name: decided.name })} onCloseButtonClick={() => setDecided(null)} />
      )}
      <Loaded state={state}>
        {() => (requests.length === 0 ? <p className="am-empty">{t('approvals.empty')}</p> : (
          <div className="am-split">
            <div className="am-queue" role="list" aria-label={t('approvals.queue')}>
              {requests.map((r) => (
                <div role="listitem" key={r.installation.uuid}>
                  <ClickableTile id={`request-${r.installation.uuid}`} data-addon={r.installation.addonId}
                    className={selected === r.installation.uuid ? 'am-selected' : ''}
                    onClick={() => setSelected(r.installation.uuid)}>
                    <strong>{r.installation.addonName} {r.version}</strong>
                    <div className="am-muted">
                      {r.installation.pendingVersion ? t('approvals.kind.upgrade', { from: r.installation.version })
                        : t('approvals.kind.install')}
                      {' · '}{audienceText(r.installation.audience)} · {when(r.installation.installedAt)}
                    </div>
                    <div className="am-tags">
                      {r.requested.some((p) => p.system) && <Tag type="purple" size="sm">{t('permission.system')}</Tag>}
                      <Tag type="gray" size="sm">{t('approvals.count', { count: r.requested.length })}</Tag>
                    </div>
                  </ClickableTile>
                </div>
              ))}
            </div>
            <div className="am-detail-main">
              {current ? (
                <GrantEditor request={current} onDecided={(action, installation) => {
                  setDecided({ action, name: installation.addonName });
                  setSelected(null);
                  state.reload();
                }} />
              ) : <p className="am-empty">{t('approvals.choose')}</p>}
            </div>
          </div>
        ))}
      </Loaded>
    </>
  );
}
