// The script's time zone (appsscript.json) for every test file, whatever order the workers run them in.
process.env.TZ = 'Europe/Kyiv';
