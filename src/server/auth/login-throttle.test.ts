import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';

describe('LoginThrottle', () => {
  it('refuses after the limit within the window, per username and address, until the window passes', () => {
    const t = new LoginThrottle(3, 60_000);
    for (let i = 0; i < 3; i++) {
      t.check('Admin', '10.0.0.1', i);
      t.failed('Admin', '10.0.0.1', i);
    }
    expect(() => t.check('admin', '10.0.0.1', 100)).toThrow(
      expect.objectContaining({ code: 'RATE_LIMITED' }),
    );
    expect(() => t.check('admin', '10.0.0.2', 100)).not.toThrow();
    expect(() => t.check('officer', '10.0.0.1', 100)).not.toThrow();
    expect(() => t.check('admin', '10.0.0.1', 60_001)).not.toThrow();
  });

  it('a success clears the failures', () => {
    const t = new LoginThrottle(2, 60_000);
    t.failed('u', 'a', 0);
    t.succeeded('u', 'a');
    t.failed('u', 'a', 1);
    expect(() => t.check('u', 'a', 2)).not.toThrow();
  });
});
