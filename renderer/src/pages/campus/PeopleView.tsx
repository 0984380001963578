import { campusText } from '../../i18n/campus.js';
import { useText } from '../../i18n/lang.js';
import { Card } from '../../ui/Card.js';
import { PeopleTable } from './PeopleTable.js';

export function PeopleView() {
  const t = useText(campusText);
  return (
    <Card title={t.tabPeople}>
      <PeopleTable />
    </Card>
  );
}
