/** The signed-in user's tenant (title, colours, logo) for the layout, following sign-in, sign-out and changes to its look. */
import { useMemo, useSyncExternalStore } from 'react';
import { ME_CHANGED, storedMe, tenantFace, type TenantFace } from '../authProvider';

function subscribe(onChange: () => void) {
  // Another tab signing in or out changes the stored answer too.
  window.addEventListener(ME_CHANGED, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(ME_CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}

export function useTenantFace(): TenantFace | null {
  const raw = useSyncExternalStore(subscribe, storedMe);
  return useMemo(() => (raw ? tenantFace() : null), [raw]);
}
