import type { StoredUnit, Unit } from '../../shared/records/unit';
import { storedUnitSchema } from '../../shared/records/unit';
import { one, run } from '../storage/rows';
import type { Store } from '../storage/types';

interface UnitRow {
  name: string;
  credit_code: string;
  roles: string;
  registered_address: string;
  office_address: string;
  phone: string;
  email: string;
  updated_at: string;
}

function fromRow(row: UnitRow): StoredUnit {
  return storedUnitSchema.parse({
    name: row.name,
    creditCode: row.credit_code,
    roles: JSON.parse(row.roles),
    registeredAddress: row.registered_address,
    officeAddress: row.office_address,
    phone: row.phone,
    email: row.email,
    updatedAt: row.updated_at,
  });
}

export function getUnit(store: Store): StoredUnit | null {
  const row = store.read((db) => one<UnitRow>(db, 'SELECT * FROM unit WHERE id = 1'));
  return row ? fromRow(row) : null;
}

export function saveUnit(store: Store, unit: Unit): Promise<StoredUnit> {
  return store.mutate((tx) => {
    const beforeRow = one<UnitRow>(tx.db, 'SELECT * FROM unit WHERE id = 1');
    const before = beforeRow ? fromRow(beforeRow) : null;
    run(
      tx.db,
      `INSERT INTO unit (id, name, credit_code, roles, registered_address, office_address, phone, email, updated_at)
       VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, credit_code = excluded.credit_code, roles = excluded.roles,
         registered_address = excluded.registered_address, office_address = excluded.office_address,
         phone = excluded.phone, email = excluded.email, updated_at = excluded.updated_at`,
      [unit.name, unit.creditCode, JSON.stringify(unit.roles), unit.registeredAddress, unit.officeAddress, unit.phone, unit.email, tx.now],
    );
    const after: StoredUnit = { ...unit, updatedAt: tx.now };
    const { updatedAt: _b, ...beforeFields } = before ?? { updatedAt: '' };
    const { updatedAt: _a, ...afterFields } = after;
    tx.audit('unit', '1', before ? beforeFields : null, afterFields);
    return after;
  });
}
