/** Vite's `import.meta.glob`, lazy form (the project's types are Node's, not `vite/client`); an overload, so it merges with admin/src's. */
interface ImportMeta {
  glob<T = unknown>(pattern: string | string[], options?: { import?: string; eager?: false }): Record<string, () => Promise<T>>;
}
