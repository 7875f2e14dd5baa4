// refusedAddress, as a deployer's connection check asks it of the address a host name resolved to.
import { expect, it } from 'vitest';
import { refusedAddress } from '../../src/server/index.js';

it.each([
  ['::1', 'a loopback address'],
  ['fd12:3456::1', 'a private address'],
  ['::ffff:169.254.169.254', 'an address that maps 169.254.169.254, a link-local address'],
  ['10.20.30.40', 'a private address'],
  ['169.254.169.254', 'a link-local address'],
])('refuses the looked-up address %s as %s', (address, kind) => {
  expect(refusedAddress(address)).toBe(kind);
});

it.each(['93.184.215.14', '2606:4700:4700::1111', '::ffff:93.184.215.14', 'news.example'])('lets %s through', address => {
  expect(refusedAddress(address)).toBeNull();
});
