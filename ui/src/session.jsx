import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, whenSignedOut } from './api/client.js';

/** The signed-in user ({uuid, username, displayName, privileges}) for every page, and sign-in and sign-out. */
const SessionContext = createContext(null);

export function SessionProvider({ children }) {
  const [state, setState] = useState({ loading: true, user: null, error: null });

  useEffect(() => {
    whenSignedOut(() => setState({ loading: false, user: null, error: null }));
    api.session().then(
      (user) => setState({ loading: false, user, error: null }),
      (error) => setState({ loading: false, user: null, error }),
    );
  }, []);

  const signIn = useCallback(async (username, password) => {
    const user = await api.signIn(username, password);
    setState({ loading: false, user, error: null });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } finally {
      setState({ loading: false, user: null, error: null });
      await api.session().catch(() => null);
    }
  }, []);

  const value = useMemo(() => {
    const privileges = new Set(state.user ? state.user.privileges : []);
    return { ...state, privileges, can: (p) => privileges.has(p), signIn, signOut };
  }, [state, signIn, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** @returns the session: user, privileges, can(privilege), signIn, signOut */
export function useSession() {
  return useContext(SessionContext);
}
