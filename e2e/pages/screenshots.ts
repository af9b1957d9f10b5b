// Screenshots of each screen in each language, kept as test artifacts in artifacts/screenshots/.
import type { Page } from '@playwright/test';
import { motionSettled } from './motion';

export type UiLanguage = 'zh-CN' | 'en';

export async function screenshot(page: Page, screen: string, language: UiLanguage): Promise<void> {
  // Glyphs of the bundled CJK font arrive in subsets as the text needs them; wait for them, then for the layout to settle.
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  // Away from any button, so no tooltip or hover shade is in the picture.
  await page.mouse.move(1, 899);
  await motionSettled(page);
  await page.screenshot({ path: `artifacts/screenshots/${screen}-${language}.png`, fullPage: false });
}
