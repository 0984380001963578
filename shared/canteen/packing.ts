/*
 * The planner's working state: units placed in bins, one bin per (zone, slot). Bin b is zone ⌊b / slotCount⌋ at
 * slot b mod slotCount. Every change is journaled so a search step that fails half-way can be rolled back.
 */

export interface PackZone {
  canteen: number;
  capacity: number;
}

export interface PackUnit {
  size: number;
  region: number;
}

export class Packing {
  readonly binOf: Int32Array;
  readonly load: Int32Array;
  readonly members: number[][];
  /** Region of a bin's units; only meaningful while the bin is not empty. */
  private readonly binRegion: Int32Array;
  /** Units per (canteen, slot), to know how many sittings each canteen uses. */
  private readonly sittingUnits: Int32Array;
  readonly canteenLoad: Float64Array;
  /** Pairs (unit, bin it was in before the change; -1 for none). */
  private journal: number[] = [];

  constructor(
    readonly zones: readonly PackZone[],
    readonly units: readonly PackUnit[],
    readonly slotCount: number,
    readonly shareRegion: boolean,
    readonly canteenCount: number,
  ) {
    const bins = zones.length * slotCount;
    this.binOf = new Int32Array(units.length).fill(-1);
    this.load = new Int32Array(bins);
    this.binRegion = new Int32Array(bins);
    this.members = Array.from({ length: bins }, () => []);
    this.sittingUnits = new Int32Array(canteenCount * slotCount);
    this.canteenLoad = new Float64Array(canteenCount);
  }

  get binCount(): number {
    return this.members.length;
  }

  zoneOf(bin: number): number {
    return Math.floor(bin / this.slotCount);
  }

  slotOf(bin: number): number {
    return bin % this.slotCount;
  }

  canteenOf(bin: number): number {
    return this.zones[this.zoneOf(bin)]!.canteen;
  }

  /** Whether unit u (not in the bin) may join it: within distanced capacity, and alone or with its own region only. */
  fits(u: number, bin: number): boolean {
    const unit = this.units[u]!;
    if (this.load[bin]! + unit.size > this.zones[this.zoneOf(bin)]!.capacity) return false;
    if (this.members[bin]!.length === 0) return true;
    return this.shareRegion && this.binRegion[bin] === unit.region;
  }

  /** Places an unplaced unit, or moves a placed one. */
  put(u: number, bin: number): void {
    this.journal.push(u, this.binOf[u]!);
    this.detach(u);
    this.attach(u, bin);
  }

  unplace(u: number): void {
    this.journal.push(u, this.binOf[u]!);
    this.detach(u);
  }

  /** Sittings canteen c uses, counted up to its last used slot. */
  slotsUsed(c: number): number {
    for (let slot = this.slotCount - 1; slot >= 0; slot--) if (this.sittingUnits[c * this.slotCount + slot]! > 0) return slot + 1;
    return 0;
  }

  usedSlotList(c: number): number[] {
    const used: number[] = [];
    for (let slot = 0; slot < this.slotCount; slot++) if (this.sittingUnits[c * this.slotCount + slot]! > 0) used.push(slot);
    return used;
  }

  mark(): number {
    return this.journal.length;
  }

  rollback(mark: number): void {
    while (this.journal.length > mark) {
      const before = this.journal.pop()!;
      const u = this.journal.pop()!;
      this.detach(u);
      if (before >= 0) this.attach(u, before);
    }
  }

  /** Forgets the journal: what is done so far can no longer be rolled back. */
  commit(): void {
    this.journal = [];
  }

  private attach(u: number, bin: number): void {
    const unit = this.units[u]!;
    this.binOf[u] = bin;
    this.load[bin]! += unit.size;
    this.binRegion[bin] = unit.region;
    this.members[bin]!.push(u);
    const c = this.canteenOf(bin);
    this.sittingUnits[c * this.slotCount + this.slotOf(bin)]!++;
    this.canteenLoad[c]! += unit.size;
  }

  private detach(u: number): void {
    const bin = this.binOf[u]!;
    if (bin < 0) return;
    const unit = this.units[u]!;
    this.binOf[u] = -1;
    this.load[bin]! -= unit.size;
    const list = this.members[bin]!;
    list.splice(list.indexOf(u), 1);
    const c = this.canteenOf(bin);
    this.sittingUnits[c * this.slotCount + this.slotOf(bin)]!--;
    this.canteenLoad[c]! -= unit.size;
  }
}
