// A workspace whose clock the test sets (China Standard Time), so audit rows land on chosen instants; spaces
// written through the one space writer (form style: a row per field; import style: one '*' row).
import { afterAll, beforeAll } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { writeSpace } from '../../../electron/services/customerSpaces/spaceWriter';
import { customerSpaceSchema, type StoredCustomerSpace } from '../../../shared/records/customerSpace';
import { SAMPLE_UNIT } from '../../support/sampleData';
import { tempWorkspace } from '../../support/tempWorkspace';
import { withCheck } from '../../support/independentMod11';

/** '2026-10-31 23:59' (CST) → the instant. */
export const cst = (t: string) => new Date(Date.parse(`${t.replace(' ', 'T')}:00.000+08:00`));

export const residentId = (n: number) => withCheck(`35020319800101${String(n).padStart(3, '0')}`);

export function spaceInput(n: number, over: Record<string, unknown> = {}) {
  return customerSpaceSchema.parse({
    spaceCode: `XM-IDC-${String(n).padStart(6, '0')}`,
    renterKind: '个人',
    renterName: `张示例${n}`,
    renterIdType: '居民身份证',
    renterIdNumber: residentId((n % 899) + 1),
    openedOn: '2026-10-01',
    ...over,
  });
}

export function reportWorkspace() {
  const ws = tempWorkspace();
  let host: ApiHost;
  let now = cst('2026-09-01 09:00');
  beforeAll(async () => {
    host = await openApiHost(ws.dir, { clock: () => now });
  });
  afterAll(async () => {
    await host.close();
    ws.remove();
  });
  const api = {
    get host() {
      return host;
    },
    setNow(t: string) {
      now = cst(t);
    },
    async ok<T>(method: string, input: unknown): Promise<T> {
      const reply = await host.dispatch(method, input, { transport: 'test' });
      if (!reply.ok) throw new Error(`${method} refused: ${reply.error.message} (${reply.error.field ?? ''})`);
      return reply.result as T;
    },
    async refused(method: string, input: unknown) {
      const reply = await host.dispatch(method, input, { transport: 'test' });
      if (reply.ok) throw new Error(`${method} was accepted`);
      return reply.error;
    },
    /** Spaces written in one transaction; `imported`: the importer's one '*' audit row per space. */
    writeSpaces(inputs: (ReturnType<typeof spaceInput> & { id?: string })[], imported = false): Promise<StoredCustomerSpace[]> {
      return host.session.store.mutate((tx) => inputs.map((s) => writeSpace(tx, s, { compactAudit: imported })));
    },
    async saveUnit() {
      await api.ok('unit.save', SAMPLE_UNIT);
    },
  };
  return api;
}

export const SERVER = {
  assetNo: 'A-001',
  hostname: 'web1.example.com',
  ips: ['192.0.2.1'],
  rack: 'A01-01U',
  purposes: ['网站/虚拟空间'],
  onlineDate: '2026-09-01',
  filedOn: '2026-09-10',
  managers: [],
};
