import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveRendererRequest, SECURITY_HEADERS } from './renderer-files';

const root = resolve('/opt/desk/dist/renderer');

describe('app:// requests map to files of the built renderer', () => {
  it('serves index.html for the root and files as they are', () => {
    expect(resolveRendererRequest(root, 'app://desk/')).toEqual({ kind: 'file', path: join(root, 'index.html'), fallback: null });
    expect(resolveRendererRequest(root, 'app://desk/assets/index-abc.js?v=1')).toEqual({
      kind: 'file',
      path: join(root, 'assets', 'index-abc.js'),
      fallback: null,
    });
  });

  it('answers client-side routes with index.html when no such file exists', () => {
    expect(resolveRendererRequest(root, 'app://desk/admin/users')).toEqual({
      kind: 'file',
      path: join(root, 'admin', 'users'),
      fallback: join(root, 'index.html'),
    });
  });

  it('decodes percent-encoded names (Chinese file names)', () => {
    const request = resolveRendererRequest(root, `app://desk/assets/${encodeURIComponent('字体.woff2')}`);
    expect(request).toMatchObject({ kind: 'file', path: join(root, 'assets', '字体.woff2') });
  });

  it('never answers with a file outside the folder', () => {
    for (const url of [
      'app://desk/../../etc/passwd',
      'app://desk/%2e%2e/%2e%2e/etc/passwd',
      'app://desk/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://desk/..%5c..%5cwindows%5cwin.ini',
      'app://desk/assets/%00.js',
    ]) {
      const request = resolveRendererRequest(root, url);
      if (request.kind === 'file') expect(request.path.startsWith(root + sep), url).toBe(true);
    }
  });

  it('refuses encoded dot-dot segments, backslashes and NUL bytes outright', () => {
    expect(resolveRendererRequest(root, 'app://desk/assets/..%2f..%2f..%2fetc%2fpasswd')).toEqual({ kind: 'refused', status: 403 });
    expect(resolveRendererRequest(root, 'app://desk/..%5c..%5cwin.ini')).toEqual({ kind: 'refused', status: 403 });
    expect(resolveRendererRequest(root, 'app://desk/assets/%00.js')).toEqual({ kind: 'refused', status: 403 });
    expect(resolveRendererRequest(root, 'app://desk/%E0%A4%A')).toEqual({ kind: 'refused', status: 400 });
    expect(resolveRendererRequest(root, 'app://other/index.html')).toEqual({ kind: 'refused', status: 404 });
  });

  it('labels content types and sends the CSP', () => {
    expect(contentTypeOf('a/index.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('font.woff2')).toBe('font/woff2');
    expect(contentTypeOf('blob.bin')).toBe('application/octet-stream');
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("script-src 'self'");
  });
});
