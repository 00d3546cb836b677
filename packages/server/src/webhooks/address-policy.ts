import { BlockList, isIP } from 'node:net';
import type { Bilingual } from '@motcua/core';

/**
 * Addresses a webhook may not reach unless the server allows private
 * receivers: loopback, private networks, link-local (cloud metadata),
 * carrier-grade NAT, documentation and benchmark ranges, multicast and
 * reserved space. NAT64 is refused too, since it can wrap any of them.
 */
function nonPublicRanges(): BlockList {
  const list = new BlockList();
  for (const [net, prefix] of [
    ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
    ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
    ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
  ] as const) list.addSubnet(net, prefix, 'ipv4');
  for (const [net, prefix] of [
    ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32], ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
  ] as const) list.addSubnet(net, prefix, 'ipv6');
  return list;
}

const NON_PUBLIC = nonPublicRanges();

/** Whether an IP address (v4 or v6, IPv4-mapped v6 included) is outside the public internet. */
export function isNonPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return NON_PUBLIC.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return NON_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Names that resolve inside the machine or its network by convention. */
const LOCAL_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa)$/i;

export interface UrlPolicy {
  allowHttp: boolean;
  allowPrivate: boolean;
}

export interface UrlProblem {
  code: 'webhook-url-invalid' | 'webhook-url-scheme' | 'webhook-url-credentials' | 'webhook-url-private';
  message: Bilingual;
}

/**
 * Checks a receiver's URL when it is registered: absolute http(s), https
 * unless http is allowed, no credentials, and no host that names a
 * non-public address. Names are resolved again on every delivery and each
 * address checked there (see `guardedLookup`), since DNS can change.
 */
export function checkWebhookUrl(raw: string, policy: UrlPolicy): UrlProblem | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { code: 'webhook-url-invalid', message: { vi: `“${raw}” không phải một địa chỉ URL đầy đủ.`, en: `“${raw}” is not an absolute URL.` } };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowHttp)) {
    return policy.allowHttp
      ? { code: 'webhook-url-scheme', message: { vi: 'Địa chỉ nhận phải bắt đầu bằng https:// hoặc http://.', en: 'The receiver’s URL must start with https:// or http://.' } }
      : { code: 'webhook-url-scheme', message: { vi: 'Địa chỉ nhận phải dùng https:// (máy chủ này không cho phép http://).', en: 'The receiver’s URL must use https:// (this server does not allow http://).' } };
  }
  if (url.username || url.password) {
    return { code: 'webhook-url-credentials', message: { vi: 'Địa chỉ nhận không được chứa tên đăng nhập hay mật khẩu; hãy kiểm tra chữ ký thay vào đó.', en: 'The receiver’s URL may not hold a user name or password; verify the signature instead.' } };
  }
  if (policy.allowPrivate) return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(host) !== 0;
  if (literal ? isNonPublicAddress(host) : LOCAL_NAME.test(host) || !host.includes('.')) {
    return {
      code: 'webhook-url-private',
      message: { vi: `Máy chủ không gửi tới “${url.hostname}”: đó là địa chỉ nội bộ, không phải Internet công cộng.`, en: `The server does not send to “${url.hostname}”: it is an internal address, not the public internet.` },
    };
  }
  return undefined;
}
