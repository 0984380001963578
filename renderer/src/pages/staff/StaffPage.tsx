import { navText } from '../../i18n/nav.js';
import { useText } from '../../i18n/lang.js';
import { ComingSoon } from '../../ui/ComingSoon.js';

export function StaffPage() {
  const nav = useText(navText);
  return <ComingSoon title={nav.staff} icon="staff" />;
}
