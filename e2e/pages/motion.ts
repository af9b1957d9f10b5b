// Waiting for the screen to stop moving, instead of a fixed pause: a screenshot or an axe check wants the hover shade
// faded, the tooltip gone and the dialog fully drawn, and that takes as long as the transitions that are running.
import type { Page } from '@playwright/test';

/**
 * Resolves when no finite animation or CSS transition is running (MUI's fades, grows, slides, ripples and hover shades
 * are all of them), looked at again two frames after each wait so that one a state change is about to start is seen
 * too. Endless ones (a progress spinner, a skeleton's pulse) are not waited for.
 */
export async function motionSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // A frame, or 50 ms where the page draws none (a page that is not in front).
    const frame = () => new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 50);
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    for (let round = 0; round < 20; round += 1) {
      await frame();
      await frame();
      const moving = document.getAnimations().filter((animation) => {
        if (animation.playState !== 'running' && !animation.pending) return false;
        const end = animation.effect?.getComputedTiming().endTime;
        return typeof end === 'number' && Number.isFinite(end);
      });
      if (moving.length === 0) return;
      await Promise.all(moving.map((animation) => animation.finished.catch(() => undefined)));
    }
  });
}
