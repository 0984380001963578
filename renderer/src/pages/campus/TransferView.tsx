import { campusText } from '../../i18n/campus.js';
import { useText } from '../../i18n/lang.js';
import { useSession } from '../../session.js';
import { Notice } from '../../ui/Notice.js';
import { ExportCard } from './ExportCard.js';
import { ImportCard } from './ImportCard.js';

export function TransferView() {
  const t = useText(campusText);
  const { user, refresh } = useSession();
  return (
    <div className="campus-stack">
      {user.role === 'administrator' ? <ImportCard onImported={() => void refresh()} /> : <Notice>{t.importOnlyAdmins}</Notice>}
      <ExportCard />
    </div>
  );
}
