import { useState } from 'react';
import { CANTEEN_SETUP } from '../../../../shared/canteen/contract.js';
import { distancedCapacity } from '../../../../shared/canteen/capacity.js';
import type { Canteen } from '../../../../shared/canteen/schema.js';
import { useQuery } from '../../api/useQuery.js';
import { canteenSetupText } from '../../i18n/canteen.js';
import { useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { Link } from '../../router.js';
import { allows, useSession } from '../../session.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { CanteenDialog } from './CanteenDialog.js';

/** The canteens with their zones, seats and distanced capacity at the occupancy in force; administrators edit them. */
export function CanteensView({ occupancyPct }: { occupancyPct: number | undefined }) {
  const t = useText(canteenSetupText);
  const numbers = useNumbers();
  const { user } = useSession();
  const canEdit = allows(user, CANTEEN_SETUP);
  const canteens = useQuery('canteen.canteens.list', {});
  const buildings = useQuery('campus.buildings.list', {});
  const regions = useQuery('campus.regions.list', {});
  const [open, setOpen] = useState<Canteen | 'new' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const regionName = new Map(regions.data?.map((r) => [r.id, r.name]));
  const buildingName = new Map(buildings.data?.map((b) => [b.id, b.name]));
  const ready = buildings.data && regions.data;

  return (
    <div className="stack">
      <Card
        title={t.title}
        data-testid="canteens"
        actions={
          canEdit ? (
            <Button icon="plus" onClick={() => setOpen('new')} disabled={!ready} data-testid="canteen-add">
              {t.add}
            </Button>
          ) : undefined
        }
      >
        {occupancyPct !== undefined ? (
          <p className="muted">
            {t.intro(numbers.format(occupancyPct))} <Link to="/settings">{t.settingsLink}</Link>
          </p>
        ) : null}
        {canEdit ? <p className="muted">{t.changesHint}</p> : <Notice tone="info">{t.readOnly}</Notice>}
        {message ? (
          <Notice tone="success" onDismiss={() => setMessage(null)} data-testid="canteens-message">
            {message}
          </Notice>
        ) : null}
        <ErrorBanner error={canteens.error ?? buildings.error ?? regions.error} onRetry={() => (canteens.reload(), buildings.reload(), regions.reload())} />
        {canteens.data ? canteens.data.length === 0 ? <p className="muted">{t.none}</p> : null : canteens.loading ? <Loading /> : null}
      </Card>

      {canteens.data?.map((c) => (
        <CanteenCardView
          key={c.id}
          canteen={c}
          occupancyPct={occupancyPct}
          place={[c.buildingId ? (buildingName.get(c.buildingId) ?? c.buildingId) : null, c.regionId ? (regionName.get(c.regionId) ?? c.regionId) : null]}
          onEdit={canEdit && ready ? () => setOpen(c) : undefined}
        />
      ))}

      {open && buildings.data && regions.data ? (
        <CanteenDialog
          canteen={open}
          buildings={buildings.data.filter((b) => b.kind === 'canteen')}
          regions={regions.data}
          occupancyPct={occupancyPct}
          onClose={() => setOpen(null)}
          onSaved={(saved) => {
            setMessage(open === 'new' ? t.created(saved.name) : t.saved(saved.name));
            setOpen(null);
            canteens.reload();
          }}
        />
      ) : null}
    </div>
  );
}

interface CanteenCardViewProps {
  canteen: Canteen;
  occupancyPct: number | undefined;
  /** Building and region names, where set. */
  place: readonly (string | null)[];
  onEdit: (() => void) | undefined;
}

function CanteenCardView({ canteen, occupancyPct, place, onEdit }: CanteenCardViewProps) {
  const t = useText(canteenSetupText);
  const numbers = useNumbers();
  const capacity = (seats: number) => (occupancyPct === undefined ? t.noCapacity : numbers.format(distancedCapacity(seats, occupancyPct)));
  const seats = canteen.zones.reduce((sum, z) => sum + z.seats, 0);
  const distanced = occupancyPct === undefined ? t.noCapacity : numbers.format(canteen.zones.reduce((sum, z) => sum + distancedCapacity(z.seats, occupancyPct), 0));
  const [building, region] = place;
  return (
    <Card
      title={canteen.name}
      data-testid={`canteen-card-${canteen.id}`}
      actions={
        onEdit ? (
          <Button size="small" onClick={onEdit} aria-label={t.editNamed(canteen.name)} data-testid={`canteen-edit-${canteen.id}`}>
            {t.edit}
          </Button>
        ) : undefined
      }
    >
      <p className="cp-canteen-facts">
        {building ? <span>{t.inBuilding(building)}</span> : null}
        <span>{region ? t.servesFirst(region) : t.servesAll}</span>
        <span className="muted" data-testid={`canteen-facts-${canteen.id}`}>
          {t.facts(numbers.format(canteen.zones.length), numbers.format(seats), distanced)}
        </span>
      </p>
      {/* A canteen has a few dozen zones at most: tiles keep them on one screen, where a table would run long. */}
      <ul className="cp-zone-grid" aria-label={t.zonesCaption(canteen.name)} data-testid={`zones-${canteen.id}`}>
        {canteen.zones.map((z) => (
          <li key={z.id}>
            <strong>{z.name}</strong>
            <span>{t.tileSeats(numbers.format(z.seats))}</span>
            <span className="cp-zone-distanced" data-testid={`capacity-${canteen.id}-${z.id}`}>
              {t.zoneCapacity(capacity(z.seats))}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
