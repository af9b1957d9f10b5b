// Picking an item of a menu (a select's list, the user menu) so that the pick holds.
import { expect, type Locator } from '@playwright/test';

/**
 * Opens the menu with `opener`, clicks `item` and waits for `effect`. A screen that renders anew at that moment (it
 * checks a file again, or refetches after a save) can replace the menu under the click, which is then lost and the menu
 * stays open (seen in CI on the import mapping and on signing out): the pick is made again until the effect is seen.
 */
export async function pickFromMenu(opener: Locator, item: Locator, effect: () => Promise<void>): Promise<void> {
  await expect(async () => {
    if (!(await item.isVisible()) && (await opener.isVisible())) await opener.click({ timeout: 3_000 });
    if (await item.isVisible()) await item.click({ timeout: 3_000 });
    await effect();
  }).toPass({ timeout: 20_000 });
}
