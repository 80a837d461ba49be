// Where people live: a school's suburb, the suburbs around it, and the farther suburbs of
// its region, from the real suburbs and coordinates of vocab/qld-suburbs.ts.
import { QLD_SUBURBS } from '../vocab/qld-suburbs.ts';

/** Around a school: its suburb, the suburbs within `NEAR_KM`, and the rest of its region within `REGION_KM`. */
export interface Neighbourhood {
  home: number;
  near: readonly number[];
  region: readonly number[];
}

export const NEAR_KM = 12;
export const REGION_KM = 80;

/** Great-circle distance in km between two suburbs. */
export function distanceKm(a: number, b: number): number {
  const [, , , lat1, lon1] = QLD_SUBURBS[a]!;
  const [, , , lat2, lon2] = QLD_SUBURBS[b]!;
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const neighbourhoods = new Map<number, Neighbourhood>();

/** The neighbourhood of suburb `home` (an index into QLD_SUBURBS), worked out once. */
export function neighbourhoodOf(home: number): Neighbourhood {
  let found = neighbourhoods.get(home);
  if (!found) {
    const region = QLD_SUBURBS[home]![2];
    const near: number[] = [];
    const wider: number[] = [];
    QLD_SUBURBS.forEach(([, , otherRegion], other) => {
      if (other === home) return;
      const km = distanceKm(home, other);
      if (km <= NEAR_KM) near.push(other);
      else if (otherRegion === region && km <= REGION_KM) wider.push(other);
    });
    neighbourhoods.set(home, (found = { home, near, region: wider }));
  }
  return found;
}

export const suburbName = (index: number) => QLD_SUBURBS[index]![0];
export const suburbPostcode = (index: number) => QLD_SUBURBS[index]![1];
export const suburbRegion = (index: number) => QLD_SUBURBS[index]![2];
