import { useSyncExternalStore } from 'react';

// The task's phone breakpoint: at 576px and below the side menu becomes a drawer.
const PHONE_QUERY = '(max-width: 576px)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(PHONE_QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

export function usePhoneWidth(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(PHONE_QUERY).matches, () => false);
}
