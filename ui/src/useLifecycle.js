import { useCallback, useState } from 'react';
import { api } from './api/client.js';

/**
 * Lifecycle actions on installations (disable, enable, uninstall, resume, rollback, …) for a page that lists them:
 * `act(installation, action)` posts it, then reloads the page's list, or keeps the API's error for the page to show.
 */
export function useLifecycle(reload) {
  const [error, setError] = useState(null);
  const act = useCallback(async (installation, action) => {
    setError(null);
    try {
      await api.post(`/installations/${installation.uuid}/${action}`);
      reload();
    } catch (e) {
      setError(e);
    }
  }, [reload]);
  return { act, error, clearError: () => setError(null) };
}
