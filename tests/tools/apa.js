// Prints the APA 7 bibliography of the CSL-JSON items on standard input, as citation-js renders it with
// citeproc-js and the official CSL style: the oracle that Reader's own APA references are compared with.
// Usage: node apa.js text|html < items.json
'use strict';
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-csl');

const format = process.argv[2] ?? 'text';
if (format !== 'text' && format !== 'html') {
  console.error('usage: node apa.js text|html < items.json');
  process.exit(2);
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const cite = new Cite(JSON.parse(input));
  process.stdout.write(cite.format('bibliography', { format, template: 'apa', lang: 'en-US' }));
});
