// Nx without a daemon, a cloud connection or a full-screen UI: the same in scripts, CI and tests.
export const nxEnv = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false', NX_SKIP_NX_CACHE: process.env.NX_SKIP_NX_CACHE };

export const API_MAIN = 'dist/apps/api/apps/api/src/main.js';
