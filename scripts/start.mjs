// `npm start`: install what is missing, build the web app and the server if needed, then run the server.
// The server migrates the database and loads the demo data on first run.
import { spawn } from 'node:child_process';
import { ensureServerBuild } from './build-server.mjs';
import { ensureWebBuild } from './build-web.mjs';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();
ensureWebBuild();
ensureServerBuild();

const child = spawn(process.execPath, ['--enable-source-maps', 'build/server/main.js'], {
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
