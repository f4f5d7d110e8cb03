// The pages as the bundle has them (webpack's asset/source): an imported .html file is its text.
module.exports = {
  process(source) {
    return { code: `module.exports = ${JSON.stringify(source)};` };
  },
};
