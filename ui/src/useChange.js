import { useCallback, useState } from 'react';

/**
 * One change a page or dialog sends: `run(change)` calls the promise-returning `change`, keeps `busy` while it runs,
 * hands its answer to `onDone`, and keeps the API's error for the page to show (answering false) instead of throwing.
 */
export function useChange(onDone) {
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (change) => {
    setBusy(true);
    setError(null);
    let answer;
    try {
      answer = await change();
    } catch (e) {
      setError(e);
      setBusy(false);
      return false;
    }
    setBusy(false);
    onDone(answer);
    return true;
  }, [onDone]);
  return { run, error, busy, clearError: () => setError(null) };
}
