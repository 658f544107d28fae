import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

/**
 * A field typed into locally and committed after a pause. When the committed value changes from
 * elsewhere (back/forward, "clear filters"), the field follows it — unless it already says the same
 * thing (`same`: "thong minh " is the committed "thong minh" still being typed).
 */
export function useDebouncedField<T>(committed: T, commit: (value: T) => void, delay: number, same: (committed: T, local: T) => boolean = Object.is) {
  const [value, setValue] = useState(committed);
  const [lastCommitted, setLastCommitted] = useState(committed);
  const debounced = useDebouncedCallback(commit, delay);
  if (!Object.is(committed, lastCommitted)) {
    // Adjusting state while rendering: the address changed under the field.
    setLastCommitted(committed);
    if (!same(committed, value)) {
      setValue(committed);
      debounced.cancel();
    }
  }
  const change = (next: T) => {
    setValue(next);
    debounced(next);
  };
  return { value, change, flush: debounced.flush };
}
