import { InlineNotification, Loading, Tag } from '@carbon/react';
import { t } from '../i18n.js';

/** An API error, with the list of field errors when the API gave one. */
export function ErrorNotice({ error, title, onClose }) {
  if (!error) {
    return null;
  }
  const details = error.errors && error.errors.length ? error.errors : [];
  return (
    <InlineNotification kind="error" lowContrast role="alert" title={title || t('error.title')}
      subtitle={(
        <span>
          {error.message}
          {error.code ? <span className="am-muted"> ({error.code})</span> : null}
          {details.length > 0 && (
            <ul className="am-error-list">
              {details.map((d, i) => (
                // eslint-disable-next-line react/no-array-index-key
                <li key={i}>{d.field ? <code>{d.field}</code> : null} {d.message}</li>
              ))}
            </ul>
          )}
        </span>
      )}
      hideCloseButton={!onClose} onCloseButtonClick={onClose} />
  );
}

/** A page's loading state, error, or content. */
export function Loaded({ state, children }) {
  if (state.error) {
    return <ErrorNotice error={state.error} />;
  }
  if (state.loading && !state.data) {
    return <Loading withOverlay={false} small description={t('loading')} />;
  }
  return children(state.data);
}

const STATE_TAGS = {
  ACTIVE: 'green',
  PENDING_APPROVAL: 'blue',
  DISABLED: 'gray',
  DENIED: 'red',
  SUSPENDED: 'magenta',
  UNINSTALLED: 'cool-gray',
};

/** An installation state as a coloured tag. */
export function StateTag({ state }) {
  return <Tag type={STATE_TAGS[state] || 'gray'} size="sm" data-state={state}>{t(`state.${state}`)}</Tag>;
}

const OUTCOME_TAGS = { PERMIT: 'green', DENY: 'red', ERROR: 'magenta' };

export function OutcomeTag({ outcome }) {
  return <Tag type={OUTCOME_TAGS[outcome] || 'gray'} size="sm">{t(`outcome.${outcome}`)}</Tag>;
}

/** Signed or unsigned, as the catalog shows it. */
export function SignedTag({ signed }) {
  return signed
    ? <Tag type="green" size="sm" className="am-signed">{t('catalog.signed')}</Tag>
    : <Tag type="warm-gray" size="sm" className="am-unsigned">{t('catalog.unsigned')}</Tag>;
}

/** The page title and, below it, what the page is for. */
export function PageHeading({ title, intro, children }) {
  return (
    <div className="am-page-heading">
      <div>
        <h1>{title}</h1>
        {intro && <p className="am-intro">{intro}</p>}
      </div>
      {children && <div className="am-page-actions">{children}</div>}
    </div>
  );
}
