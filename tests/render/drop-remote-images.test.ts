import { describe, expect, test } from 'vitest';
import { isRemoteSource } from '../../src/render/drop-remote-images.ts';

describe('an image source is remote when the browser would fetch it from another host', () => {
  const remote = [
    'https://tracker.example/p.gif',
    'HTTP://tracker.example/p.gif',
    'http:p.gif',
    '//tracker.example/p.gif',
    '\\\\tracker.example/p.gif',
    '/\\tracker.example/p.gif',
    ' //tracker.example/p.gif',
    '\t//tracker.example/p.gif',
    'ftp://tracker.example/p.gif',
    'data:image/gif;base64,R0lGOD',
  ];
  for (const src of remote) {
    test(`${JSON.stringify(src)} is remote`, () => {
      expect(isRemoteSource(src)).toBe(true);
    });
  }

  const local = ['p.gif', './p.gif', '../images/p.gif', '/images/p.gif', '?v=1', '#top', '%5C%5Ctracker.example/p.gif'];
  for (const src of local) {
    test(`${JSON.stringify(src)} is local`, () => {
      expect(isRemoteSource(src)).toBe(false);
    });
  }
});
