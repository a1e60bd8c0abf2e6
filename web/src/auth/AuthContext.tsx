import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import { accountApi } from '../api/admin.js';
import { authApi, type SessionUser } from '../api/endpoints.js';

interface AuthState {
  /** undefined while the session is being checked, null when anonymous. */
  user: SessionUser | null | undefined;
  login: (username: string, password: string) => Promise<SessionUser>;
  logout: () => Promise<void>;
  /** Logout on every device (every session of the account). */
  logoutAll: () => Promise<void>;
  /** The user as the server now answers (after a password change). */
  setUser: (u: SessionUser | null) => void;
  /** Officers and administrators may create, edit and delete cases and import bulletins. */
  canEdit: boolean;
  /** A signed-in user of the police side: sees internal cases; an `operator` (合规自查) sees what the public sees. */
  staff: boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    authApi.me().then(
      (u) => live && setUser(u),
      (e: unknown) => {
        if (!live) return;
        setUser(null);
        if (!(e instanceof ApiError && e.status === 401)) console.error('会话检查失败', e);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const { user: u } = await authApi.login(username, password);
    setUser(u);
    return u;
  }, []);

  const logout = useCallback(async () => {
    await authApi.logout();
    setUser(null);
  }, []);

  const logoutAll = useCallback(async () => {
    await accountApi.logoutAll();
    setUser(null);
  }, []);

  const value = useMemo<AuthState>(
    () => ({
      user,
      login,
      logout,
      logoutAll,
      setUser,
      canEdit: user?.role === 'admin' || user?.role === 'officer',
      staff: !!user && user.role !== 'operator',
    }),
    [user, login, logout, logoutAll],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
