// Browser bundles. Each product surface is one entry; adding the task pane,
// the event handlers or the settings pane is one line in ENTRIES.
const path = require('path');
const zlib = require('zlib');
const fs = require('fs');
const TerserPlugin = require('terser-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DefinePlugin } = require('webpack');

const { DEV_ORIGIN, manifestOptionsProblem, productionHostProblem, productionManifest } = require('./scripts/manifest-host');

// The add-in's origin (https://host[:port]), one setting for everything that names it: the
// handler fetches policy.json from it, the well-known file lists its handler, and a production
// build writes dist/manifest.xml for it. PHI_GUARD_HOST set (even empty) makes a production
// build, which refuses a host on the user's own machine; unset, a development build for
// https://localhost:3000 (npm start, npm run demo, npm test) that writes no production manifest.
const PRODUCTION = process.env.PHI_GUARD_HOST !== undefined;
if (PRODUCTION) {
  const problem = productionHostProblem(process.env.PHI_GUARD_HOST);
  if (problem) throw new Error(`PHI_GUARD_HOST ${problem}. Refusing a production build whose handler would not reach your host.`);
  const options = manifestOptionsProblem({ version: process.env.PHI_GUARD_VERSION, sendMode: process.env.PHI_GUARD_SEND_MODE });
  if (options) throw new Error(`PHI_GUARD_VERSION / PHI_GUARD_SEND_MODE: ${options.replace('--version', 'the version').replace('--send-mode', 'the send mode')}`);
}
const ORIGIN = PRODUCTION ? process.env.PHI_GUARD_HOST.replace(/\/$/, '') : DEV_ORIGIN;

const ENTRIES = {
  // The engine alone (engine + lexicons), as a global `PhiGuardEngine`: its size is the budget figure.
  engine: { import: './src/engine/index.ts', library: { name: 'PhiGuardEngine', type: 'umd' } },
  // Event handlers: one ES2016 file with no imports (classic Outlook's JavaScript-only runtime).
  commands: './src/commands/commands.ts',
  taskpane: './src/taskpane/index.tsx',
  settings: './src/settings/index.tsx',
};

/**
 * Classic Outlook's JavaScript-only runtime treats every request as cross-origin:
 * fetching policy.json needs the add-in's origin to list the handler file at
 * /.well-known/microsoft-officeaddins-allowed.json.
 */
class WellKnownAllowedPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('WellKnownAllowedPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'WellKnownAllowedPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const json = JSON.stringify({ allowed: [`${ORIGIN}/commands.js`] }, null, 2) + '\n';
        compilation.emitAsset('.well-known/microsoft-officeaddins-allowed.json', new compiler.webpack.sources.RawSource(json));
      });
    });
  }
}

/**
 * A production build writes dist/manifest.xml (beside the output folder) for the same ORIGIN
 * (version: PHI_GUARD_VERSION or manifest.xml's bumped; send mode: PHI_GUARD_SEND_MODE or
 * SoftBlock). A development build removes a production manifest left from an earlier build,
 * which would no longer match the web files.
 */
class ProductionManifestPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('ProductionManifestPlugin', (compilation) => {
      const target = path.join(compilation.outputOptions.path, '..', 'manifest.xml');
      if (!PRODUCTION) {
        if (fs.existsSync(target)) {
          fs.unlinkSync(target);
          console.log(`removed ${path.relative(process.cwd(), target)}: it was for another build (this is a development build for ${ORIGIN})`);
        }
        console.log(`development build: the handler fetches ${ORIGIN}/policy.json. For deployment: PHI_GUARD_HOST=https://your-host npm run build:web`);
        return;
      }
      const xml = fs.readFileSync(path.join(__dirname, 'manifest.xml'), 'utf8');
      const built = productionManifest(xml, { host: ORIGIN, version: process.env.PHI_GUARD_VERSION, sendMode: process.env.PHI_GUARD_SEND_MODE || 'SoftBlock' });
      fs.writeFileSync(target, built.xml);
      console.log(`production build for ${ORIGIN}: wrote ${path.relative(process.cwd(), target)} (version ${built.version}, send mode ${process.env.PHI_GUARD_SEND_MODE || 'SoftBlock'})`);
    });
  }
}

/** Prints each emitted bundle's minified and gzipped size after a build. */
class PrintSizesPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('PrintSizesPlugin', (compilation) => {
      const out = compilation.outputOptions.path;
      const rows = [];
      for (const name of Object.keys(compilation.assets).filter((n) => n.endsWith('.js')).sort()) {
        const buf = fs.readFileSync(path.join(out, name));
        rows.push(`  ${name.padEnd(24)} ${(buf.length / 1024).toFixed(1).padStart(7)} KB minified ${(zlib.gzipSync(buf).length / 1024).toFixed(1).padStart(6)} KB gzipped`);
      }
      console.log(`bundle sizes (${compilation.options.mode}):\n${rows.join('\n')}`);
    });
  }
}

/**
 * Two compilations. The event handler is built on its own: a module shared with another entry
 * cannot be scope-hoisted into the handler's chunk, and wrapping each of the engine's modules
 * cost the handler about 6 KB (it is loaded on every send). The panes build first and clean the
 * output folder; the handler then adds its files, the well-known file and the manifest.
 */
module.exports = (env = {}, argv = {}) => {
  const { commands, ...panes } = ENTRIES;
  const base = shared(env, argv);
  const htmlFor = (names) => base.plugins.filter((p) => !(p instanceof HtmlWebpackPlugin) || names.includes(p.userOptions.filename));
  return [
    { ...base, name: 'panes', entry: panes, plugins: htmlFor(['taskpane.html', 'settings.html']).filter((p) => !(p instanceof WellKnownAllowedPlugin) && !(p instanceof ProductionManifestPlugin)) },
    { ...base, name: 'handler', dependencies: ['panes'], entry: { commands }, output: { ...base.output, clean: false }, plugins: htmlFor(['commands.html']).filter((p) => !(p instanceof CopyWebpackPlugin)) },
  ];
};

function shared(env, argv) {
  return {
    mode: argv.mode || 'production',
    target: ['web', 'es2016'],
    devtool: false,
    output: {
      path: path.resolve(__dirname, 'dist', 'web'),
      filename: '[name].js',
      clean: true,
      // Outlook's JavaScript-only runtime has no `self` or `window`: top-level `this` is the global.
      globalObject: 'this',
      // Where a bundle needs the global object (the panes' dependencies), use globalThis instead
      // of webpack's `new Function("return this")` fallback, which a strict CSP forbids. The panes
      // run in browsers that have globalThis; test/build checks the handler bundle never needs it.
      environment: { globalThis: true },
    },
    optimization: {
      minimizer: [
        new TerserPlugin({
          terserOptions: {
            ecma: 2016,
            // NOT pure_new: it would let terser drop `new Promise(executor)`, and with it every
            // fire-and-forget async call (TypeScript's __awaiter), as it once did here.
            compress: { passes: 2 },
          },
        }),
      ],
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES2016: classic Outlook on Windows (builds before 2403) runs only ES2016 in its
            // JavaScript-only runtime; TypeScript lowers async/await and newer syntax for us.
            options: { configFile: 'tsconfig.web.json' },
          },
        },
        {
          // Dependencies ship modern syntax (valibot uses ?. and ??): lower it to ES2016 as well.
          test: /\.m?js$/,
          include: /node_modules/,
          // Loaders run last to first: esbuild lowers to ES2016 (turning regex literals it cannot
          // keep into new RegExp(...)), then unused RegExps are marked droppable (valibot builds a
          // \p{Emoji} one at module load, which an ES2016 engine would reject).
          use: [path.resolve(__dirname, 'scripts', 'pure-regexp-loader.js'), { loader: 'esbuild-loader', options: { target: 'es2016' } }],
        },
      ],
    },
    performance: { hints: false },
    stats: 'errors-warnings',
    plugins: [
      new DefinePlugin({ __ADDIN_ORIGIN__: JSON.stringify(ORIGIN) }),
      // commands.html: the handler page for Outlook on the web, new Outlook and Mac. office.js
      // comes from Microsoft's CDN, as Microsoft documents for production add-ins.
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        inject: 'head',
        scriptLoading: 'blocking',
      }),
      // The panes share one page template (CSP, office.js from the CDN, a root element).
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/pane.html', title: 'PHI Guard', chunks: ['taskpane'], inject: 'body' }),
      new HtmlWebpackPlugin({ filename: 'settings.html', template: './src/pane.html', title: 'PHI Guard policy settings', chunks: ['settings'], inject: 'body' }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets' }, { from: 'src/help.html', to: 'help.html' }] }),
      new WellKnownAllowedPlugin(),
      new ProductionManifestPlugin(),
      new PrintSizesPlugin(),
    ],
  };
}
