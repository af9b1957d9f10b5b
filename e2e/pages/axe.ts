// The axe-core check of a screen (issue 16, accessibility): WCAG 2.0/2.1 A and AA rules, serious and critical only.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { motionSettled } from './motion';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

/** Waits until the screen has drawn what it loads: its title (or `ready`) is shown and no spinner is left. */
export async function settled(page: Page, ready = page.getByTestId('page-title').first()): Promise<void> {
  await expect(ready).toBeVisible();
  await expect(page.locator('[role="progressbar"]:visible')).toHaveCount(0);
  // A dialog or menu that opens (or closes) is drawn through a transition; axe would see it half-faded.
  await motionSettled(page);
}

/** The serious and critical violations on the page as it is, one readable line per element (none: an empty list). */
export async function axeViolations(page: Page, screen: string): Promise<string[]> {
  // Only the violations come back: the passes of every node of a large screen take longer to gather than the check.
  const results = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).analyze();
  const lines: string[] = [];
  for (const violation of results.violations) {
    if (!BLOCKING.has(violation.impact ?? '')) continue;
    for (const node of violation.nodes) {
      const why = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      lines.push(`[${screen}] ${violation.impact} ${violation.id} (${violation.help}) at ${node.target.join(' ')}: ${node.html.slice(0, 160)} — ${why}`);
    }
  }
  return lines;
}
