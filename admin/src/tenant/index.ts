import { lazyPage } from '../common/lazyPage';
const TenantSettingsEdit = lazyPage(() => import('./TenantSettingsEdit'), 'TenantSettingsEdit');
const TenantSettingsShow = lazyPage(() => import('./TenantSettingsShow'), 'TenantSettingsShow');
/**
 * The own municipality's settings: one record (GET/PUT /v1/tenant) under the tenant's id, edited by its
 * admins and shown to leadership; no list or create. The menu links it (layout/AppLayout.tsx).
 */
export default { name: 'tenant', edit: TenantSettingsEdit, show: TenantSettingsShow };
