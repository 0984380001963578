import { randomBytes } from 'node:crypto';

const IDLE_LIMIT_MS = 12 * 60 * 60 * 1000;

/** Sign-in sessions live in memory only: restarting the host signs everyone out, which is the safe default. */
export class Sessions {
  private readonly byToken = new Map<string, { userId: string; lastSeen: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  create(userId: string): string {
    const token = randomBytes(32).toString('base64url');
    this.byToken.set(token, { userId, lastSeen: this.now() });
    return token;
  }

  /** The user id behind a live token; touching it keeps an active session alive. */
  resolve(token: string | undefined): string | null {
    if (!token) return null;
    const s = this.byToken.get(token);
    if (!s) return null;
    if (this.now() - s.lastSeen > IDLE_LIMIT_MS) {
      this.byToken.delete(token);
      return null;
    }
    s.lastSeen = this.now();
    return s.userId;
  }

  end(token: string | undefined): void {
    if (token) this.byToken.delete(token);
  }

  endAllFor(userId: string): void {
    for (const [token, s] of this.byToken) if (s.userId === userId) this.byToken.delete(token);
  }
}
