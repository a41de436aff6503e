// Converts each spec given on the command line with Postman's importer (openapi-to-postmanv2,
// called as a library: its CLI exits 0 even when the conversion fails) and prints one JSON line per
// spec: {spec, ok, reason, collection}. The Python runner judges the collection.
'use strict';
const fs = require('fs');
const path = require('path');

const nodeModules = process.env.INTEROP_NODE_MODULES;
const converter = require(path.join(nodeModules, 'openapi-to-postmanv2'));

function convert(spec) {
  return new Promise((resolve) => {
    const data = fs.readFileSync(spec, 'utf8');
    try {
      converter.convertV2({ type: 'string', data }, {}, (err, result) => {
        if (err) {
          resolve({ spec, ok: false, reason: String(err && err.message ? err.message : err) });
        } else if (!result || !result.result) {
          resolve({ spec, ok: false, reason: (result && result.reason) || 'no result' });
        } else {
          resolve({ spec, ok: true, collection: result.output[0].data });
        }
      });
    } catch (e) {
      resolve({ spec, ok: false, reason: 'threw: ' + String(e && e.stack ? e.stack : e) });
    }
  });
}

(async () => {
  for (const spec of process.argv.slice(2)) {
    process.stdout.write(JSON.stringify(await convert(spec)) + '\n');
  }
})();
