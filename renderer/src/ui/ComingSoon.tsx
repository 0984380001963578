import { useText } from '../i18n/lang.js';
import { shellText } from '../i18n/shell.js';
import { PageHeader } from './Card.js';
import { Icon, type IconName } from './icons.js';

export interface ComingSoonProps {
  /** The module's name, as in the navigation. */
  title: string;
  icon: IconName;
}

/** The page of a module that is not built yet. */
export function ComingSoon({ title, icon }: ComingSoonProps) {
  const t = useText(shellText);
  return (
    <>
      <PageHeader title={title} />
      <div className="coming" data-testid="coming-soon">
        <span className="coming-icon">
          <Icon name={icon} size={40} />
        </span>
        <h2 className="coming-title">{t.comingTitle(title)}</h2>
        <p className="coming-body">{t.comingBody}</p>
      </div>
    </>
  );
}
