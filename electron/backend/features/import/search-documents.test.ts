import { describe, expect, it } from 'vitest';
import { nameReadings } from './name-readings';
import { SearchDocumentsInWorker } from './search-documents';

describe('search documents and sort keys built in a worker thread', () => {
  it('are those built here, in the order asked, surnames, ü and empty names included', async () => {
    const names = ['中国移动', '单雄信', '吕明', '', 'ＡＢＣ（上海）科技有限公司', '长沙银行', '重庆 88 号'];
    const kinds = ['organization', 'individual', 'individual', 'organization', 'organization', 'organization', 'individual'];
    const job = new SearchDocumentsInWorker({ names, kinds });
    const readings = await job.take();
    expect(job.builtBy).toBe('worker');
    expect(readings).toEqual(names.map((name, i) => nameReadings(name, kinds[i]!)));
  });

  it('are none for no names, and no worker is started for them', async () => {
    const job = new SearchDocumentsInWorker({ names: [], kinds: [] });
    expect(await job.take()).toEqual([]);
  });
});
