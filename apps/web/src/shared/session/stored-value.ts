/** A string kept in localStorage that components can subscribe to (`useSyncExternalStore`). */
export interface StoredValue {
  get: () => string | null;
  set: (value: string | null) => void;
  subscribe: (listener: () => void) => () => void;
}

function storageAvailable(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage !== null;
  } catch {
    // Some privacy modes throw on mere access.
    return false;
  }
}

export function storedValue(key: string): StoredValue {
  const listeners = new Set<() => void>();
  // Without storage the value lives for this page only.
  let memory: string | null = null;
  const notify = () => listeners.forEach((listener) => listener());
  if (typeof window !== 'undefined') {
    // Another tab changed it: follow, so both tabs act alike.
    window.addEventListener('storage', (event) => {
      if (event.key === key || event.key === null) notify();
    });
  }
  const get = () => {
    if (!storageAvailable()) return memory;
    try {
      // Read through on every call: other tabs (and tests) write localStorage directly.
      return localStorage.getItem(key);
    } catch {
      return memory;
    }
  };
  return {
    get,
    set: (value) => {
      if (get() === value) return;
      memory = value;
      try {
        if (value === null) localStorage.removeItem(key);
        else localStorage.setItem(key, value);
      } catch {
        // Quota or privacy mode: keep the in-memory value.
      }
      notify();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
