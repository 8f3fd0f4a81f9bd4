'use strict';
// Shared by the build scripts: loads an engine module from src/ (TypeScript) without a build.
const fs = require('fs');
const path = require('path');

const LEXICON = path.join(__dirname, '..', '..', 'src', 'engine', 'lexicon');
/** Modules generated from the curated lists (lexicon/curated/*.ts): build scripts read the sources instead. */
const CURATED = ['people-words', 'organisations', 'recipient-heads', 'context-words'];

/**
 * A module cache in which each module generated from the curated word lists is its source: a build
 * script must not read generated data, stale or missing, through the modules it loads.
 */
function curatedSourceCache() {
  const cache = new Map();
  for (const name of CURATED) {
    const source = path.join(LEXICON, 'curated', `${name}.ts`);
    cache.set(path.join(LEXICON, `${name}.ts`), { get exports() { return loadEngineModule(source, cache); } });
  }
  return cache;
}

/** Requires an engine module from src/ by transpiling it (and its relative imports) on the fly. */
function loadEngineModule(file, cache = curatedSourceCache()) {
  const ts = require('typescript');
  const resolved = path.resolve(file);
  if (cache.has(resolved)) return cache.get(resolved).exports;
  const mod = { exports: {} };
  cache.set(resolved, mod);
  const src = fs.readFileSync(resolved, 'utf8');
  const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true } }).outputText;
  const req = (id) => {
    if (!id.startsWith('.')) return require(id);
    const base = path.resolve(path.dirname(resolved), id);
    if (cache.has(base + '.ts')) return cache.get(base + '.ts').exports;
    const candidate = [base + '.ts', path.join(base, 'index.ts')].find((p) => fs.existsSync(p));
    if (!candidate) throw new Error(`cannot resolve ${id} from ${resolved}`);
    return loadEngineModule(candidate, cache);
  };
  new Function('exports', 'require', 'module', '__filename', '__dirname', js)(mod.exports, req, mod, resolved, path.dirname(resolved));
  return mod.exports;
}


/**
 * A module cache in which the engine's decoded health vocabulary (lexicon/health-terms.ts, read from a
 * generated file) is its source (lexicon/health-vocabulary.ts): a build script that makes the
 * generated file must not read it, stale or missing, through the modules it loads.
 */
function sourceVocabularyCache() {
  const cache = curatedSourceCache();
  const vocabulary = loadEngineModule(path.join(LEXICON, 'health-vocabulary.ts'), cache);
  cache.set(path.join(LEXICON, 'health-terms.ts'), { exports: vocabulary });
  return cache;
}

module.exports = { loadEngineModule, sourceVocabularyCache };
