// Starts `guichet demo` (or any program honouring the same contract) on a free
// loopback port with a fresh data directory, waits for /readyz, parses the
// demo accounts it prints, and stops it with SIGTERM.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const ROLES = ['reception', 'social-worker', 'health-worker', 'coordinator', 'dpo', 'admin', 'volunteer'];

const ACCOUNT_LINE = /^\s*([a-z-]+): (\S+) \/ (\S+)\s*$/;

export function guichetBin() {
  if (process.env.GUICHET_BIN) return process.env.GUICHET_BIN;
  const target = process.env.CARGO_TARGET_DIR
    ? path.resolve(REPO_ROOT, process.env.CARGO_TARGET_DIR)
    : path.join(REPO_ROOT, 'target');
  return path.join(target, 'debug', 'guichet');
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Parses `  ROLE: USERNAME / PASSWORD` lines into { role: { username, password } }. */
export function parseAccounts(text) {
  const accounts = {};
  for (const line of text.split(/\r?\n/)) {
    const m = ACCOUNT_LINE.exec(line);
    if (m && ROLES.includes(m[1])) accounts[m[1]] = { username: m[2], password: m[3] };
  }
  return accounts;
}

/**
 * @param {object} [opts]
 * @param {string} [opts.bin]          program to run (default: GUICHET_BIN or target/debug/guichet)
 * @param {string[]} [opts.preArgs]    arguments before `demo` (used by the harness self-test)
 * @param {string} [opts.databaseUrl]  GUICHET_DATABASE_URL for the server (default: GUICHET_E2E_DATABASE_URL, else SQLite)
 * @param {number} [opts.readyTimeoutMs]
 * @param {string[]} [opts.args]       arguments after `demo` (e.g. `--clock-file FILE`)
 * @param {object} [opts.env]          more environment for the server (e.g. GUICHET_CONFIG)
 */
export async function startGuichet(opts = {}) {
  const bin = opts.bin ?? guichetBin();
  if (!existsSync(bin)) {
    throw new Error(`guichet binary not found at ${bin} (build it with \`cargo build\`, or set GUICHET_BIN)`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'guichet-e2e-'));
  const env = { ...process.env };
  delete env.GUICHET_DATABASE_URL;
  const databaseUrl = opts.databaseUrl ?? process.env.GUICHET_E2E_DATABASE_URL;
  if (databaseUrl) env.GUICHET_DATABASE_URL = databaseUrl;
  env.RUST_LOG ??= 'warn';
  Object.assign(env, opts.env ?? {});
  const args = [...(opts.preArgs ?? []), 'demo', '--bind', `127.0.0.1:${port}`, '--data-dir', dataDir, ...(opts.args ?? [])];
  const child = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });

  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
  child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
  let exit = null;
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => { exit = { code, signal }; resolve(exit); });
    child.on('error', (err) => { exit = { code: null, signal: null, error: err }; resolve(exit); });
  });

  const baseURL = `http://127.0.0.1:${port}`;
  const describe = (why) => [
    `${why}`,
    `command: ${bin} ${args.join(' ')}${databaseUrl ? ` (GUICHET_DATABASE_URL=${databaseUrl})` : ''}`,
    `exit: ${exit ? JSON.stringify({ code: exit.code, signal: exit.signal, error: exit.error?.message }) : 'still running'}`,
    `--- stdout ---\n${stdout.slice(-8000) || '(empty)'}`,
    `--- stderr ---\n${stderr.slice(-8000) || '(empty)'}`,
  ].join('\n');

  const server = {
    baseURL,
    port,
    dataDir,
    databaseUrl,
    accounts: {},
    child,
    output: () => ({ stdout, stderr }),
    /** Lines of the server log that report a translation problem (a missing key, a
     *  message given the wrong arguments): every page must be written in full. */
    translationProblems: () => stderr
      .split(/\r?\n/)
      .filter((l) => /missing translation|translation error/.test(l)),
    describe,
    /** SIGTERM, then wait; resolves to { code, signal, ms, forced }. */
    async stop(timeoutMs = 15000) {
      const t0 = Date.now();
      let forced = false;
      if (!exit) {
        child.kill('SIGTERM');
        let timer;
        const res = await Promise.race([
          exited,
          new Promise((r) => { timer = setTimeout(() => r(null), timeoutMs); }),
        ]);
        clearTimeout(timer);
        if (!res) {
          forced = true;
          child.kill('SIGKILL');
          await exited;
        }
      }
      if (!opts.keepDataDir) rmSync(dataDir, { recursive: true, force: true });
      return { ...exit, ms: Date.now() - t0, forced };
    },
  };

  const readyTimeout = opts.readyTimeoutMs ?? 180_000;
  const deadline = Date.now() + readyTimeout;
  let lastErr = '';
  for (;;) {
    if (exit) {
      throw new Error(describe('guichet demo exited before /readyz answered 200'));
    }
    if (Date.now() > deadline) {
      await server.stop(2000);
      throw new Error(describe(`guichet demo: /readyz did not answer 200 within ${readyTimeout / 1000}s (last: ${lastErr})`));
    }
    try {
      const res = await fetch(`${baseURL}/readyz`, { signal: AbortSignal.timeout(5000) });
      if (res.status === 200) break;
      lastErr = `HTTP ${res.status}`;
    } catch (err) {
      lastErr = err.cause?.code ?? err.message;
    }
    await sleep(200);
  }

  // The account lines may be printed just before or just after readiness.
  const accountsDeadline = Date.now() + 10_000;
  for (;;) {
    server.accounts = parseAccounts(stdout);
    if (ROLES.every((r) => server.accounts[r])) break;
    if (Date.now() > accountsDeadline || exit) {
      const missing = ROLES.filter((r) => !server.accounts[r]);
      await server.stop(5000);
      throw new Error(describe(
        `guichet demo printed no parseable account line for: ${missing.join(', ')} ` +
        '(expected lines like "  reception: USERNAME / PASSWORD")'));
    }
    await sleep(100);
  }
  return server;
}
