/** Vite's `import.meta.glob` (the project's types are Node's, not `vite/client`): the lazy form only. */
interface ImportMeta {
  glob<T = unknown>(pattern: string | string[], options?: { import?: string; eager?: false }): Record<string, () => Promise<T>>;
}
