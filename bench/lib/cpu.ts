import fs from 'node:fs';
import pg from 'pg';

/**
 * CPU time per request, of the server process and of its PostgreSQL backends (same machine), read
 * from /proc. On a machine that other work shares, throughput says as much about the neighbours as
 * about the code; the CPU a request costs hardly depends on them, so before/after comparisons on a
 * busy machine use this figure (bench/RESULTS.md).
 */

/** Linux counts process CPU in clock ticks of 10 ms (CLK_TCK = 100). */
const MS_PER_TICK = 10;

/** utime + stime of a process in ms, or null when it is gone (or this is not Linux). */
export function procesCpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces; the fields after it are fixed.
    const velden = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(velden[11]) + Number(velden[12])) * MS_PER_TICK;
  } catch {
    return null;
  }
}

export interface CpuVerbruik {
  serverMs: number;
  databaseMs: number;
}

async function backends(client: pg.Client): Promise<number[]> {
  const { rows } = await client.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'open-toegang'",
  );
  return rows.map((r) => r.pid);
}

/**
 * Starts counting; `stop()` returns the CPU used since. The database part counts the server's pool
 * connections (application_name open-toegang); a connection that closes during the run is missed,
 * so the figure is a lower bound. Without `databaseUrl` (PGlite) the database is inside the server.
 */
export async function meetCpu(
  serverPid: number,
  databaseUrl?: string,
): Promise<{ stop(): Promise<CpuVerbruik> }> {
  const client = databaseUrl ? new pg.Client({ connectionString: databaseUrl }) : null;
  await client?.connect();
  const serverStart = procesCpuMs(serverPid) ?? 0;
  const start = new Map<number, number>();
  for (const pid of client ? await backends(client) : []) start.set(pid, procesCpuMs(pid) ?? 0);
  return {
    async stop() {
      const serverMs = (procesCpuMs(serverPid) ?? serverStart) - serverStart;
      let databaseMs = 0;
      if (client) {
        for (const pid of await backends(client)) {
          const nu = procesCpuMs(pid);
          if (nu !== null) databaseMs += nu - (start.get(pid) ?? 0);
        }
        await client.end();
      }
      return { serverMs, databaseMs };
    },
  };
}
