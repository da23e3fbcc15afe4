// Installs the locked dependencies with `npm ci`, unless node_modules already holds exactly what package-lock.json
// pins (a stamp of the lock file's hash, written after a successful install), so that a rebuild does not reinstall.
// `npm ci` prefers the local npm cache and is tried twice, so that a brief registry outage does not fail the build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const STAMP = 'node_modules/.addonmarket-lock.sha256';
const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');

if (existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === lockHash) {
  console.log('UI dependencies are up to date with package-lock.json');
  process.exit(0);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const args = ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
for (let attempt = 1; attempt <= 2; attempt++) {
  const result = spawnSync(npm, args, { stdio: 'inherit', env: { ...process.env, IBM_TELEMETRY_DISABLED: 'true' } });
  if (result.status === 0) {
    writeFileSync(STAMP, `${lockHash}\n`);
    process.exit(0);
  }
  console.error(`npm ci failed (attempt ${attempt} of 2)`);
}
process.exit(1);
