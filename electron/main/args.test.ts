import { describe, expect, it } from 'vitest';
import { optionValue, requestedDataDir } from './args';

describe('the desktop app’s command line', () => {
  it('reads --data-dir in both spellings among Chromium switches, the last one winning', () => {
    expect(optionValue(['electron', '.', '--no-sandbox', '--data-dir', '/srv/desk'], 'data-dir')).toBe('/srv/desk');
    expect(optionValue(['app.exe', '--data-dir=D:\\售后数据'], 'data-dir')).toBe('D:\\售后数据');
    expect(optionValue(['x', '--data-dir=/a', '--data-dir', '/b'], 'data-dir')).toBe('/b');
    expect(optionValue(['x', '--data-dir', '--demo'], 'data-dir')).toBeUndefined();
    expect(optionValue(['x', '--data-directory=/a'], 'data-dir')).toBeUndefined();
  });

  it('prefers the argument to AFTERSALES_DATA_DIR and returns null for the default folder', () => {
    expect(requestedDataDir(['x', '--data-dir', '/a'], { AFTERSALES_DATA_DIR: '/b' })).toBe('/a');
    expect(requestedDataDir(['x'], { AFTERSALES_DATA_DIR: '/b' })).toBe('/b');
    expect(requestedDataDir(['x'], { AFTERSALES_DATA_DIR: '' })).toBeNull();
  });
});
