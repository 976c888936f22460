// Runs Microsoft Recognizers-Text (the peer) over a slice of a benchmark
// corpus: numbers, percentages, currency and dates, English culture, one
// paragraph at a time. Prints one JSON object: bytes, seconds per model and
// in all, results per model. Model construction is timed apart (a warm-up
// call), so the throughput is the steady state, as for claimcheck.
//
//   node bench/peer_recognizers.js FILE MAX_BYTES
'use strict';
const fs = require('fs');
const path = require('path');

const [file, maxBytesArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: peer_recognizers.js FILE [MAX_BYTES]');
  process.exit(2);
}
let Suite;
try {
  Suite = require(path.join(__dirname, 'node_modules', '@microsoft', 'recognizers-text-suite'));
} catch (e) {
  console.error('peer_recognizers: @microsoft/recognizers-text-suite not installed: ' + e.message);
  process.exit(2);
}

const maxBytes = Number(maxBytesArg || 1 << 20);
let text = fs.readFileSync(file).subarray(0, maxBytes).toString('utf8');
// A text corpus starts with "key: value" header lines; they are metadata.
const headerEnd = text.indexOf('\n\n');
if (/^title: /.test(text) && headerEnd > 0) text = text.slice(headerEnd + 2);
// Whole paragraphs only, so no figure is cut in half.
const lastBreak = text.lastIndexOf('\n\n');
if (lastBreak > 0) text = text.slice(0, lastBreak);
const paragraphs = text.split('\n\n').filter((p) => p.length > 0);
const bytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p, 'utf8'), 0);

const culture = Suite.Culture.English;
const models = {
  number: Suite.recognizeNumber,
  percentage: Suite.recognizePercentage,
  currency: Suite.recognizeCurrency,
  datetime: Suite.recognizeDateTime,
};

const result = { peer: '@microsoft/recognizers-text-suite', bytes, paragraphs: paragraphs.length,
                 warmup_seconds: {}, seconds: {}, cpu_seconds: {}, results: {} };
let total = 0;
let totalCpu = 0;
for (const [name, fn] of Object.entries(models)) {
  let t0 = process.hrtime.bigint();
  fn('The budget rose 5% to $3 million on March 4, 2018.', culture);
  result.warmup_seconds[name] = Number(process.hrtime.bigint() - t0) / 1e9;
  let found = 0;
  // CPU time as well as wall time: the machine is shared, and CPU seconds
  // are what claimcheck's per-core figure uses too.
  const c0 = process.cpuUsage();
  t0 = process.hrtime.bigint();
  for (const p of paragraphs) found += fn(p, culture).length;
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  result.seconds[name] = secs;
  result.cpu_seconds[name] = cpu;
  result.results[name] = found;
  total += secs;
  totalCpu += cpu;
}
result.total_seconds = total;
result.total_cpu_seconds = totalCpu;
result.bytes_per_second = total > 0 ? bytes / total : null;
result.bytes_per_cpu_second = totalCpu > 0 ? bytes / totalCpu : null;
console.log(JSON.stringify(result));
