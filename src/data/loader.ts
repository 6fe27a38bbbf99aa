// The heavy half of data loading (the YAML parser, the schema library and the
// cross-checks), in one module so it can be loaded only when YAML must be
// read. The build also bundles it as dist/bundle/loader.cjs, which a cached
// data set can `require` synchronously when it finds a stale file mid-command.
export { loadDataDir, type LoadResult } from './load-dir.js';
export { formatProblem, isDataFileName } from './read-file.js';
export { roleWorkerScript } from './role-files.js';
