// Prints what Firefox's Reader View makes of a page: @mozilla/readability (the library Firefox uses) run with
// jsdom, as JSON { readerable, title, content }, content being the HTML it keeps (null if it keeps nothing).
// Usage: node readability.js URL < page.html
'use strict';
const { JSDOM } = require('jsdom');
const { Readability, isProbablyReaderable } = require('@mozilla/readability');

const url = process.argv[2];
if (!url) {
  console.error('usage: node readability.js URL < page.html');
  process.exit(2);
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const { document } = new JSDOM(input, { url }).window;
  const readerable = isProbablyReaderable(document);
  const article = new Readability(document).parse();
  process.stdout.write(JSON.stringify({ readerable, title: article?.title ?? null, content: article?.content ?? null }));
});
