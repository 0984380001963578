import type { ReactNode } from 'react';
import { Brand } from '../shell/Brand.js';
import { LanguageSwitch } from '../shell/LanguageSwitch.js';

export interface AuthFrameProps {
  title: ReactNode;
  intro?: ReactNode;
  /** Wider for the setup and recovery screens. */
  wide?: boolean;
  children: ReactNode;
  'data-testid'?: string;
}

/** The frame of the screens shown before the app: brand, language switch, one centred panel. */
export function AuthFrame({ title, intro, wide = false, children, 'data-testid': testId }: AuthFrameProps) {
  return (
    <div className="auth-screen">
      <header className="auth-top">
        <Brand onLight />
        <LanguageSwitch />
      </header>
      <main className={wide ? 'auth-panel auth-panel-wide' : 'auth-panel'} data-testid={testId}>
        <h1 className="auth-title">{title}</h1>
        {intro ? <p className="auth-intro">{intro}</p> : null}
        {children}
      </main>
    </div>
  );
}
