// Bundles src/main.ts into dist/Code.js for Apps Script; exports of src/main.ts become top-level functions.
const path = require('path');
const GasPlugin = require('gas-webpack-plugin');
const CopyPlugin = require('copy-webpack-plugin');

const entry = path.resolve(__dirname, 'src/main.ts');

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: { Code: entry },
  devtool: false,
  target: ['web', 'es2019'],
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      { test: /\.ts$/, loader: 'esbuild-loader', options: { loader: 'ts', target: 'es2019' } },
      { test: /\.html$/, type: 'asset/source' },
    ],
  },
  // Production tree-shaking would drop the entry's exports and leave the generated globals pointing at nothing.
  optimization: { usedExports: false, minimize: false },
  performance: { hints: false },
  stats: 'errors-warnings',
  plugins: [
    new GasPlugin({ autoGlobalExportsFiles: [entry] }),
    new CopyPlugin({ patterns: [{ from: 'appsscript.json', to: '.' }] }),
    {
      // The build fails when the bundle exposes no entry point.
      apply(compiler) {
        compiler.hooks.afterEmit.tap('RequireEntryPoints', (compilation) => {
          const file = path.join(compilation.outputOptions.path, 'Code.js');
          const text = require('fs').existsSync(file) ? require('fs').readFileSync(file, 'utf8') : '';
          if (!/^function \w+\(/m.test(text)) {
            compilation.errors.push(new Error('dist/Code.js has no top-level entry point'));
          }
        });
      },
    },
  ],
};
