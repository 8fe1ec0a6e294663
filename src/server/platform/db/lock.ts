import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class DataDirInUseError extends Error {
  constructor(
    readonly lockFile: string,
    readonly pid: number,
  ) {
    super(
      `De datamap ${path.dirname(lockFile)} is in gebruik door een ander proces (pid ${pid}). ` +
        'PGlite heeft één verbinding: stop dat proces eerst, of laat CLI-opdrachten via de draaiende server lopen ' +
        '(--server http://localhost:3000 of OPEN_TOEGANG_URL).',
    );
    this.name = 'DataDirInUseError';
  }
}

/** Lock files held by this process: a second open in the same process is refused too. */
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data folder for this process. PGlite's files have no lock of their own and two
 * processes writing them corrupt the database, so a second process must refuse to start.
 * A lock left by a process that no longer runs (crash, kill -9) is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'open-toegang.lock');
  if (heldHere.has(lockFile)) throw new DataDirInUseError(lockFile, process.pid);
  const content = JSON.stringify({ pid: process.pid, host: os.hostname(), sinds: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, content, { flag: 'wx' });
      heldHere.add(lockFile);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        heldHere.delete(lockFile);
        try {
          const current = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as { pid: number };
          if (current.pid === process.pid) fs.unlinkSync(lockFile);
        } catch {
          // already gone
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: { pid: number; host: string } | null = null;
      try {
        holder = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as { pid: number; host: string };
      } catch {
        holder = null;
      }
      if (holder && holder.host === os.hostname() && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new DataDirInUseError(lockFile, holder.pid);
      }
      // Stale lock (dead process or unreadable file): remove and try once more.
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Kon de datamap ${dataDir} niet vergrendelen.`);
}
