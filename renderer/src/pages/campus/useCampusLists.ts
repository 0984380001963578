import { useCallback } from 'react';
import { useQuery } from '../../api/useQuery.js';

/** Regions, units and buildings with their derived counts: what most campus views and forms need together. */
export function useCampusLists() {
  const regions = useQuery('campus.regions.list', {});
  const units = useQuery('campus.units.list', {});
  const buildings = useQuery('campus.buildings.list', {});
  const reloadRegions = regions.reload;
  const reloadUnits = units.reload;
  const reloadBuildings = buildings.reload;
  const reload = useCallback(() => {
    reloadRegions();
    reloadUnits();
    reloadBuildings();
  }, [reloadRegions, reloadUnits, reloadBuildings]);
  return {
    regions: regions.data,
    units: units.data,
    buildings: buildings.data,
    error: regions.error ?? units.error ?? buildings.error,
    loading: regions.loading || units.loading || buildings.loading,
    reload,
  };
}
