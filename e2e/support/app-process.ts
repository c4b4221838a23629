import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';

/**
 * A second eCAF server of the test's own, which the test can stop and start again on the same
 * database: the shared server of the run must stay up for the other tests.
 */
/** A port nothing listens on now, kept for the server's restarts (the browser's address). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export class AppProcess {
  private child: ChildProcess | null = null;

  constructor(
    readonly port: number,
    /** Names the kept database ([a-z0-9_]); see E2E_KEEP_DATA in start-server.ts. */
    readonly dataName: string,
  ) {}

  get baseURL() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start() {
    const child = spawn('pnpm', ['exec', 'tsx', 'support/start-server.ts'], {
      cwd: join(import.meta.dirname, '..'),
      env: { ...process.env, E2E_PORT: String(this.port), E2E_KEEP_DATA: this.dataName },
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.child = child;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${stderr}`);
      const healthy = await fetch(`${this.baseURL}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (healthy) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('the server did not become healthy in 90 seconds');
  }

  /** Stops it as a process manager does: SIGTERM to the process group, then waits for the exit. */
  async stop() {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
    this.child = null;
  }

  /** Stops it and removes its kept database. */
  async destroy() {
    await this.stop();
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) {
      rmSync(join(tmpdir(), `ecaf-e2e-kept-${this.dataName}`), { recursive: true, force: true });
      return;
    }
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ecaf_e2e_kept_${this.dataName} with (force)`);
    await admin.end();
  }
}
