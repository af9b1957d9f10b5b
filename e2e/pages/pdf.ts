// Reading the PDFs the print routes produce, with poppler-utils (pdftotext, pdfinfo, pdffonts, pdfimages, pdftoppm).
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
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
