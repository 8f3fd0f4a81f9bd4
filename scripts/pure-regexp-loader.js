'use strict';
// webpack loader for dependencies, run after esbuild has lowered them to ES2016: marks
// `new RegExp(` as pure (building a RegExp has no side effects), so the minifier can drop
// ones nobody uses, such as valibot's \p{Emoji} regex, which ES2016 engines reject.
module.exports = function pureRegExpLoader(source) {
  return source.replace(/\bnew RegExp\(/g, '/*#__PURE__*/ new RegExp(');
};
