// Where the keyboard's focus is, and whether one can see it (issue 16, accessibility).
import type { Page } from '@playwright/test';

export interface FocusedElement {
  /** A short description of the element: tag, role, test id or name. */
  what: string;
  /** How its focus shows ('outline 2px solid', 'box-shadow', 'border 2px'), or null when nothing shows it. */
  indicator: string | null;
}

/**
 * The focused element and its focus indicator, read from computed styles: an outline (not `none`, wider than 0), a box
 * shadow, or, for a text field, its outline's border grown to 2 px (MUI's focused field). Reads the element itself, the
 * control MUI marks as focused around it, the field around an input, and an outline on a box round it.
 */
export async function focusedElement(page: Page): Promise<FocusedElement | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const what = [
      element.tagName.toLowerCase(),
      element.getAttribute('role') ? `[role=${element.getAttribute('role')}]` : '',
      element.dataset.testid ? `#${element.dataset.testid}` : '',
      ` "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30)}"`,
    ].join('');
    const ring = (target: Element): string | null => {
      const style = getComputedStyle(target);
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return `outline ${style.outlineWidth} ${style.outlineStyle}`;
      if (style.boxShadow !== 'none' && style.boxShadow !== '') return 'box-shadow';
      return null;
    };
    // MUI draws the focus of a checkbox, radio or switch on the control around its input, marked Mui-focusVisible.
    const control = element.closest('.Mui-focusVisible');
    let indicator = ring(element) ?? (control ? ring(control) : null);
    // A text field, or a date field of MUI X (its parts are spin buttons inside the field).
    const field = element.closest('.MuiInputBase-root, .MuiPickersInputBase-root');
    if (!indicator && field) {
      indicator = ring(field);
      const border = field.querySelector(':scope > fieldset');
      if (!indicator && border && parseFloat(getComputedStyle(border).borderTopWidth) >= 2) indicator = 'border 2px';
    }
    // A box drawn round the field (the top bar's search): an outline on a box the focus is within.
    for (let box = element.parentElement; !indicator && box && box !== document.body; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) indicator = `outline ${style.outlineWidth} ${style.outlineStyle} round it`;
    }
    return { what, indicator };
  });
}

/** Presses Tab `times` times, reading each element the focus lands on. */
export async function tabThrough(page: Page, times: number): Promise<FocusedElement[]> {
  const seen: FocusedElement[] = [];
  for (let i = 0; i < times; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await focusedElement(page);
    if (focused) seen.push(focused);
  }
  return seen;
}
