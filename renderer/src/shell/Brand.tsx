import { useText } from '../i18n/lang.js';
import { shellText } from '../i18n/shell.js';

/** The mark and name; `onLight` for the screens before sign-in, which have a light background. */
export function Brand({ onLight = false }: { onLight?: boolean }) {
  const t = useText(shellText);
  return (
    <div className={onLight ? 'brand brand-on-light' : 'brand'}>
      <img src="./favicon.svg" alt="" width={32} height={32} />
      <div>
        <div className="brand-name">{t.appName}</div>
        <div className="brand-tagline">{t.tagline}</div>
      </div>
    </div>
  );
}
