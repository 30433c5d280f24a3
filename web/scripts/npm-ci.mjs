// `npm ci`, skipped when node_modules was installed from this very package-lock.json (a stamp
// file keeps its hash), so repeated Maven builds do not reinstall 80 MB each time.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const lock = readFileSync('package-lock.json');
const hash = createHash('sha256').update(lock).update(process.version).digest('hex');
const stamp = 'node_modules/.mellchat-ci-stamp';
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
  console.log('node_modules is up to date with package-lock.json');
  process.exit(0);
}
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { stdio: 'inherit' });
if (r.status !== 0) {
  console.error('npm ci failed: the npm registry (or its cache in ~/.npm) must be reachable to install web/ dependencies');
  process.exit(r.status ?? 1);
}
writeFileSync(stamp, hash);
