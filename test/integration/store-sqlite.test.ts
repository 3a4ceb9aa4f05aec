import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { describeStoreContract } from '../helpers/store-contract.js';

describeStoreContract('SQLite file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-contract-'));
  const path = join(dir, 'r.db');
  return {
    open: async () => openSqliteStore(path),
    reopen: async () => openSqliteStore(path),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
