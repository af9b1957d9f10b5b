// Helpers of the printing spec that are not about the PDFs themselves.
import type { Page } from '@playwright/test';

/** A signature drawn with the mouse, as the sign dialog would send it: a PNG data URL from a canvas. */
export async function drawnSignature(page: Page): Promise<string> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 360;
    canvas.height = 120;
    const g = canvas.getContext('2d')!;
    g.strokeStyle = '#10205a';
    g.lineWidth = 4;
    g.lineCap = 'round';
    g.lineJoin = 'round';
    g.beginPath();
    g.moveTo(20, 80);
    g.bezierCurveTo(40, 10, 70, 10, 75, 70);
    g.bezierCurveTo(80, 110, 110, 40, 130, 45);
    g.bezierCurveTo(150, 50, 140, 95, 170, 80);
    g.bezierCurveTo(200, 60, 210, 20, 235, 40);
    g.bezierCurveTo(255, 60, 250, 90, 285, 70);
    g.quadraticCurveTo(320, 45, 340, 60);
    g.stroke();
    g.beginPath();
    g.moveTo(60, 95);
    g.quadraticCurveTo(190, 105, 330, 88);
    g.stroke();
    return canvas.toDataURL('image/png');
  });
}
