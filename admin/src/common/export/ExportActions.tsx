/**
 * react-admin's default list toolbar (filter button, create button) with the export menu in place of
 * its CSV-only export button; `children` come before the export (a list's own actions).
 */
import type { ReactNode } from 'react';
import { CreateButton, FilterButton, TopToolbar, useFilterContext, useResourceDefinition } from 'react-admin';
import { ExportButtons } from './ExportButtons';

export function ExportActions({ children, create = true }: { children?: ReactNode; create?: boolean }) {
  const filters = useFilterContext();
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {filters && <FilterButton />}
      {create && hasCreate && <CreateButton />}
      {children}
      <ExportButtons />
    </TopToolbar>
  );
}
