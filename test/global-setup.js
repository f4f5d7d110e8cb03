// Runs once in the parent process before the workers start: they inherit the script's time zone
// (appsscript.json), as Apps Script runs the code. Setting it inside a test file would not reach Node's clock.
module.exports = async () => {
  process.env.TZ = 'Europe/Kyiv';
};
