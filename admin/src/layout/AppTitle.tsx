/** Whose admin this is: the signed-in user's municipality (`me.tenant.title`), the platform's operation for the operator. */
import { useTranslate } from 'react-admin';
import { isOperator } from '../authProvider';
import { useTenantFace } from '../tenant/useTenantFace';

export function useAppTitle(): string {
  const face = useTenantFace();
  const translate = useTranslate();
  if (face) return face.title;
  return translate(isOperator() ? 'app.tenant.operator' : 'app.tenant.installation');
}

export function AppTitle() {
  return <>{useAppTitle()}</>;
}
