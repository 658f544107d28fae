import { useCallback, useEffect, useState } from 'react';

export type ServiceState = 'up' | 'down' | 'unknown';

export interface SystemHealth {
  api: ServiceState;
  database: ServiceState;
}

/** A health check that has not answered by then counts as the API being unavailable. */
export const HEALTH_TIMEOUT_MS = 10_000;

/**
 * Asks `GET /health` (`{"status":"ok","database":"up"}`, or 503 with `"database":"down"`).
 * Any JSON answer means the API is up; no answer, or one that is not the API's JSON (a proxy's
 * error page), means it is down and the database state is unknown. Never rejects.
 */
export async function fetchSystemHealth(signal: AbortSignal): Promise<SystemHealth> {
  try {
    const response = await fetch('/health', { signal, cache: 'no-store', headers: { Accept: 'application/json' } });
    const body: unknown = await response.json();
    const database = typeof body === 'object' && body !== null && 'database' in body && body.database === 'up' ? 'up' : 'down';
    return { api: 'up', database };
  } catch {
    return { api: 'down', database: 'unknown' };
  }
}

/** The last health answer (undefined before the first) and whether a check is running. */
export function useSystemHealth() {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ attempt: number; health: SystemHealth }>();

  useEffect(() => {
    const controller = new AbortController();
    let cancelled = false;
    const timer = setTimeout(() => controller.abort(), HEALTH_TIMEOUT_MS);
    void fetchSystemHealth(controller.signal).then((health) => {
      if (!cancelled) setResult({ attempt, health });
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      controller.abort();
    };
  }, [attempt]);

  const retry = useCallback(() => setAttempt((current) => current + 1), []);
  return { health: result?.health, checking: result?.attempt !== attempt, retry };
}
