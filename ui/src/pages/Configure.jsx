import {
  InlineNotification, Link, StructuredListBody, StructuredListCell, StructuredListRow, StructuredListWrapper, Tile,
} from '@carbon/react';
import { useState } from 'react';
import { api } from '../api/client.js';
import { Loaded, PageHeading, StateTag } from '../components/common.jsx';
import { SchemaForm } from '../components/SchemaForm.jsx';
import { audienceText, short, when } from '../format.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { useSession } from '../session.jsx';
import { useApi } from '../useApi.js';

async function loadInstallation(uuid) {
  const installation = await api.get(`/installations/${uuid}`);
  const [version, configuration, history] = await Promise.all([
    api.get(`/addons/${encodeURIComponent(installation.addonId)}/versions/${encodeURIComponent(installation.version)}`),
    api.get(`/installations/${uuid}/configuration`),
    api.get(`/installations/${uuid}/configuration/history`),
  ]);
  return { installation, version, configuration, history };
}

function Grant({ grant }) {
  if (!grant) {
    return <p>{t('configure.noGrant')}</p>;
  }
  return (
    <>
      <ul className="am-permission-list">
        {grant.scopes.map((s) => <li key={s.scope}>{s.description} <code className="am-scope">{s.scope}</code></li>)}
      </ul>
      <p className="am-muted">
        {t('configure.grantedBy', { when: when(grant.grantedAt) })}
        {grant.expiresAt ? ` · ${t('configure.expires', { when: when(grant.expiresAt) })}` : ''}
      </p>
    </>
  );
}

/** One of the user's installations: its state, grant and configuration form with its history. */
export function Configure({ uuid }) {
  const { user } = useSession();
  const state = useApi(() => loadInstallation(uuid), [uuid]);
  const [saved, setSaved] = useState(null);
  const [saving, setSaving] = useState(false);

  const save = async (configuration) => {
    setSaving(true);
    setSaved(null);
    try {
      setSaved(await api.put(`/installations/${uuid}/configuration`, configuration));
      state.reload();
    } finally {
      setSaving(false);
    }
  };

  return (
    <Loaded state={state}>
      {({ installation, version, configuration, history }) => (
        <>
          <p><Link href={href('/my-addons')}>{t('configure.back')}</Link></p>
          <PageHeading title={installation.addonName}
            intro={t('configure.intro', { version: installation.version, audience: audienceText(installation.audience, user.uuid) })}>
            <StateTag state={installation.state} />
          </PageHeading>
          {installation.stateReason && <p className="am-muted">{t('configure.reason', { reason: installation.stateReason })}</p>}
          <div className="am-detail">
            <div className="am-detail-main">
              <Tile>
                <h2>{t('configure.title')}</h2>
                {saved && (
                  <InlineNotification kind="success" lowContrast role="status" id="configuration-saved"
                    title={t('configure.saved', { number: saved.number })} onCloseButtonClick={() => setSaved(null)} />
                )}
                <SchemaForm schema={version.configurationSchema} current={configuration.configuration}
                  onSave={save} saving={saving} />
              </Tile>
            </div>
            <aside className="am-detail-side">
              <Tile>
                <h2>{t('configure.grant')}</h2>
                <Grant grant={installation.grant} />
              </Tile>
              <Tile>
                <h2>{t('configure.history')}</h2>
                {history.results.length === 0 ? <p>{t('configure.history.none')}</p> : (
                  <StructuredListWrapper isCondensed aria-label={t('configure.history')}>
                    <StructuredListBody>
                      {[...history.results].reverse().map((c) => (
                        <StructuredListRow key={c.number}>
                          <StructuredListCell>#{c.number}</StructuredListCell>
                          <StructuredListCell>{when(c.createdAt)}</StructuredListCell>
                          <StructuredListCell title={c.author}>{c.author === user.uuid ? t('audience.me') : short(c.author)}</StructuredListCell>
                        </StructuredListRow>
                      ))}
                    </StructuredListBody>
                  </StructuredListWrapper>
                )}
              </Tile>
            </aside>
          </div>
        </>
      )}
    </Loaded>
  );
}
