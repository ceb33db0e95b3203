import autocannon from 'autocannon';

/**
 * Runs autocannon in its own process (forked by run.ts) so the load generator does not share
 * the app's event loop; sends back the latency of every 2xx answer.
 */
type Order = { url: string; cookie: string; connections: number; duration: number };

process.once('message', (order: Order) => {
  const latencies: number[] = [];
  let non2xx = 0;
  const instance = autocannon({ url: order.url, connections: order.connections, duration: order.duration, headers: { cookie: order.cookie } }, (error, result) => {
    if (error) {
      process.send?.({ error: String(error) }, () => process.exit(1));
      return;
    }
    process.send?.({ latencies, completed: latencies.length, seconds: result.duration, errors: result.errors, non2xx }, () => process.exit(0));
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else non2xx += 1;
  });
});
