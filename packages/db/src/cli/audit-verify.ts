import { existsSync } from 'node:fs';
import { verifyAuditChain } from '../queries/audit';
import { configuredDatabase, describeDatabase, openConfiguredDatabase } from './open-configured-database';

/**
 * `pnpm audit:verify` (AU-1): walks the audit trail's hash chain and reports the first event
 * that does not match. Exit code 0 when intact, 1 when broken or the check could not run.
 */
async function main(): Promise<number> {
  const config = configuredDatabase();
  if (config.kind === 'pglite' && !existsSync(config.dataDir)) {
    process.stderr.write(`No database found: ${describeDatabase(config)} does not exist.\n`);
    return 1;
  }
  const handle = openConfiguredDatabase(config, { maxConnections: 1 });
  try {
    const result = await verifyAuditChain(handle.db);
    if (result.ok) {
      process.stdout.write(`Audit chain intact: ${result.events} events\n`);
      return 0;
    }
    process.stdout.write(
      `Audit chain broken at event #${result.brokenAtId}: ${result.problem} (checked ${result.events} events)\n`,
    );
    return 1;
  } catch (error) {
    process.stderr.write(`Could not verify the audit chain in ${describeDatabase(config)}: ${String(error)}\n`);
    return 1;
  } finally {
    await handle.close();
  }
}

process.exitCode = await main();
