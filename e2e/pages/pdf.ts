// Reading the PDFs the print routes produce, with poppler-utils (pdftotext, pdfinfo, pdffonts, pdfimages, pdftoppm).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const TOOLS = ['pdftotext', 'pdfinfo', 'pdffonts', 'pdfimages', 'pdftoppm'] as const;

/** Why the PDFs cannot be checked here, or null: the tools come from Debian's poppler-utils (CI installs it). */
export function missingPdfTools(): string | null {
  const missing = TOOLS.filter((tool) => spawnSync(tool, ['-v'], { encoding: 'utf8' }).error !== undefined);
  return missing.length === 0 ? null : `${missing.join(', ')} not found: install poppler-utils (apt-get install -y poppler-utils)`;
}

function run(tool: (typeof TOOLS)[number], args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${tool} could not run: ${result.error.message}. ${missingPdfTools() ?? ''}`);
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** The text of the whole PDF, or of one page. */
export function pdfText(file: string, page?: number): string {
  return run('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-enc', 'UTF-8', file, '-']);
}

/** Text without any white space: a value broken over two lines of a box still reads as one. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

export function pdfPages(file: string): number {
  const match = /^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]));
  if (!match) throw new Error(`pdfinfo did not say how many pages ${file} has`);
  return Number(match[1]);
}

/** The page size in points, [width, height]. */
export function pdfPageSize(file: string): [number, number] {
  const match = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(run('pdfinfo', [file]));
  if (!match) throw new Error(`pdfinfo did not give the page size of ${file}`);
  return [Number(match[1]), Number(match[2])];
}

/** The names of the fonts embedded in the PDF. */
export function pdfFonts(file: string): string[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter((name) => name !== '');
}

/** How many images the PDF holds (a drawn signature is one). */
export function pdfImageCount(file: string): number {
  return run('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '').length;
}

/** Renders every page to `<file without .pdf>-<n>.png` at 80 dpi, next to the PDF; returns their paths. */
export function pdfToPngs(file: string): string[] {
  const prefix = file.replace(/\.pdf$/, '');
  const stem = basename(prefix);
  const pages = () => readdirSync(dirname(file)).filter((name) => name.startsWith(`${stem}-`) && /^\d+\.png$/.test(name.slice(stem.length + 1)));
  // Pictures of an earlier, longer run of the same name would pass for pages of this one.
  for (const old of pages()) rmSync(join(dirname(file), old));
  run('pdftoppm', ['-png', '-r', '80', file, prefix]);
  return pages()
    .sort()
    .map((name) => join(dirname(file), name));
}

/** A page of the PDF in grey levels (0 black, 255 white), rendered by pdftoppm at `dpi`. */
export function pdfGreyPage(file: string, page: number, dpi: number): { width: number; height: number; pixels: Uint8Array } {
  const prefix = file.replace(/\.pdf$/, `-grey-${page}`);
  run('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  const data = readFileSync(`${prefix}.pgm`);
  rmSync(`${prefix}.pgm`);
  // Binary PGM: "P5", width, height, maximum value, each after white space, then one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`pdftoppm did not write a grey map for ${file}`);
  const [width, height] = [Number(header[1]), Number(header[2])];
  return { width, height, pixels: new Uint8Array(data.buffer, data.byteOffset + header[0].length, width * height) };
}

/**
 * The vertical lines of a rendered page at least `minLength` pixels long (a table's borders, not text): for each, where
 * it starts and how many pixels wide it is, left to right. A pixel is part of a line when darker than mid-grey.
 */
export function verticalLines(page: { width: number; height: number; pixels: Uint8Array }, minLength: number): Array<{ x: number; width: number }> {
  const long: boolean[] = [];
  for (let x = 0; x < page.width; x += 1) {
    let run = 0;
    let longest = 0;
    for (let y = 0; y < page.height; y += 1) {
      run = page.pixels[y * page.width + x]! < 128 ? run + 1 : 0;
      if (run > longest) longest = run;
    }
    long.push(longest >= minLength);
  }
  const lines: Array<{ x: number; width: number }> = [];
  long.forEach((isLine, x) => {
    if (!isLine) return;
    const last = lines[lines.length - 1];
    if (last && last.x + last.width === x) last.width += 1;
    else lines.push({ x, width: 1 });
  });
  return lines;
}
