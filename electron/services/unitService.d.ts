import type { StoredUnit, Unit } from '../../shared/records/unit';
import type { Store } from '../storage/types';
export declare function getUnit(store: Store): StoredUnit | null;
export declare function saveUnit(store: Store, unit: Unit): Promise<StoredUnit>;
