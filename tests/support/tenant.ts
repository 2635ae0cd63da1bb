/** Test processes act for Hamm outside requests, as scripts do (shared/tenancy/scope.ts). */
import { setProcessTenant } from '../../shared/tenancy/scope.ts';
import { FIRST_TENANT } from '../../shared/tenancy/tenant.ts';

setProcessTenant(FIRST_TENANT);
