/** axe-core in a browser test: the WCAG 2.1 A and AA violations of a page (or of the part `include` selects), one line each. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export async function violations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const result = await (include ? builder.include(include) : builder).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}
