// Some registry mirrors carry only the platform packages for the machine they serve, so
// `npm install` leaves the other platforms' optional binaries (Biome's, Astro's compiler's)
// out of package-lock.json, and `npm ci` then refuses the lock file as out of sync.
// This adds each missing optional platform package back as a stub with its os/cpu/libc,
// which npm skips on other platforms and fetches by name where it is needed.
// Run after adding or upgrading dependencies: npm run lockfile
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32'];
const has = (name, part) => new RegExp(`(^|-)${part}($|-)`).test(name);

const added = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${key ? `${key}/` : ''}node_modules/${dep}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${dep}`]) continue;
    const name = dep.split('/').pop();
    const os = OS.filter((o) => has(name, o));
    const cpu = CPU.filter((c) => has(name, c));
    if (!os.length && !cpu.length) continue;
    const stub = { version, optional: true };
    if (entry.dev) stub.dev = true;
    if (os.length) stub.os = os;
    if (cpu.length) stub.cpu = cpu;
    if (name.includes('musl')) stub.libc = ['musl'];
    else if (name.includes('linux') && name.includes('gnu')) stub.libc = ['glibc'];
    lock.packages[`node_modules/${dep}`] = stub;
    added.push(dep);
  }
}
const sorted = Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1));
lock.packages = Object.fromEntries(sorted);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Added ${added.length} platform stubs: ${added.join(', ')}` : 'Lock file already complete.');
