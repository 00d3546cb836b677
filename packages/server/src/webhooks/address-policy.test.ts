import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkWebhookUrl, isNonPublicAddress } from './address-policy.js';
import { httpSender, SendError } from './http-sender.js';
import { Receiver } from './test-support/receiver.js';

test('internal addresses are told from public ones, in every notation', () => {
  for (const address of ['127.0.0.1', '10.0.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '64:ff9b::a00:1']) {
    assert.equal(isNonPublicAddress(address), true, address);
  }
  for (const address of ['1.1.1.1', '203.113.131.1', '172.32.0.1', '2001:ee0:4000::1', '::ffff:8.8.8.8']) {
    assert.equal(isNonPublicAddress(address), false, address);
  }
});

test('a URL the server would refuse by default is accepted where the server allows local receivers', () => {
  assert.equal(checkWebhookUrl('http://127.0.0.1:9000/hook', { allowHttp: false, allowPrivate: false })?.code, 'webhook-url-scheme');
  assert.equal(checkWebhookUrl('https://127.0.0.1:9000/hook', { allowHttp: false, allowPrivate: false })?.code, 'webhook-url-private');
  assert.equal(checkWebhookUrl('http://127.0.0.1:9000/hook', { allowHttp: true, allowPrivate: true }), undefined);
  assert.equal(checkWebhookUrl('https://[2001:ee0:4000::1]/hook', { allowHttp: false, allowPrivate: false }), undefined, 'a public IPv6 literal');
});

test('a public-looking name that resolves to an internal address is refused when the request is made, and nothing reaches it', async () => {
  const receiver = await Receiver.start();
  try {
    const port = new URL(receiver.url).port;
    const send = httpSender({ allowPrivate: false });
    const request = { headers: {}, body: '{}', signal: new AbortController().signal };
    // `localhost` stands for any name whose DNS answer points inside (DNS rebinding).
    await assert.rejects(send({ ...request, url: `http://localhost:${port}/hooks/motcua` }), (error: unknown) => error instanceof SendError && error.code === 'address-not-allowed');
    await assert.rejects(send({ ...request, url: `http://127.0.0.1:${port}/hooks/motcua` }), (error: unknown) => error instanceof SendError && error.code === 'address-not-allowed');
    assert.equal(receiver.unread, 0);
    assert.deepEqual(await httpSender({ allowPrivate: true })({ ...request, url: receiver.url }), { status: 200 });
  } finally {
    await receiver.close();
  }
});
