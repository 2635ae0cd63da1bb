/**
 * A page loaded when first shown (route-level code splitting): the admin's initial JavaScript
 * carries react-admin and the layout, each resource's pages come in their own chunk, and with
 * them what only they use (charts, the network graph, the map). react-admin's Layout suspends.
 */
import { lazy, type ComponentType } from 'react';

export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string): ComponentType<any> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<any> }));
}
