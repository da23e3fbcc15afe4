import { Button, Form, Link, PasswordInput, Stack, TextInput, Tile } from '@carbon/react';
import { useState } from 'react';
import { here } from '../api/host.js';
import { ErrorNotice } from '../components/common.jsx';
import { t } from '../i18n.js';
import { useSession } from '../session.jsx';

/**
 * Sign-in. The standalone server signs in with its own form (POST /login); inside OpenMRS the user signs in on
 * OpenMRS's page and comes back.
 */
export function SignIn() {
  const { signIn, error: sessionError } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);

  if (here.host === 'openmrs') {
    const back = encodeURIComponent(window.location.pathname + window.location.hash);
    return (
      <main className="am-sign-in">
        <Tile>
          <h1>{t('app.name')}</h1>
          <p>{t('signIn.openmrs')}</p>
          <Link href={`${here.signIn}?redirect_url=${back}`}>{t('signIn.openmrs.link')}</Link>
        </Tile>
      </main>
    );
  }

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
    } catch (e) {
      setError(e);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="am-sign-in">
      <Tile>
        <Form onSubmit={submit} aria-labelledby="sign-in-title">
          <Stack gap={6}>
            <div>
              <p className="am-muted">{t('app.prefix')}</p>
              <h1 id="sign-in-title">{t('app.name')}</h1>
            </div>
            <ErrorNotice error={error || sessionError} title={t('signIn.failed')} />
            <TextInput id="username" name="username" labelText={t('signIn.username')} autoComplete="username"
              value={username} onChange={(e) => setUsername(e.target.value)} required autoFocus />
            <PasswordInput id="password" name="password" labelText={t('signIn.password')}
              autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)}
              required hidePasswordLabel={t('signIn.hidePassword')} showPasswordLabel={t('signIn.showPassword')} />
            <Button type="submit" id="sign-in" disabled={busy || !username || !password}>
              {busy ? t('signIn.busy') : t('signIn.submit')}
            </Button>
          </Stack>
        </Form>
      </Tile>
    </main>
  );
}
